package io.tokenrefresher.ui.result;

import io.tokenrefresher.core.expiry.ExpiryState;
import io.tokenrefresher.ui.common.Nodes;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The new tokens with their copy buttons, the answer's facts, and the countdown. */
public final class ResultController {
    private static final List<String> EXPIRY_CLASSES = List.of("expiry-calm", "expiry-warning", "expiry-critical",
            "expiry-expired");

    private final ResultViewModel result;
    private final CountdownViewModel countdown;
    private final Runnable useNewRefreshToken;
    private final ResourceBundle bundle;

    @FXML private TextArea accessTokenField;
    @FXML private TextArea newRefreshTokenField;
    @FXML private Button copyAccessButton;
    @FXML private Button copyHeaderButton;
    @FXML private MenuButton handOffMenu;
    @FXML private MenuItem copyApiHeadersItem;
    @FXML private MenuItem copyBrowserSnippetItem;
    @FXML private MenuItem testTokenItem;
    private Runnable testToken = () -> { };
    @FXML private Button copyRefreshButton;
    @FXML private Button useRefreshButton;
    @FXML private Label tokenFactsLabel;
    @FXML private VBox countdownBox;
    @FXML private Label countdownTitleLabel;
    @FXML private Label countdownLabel;
    @FXML private ProgressBar lifetimeBar;
    @FXML private Label countdownCaptionLabel;
    @FXML private Label refreshExpiryLabel;

    /** @param useNewRefreshToken moves the new refresh token into the input ("Use for next refresh") */
    public ResultController(ResultViewModel result, CountdownViewModel countdown, Runnable useNewRefreshToken,
                            ResourceBundle bundle) {
        this.result = result;
        this.countdown = countdown;
        this.useNewRefreshToken = useNewRefreshToken;
        this.bundle = bundle;
    }

    /** What "Test token" does (the window's shell shows the answer). */
    public void setOnTestToken(Runnable action) {
        this.testToken = action;
    }

    @FXML
    private void initialize() {
        accessTokenField.textProperty().bind(result.accessTokenProperty());
        newRefreshTokenField.textProperty().bind(result.newRefreshTokenProperty());
        accessTokenField.setPromptText(bundle.getString("result.none"));
        newRefreshTokenField.setPromptText(bundle.getString("result.none"));
        copyAccessButton.disableProperty().bind(result.accessTokenProperty().isEmpty());
        copyHeaderButton.disableProperty().bind(result.accessTokenProperty().isEmpty());
        copyRefreshButton.disableProperty().bind(result.newRefreshTokenProperty().isEmpty());
        useRefreshButton.disableProperty().bind(result.newRefreshTokenProperty().isEmpty());
        String copied = bundle.getString("result.copied");
        copyAccessButton.setOnAction(e -> Nodes.copy(result.accessTokenProperty().get(), copyAccessButton, copied));
        copyHeaderButton.setOnAction(e -> Nodes.copy(result.authorizationHeader(), copyHeaderButton, copied));
        handOffMenu.disableProperty().bind(result.accessTokenProperty().isEmpty());
        copyApiHeadersItem.setOnAction(e -> Nodes.copy(result.apiCallHeaders(), handOffMenu, copied));
        copyBrowserSnippetItem.setOnAction(e -> Nodes.copy(result.browserSnippet(), handOffMenu, copied));
        testTokenItem.setOnAction(e -> testToken.run());
        copyRefreshButton.setOnAction(e -> Nodes.copy(result.newRefreshTokenProperty().get(), copyRefreshButton,
                copied));
        useRefreshButton.setOnAction(e -> useNewRefreshToken.run());
        tokenFactsLabel.textProperty().bind(Bindings.createStringBinding(() -> result.hasResultProperty().get()
                        ? MessageFormat.format(bundle.getString("result.facts"), dash(result.tokenTypeProperty().get()),
                        dash(result.expiresInProperty().get()), dash(result.scopeProperty().get()))
                        : "",
                result.hasResultProperty(), result.tokenTypeProperty(), result.expiresInProperty(),
                result.scopeProperty()));
        Nodes.showWhenNotEmpty(tokenFactsLabel, tokenFactsLabel.textProperty());
        bindCountdown();
    }

    private void bindCountdown() {
        countdownLabel.textProperty().bind(countdown.countdownProperty());
        countdownTitleLabel.textProperty().bind(countdown.titleProperty());
        countdownCaptionLabel.textProperty().bind(countdown.captionProperty());
        refreshExpiryLabel.textProperty().bind(countdown.refreshExpiryProperty());
        Nodes.showWhenNotEmpty(countdownCaptionLabel, countdownCaptionLabel.textProperty());
        Nodes.showWhenNotEmpty(refreshExpiryLabel, refreshExpiryLabel.textProperty());
        lifetimeBar.progressProperty().bind(countdown.lifetimeUsedProperty());
        countdown.stateProperty().addListener((o, a, state) -> styleExpiry(state));
        styleExpiry(countdown.stateProperty().get());
    }

    /**
     * Wraps a long token once in a detached text area styled like the real ones, so the first refresh
     * does not pay for it (~100 ms on a small machine). No frame ever shows it.
     */
    public void warmUp() {
        TextArea longToken = new TextArea("eyJ".repeat(300));
        longToken.setWrapText(true);
        longToken.getStyleClass().addAll(accessTokenField.getStyleClass());
        Scene scratch = new Scene(new StackPane(longToken), 500, 200);
        if (accessTokenField.getScene() != null) {
            scratch.getStylesheets().setAll(accessTokenField.getScene().getStylesheets());
        }
        scratch.getRoot().applyCss();
        scratch.getRoot().layout();
    }

    private void styleExpiry(ExpiryState state) {
        countdownBox.getStyleClass().removeAll(EXPIRY_CLASSES);
        if (state != null) {
            countdownBox.getStyleClass().add("expiry-" + state.name().toLowerCase(Locale.ROOT));
        }
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
