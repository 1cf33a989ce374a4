package io.tokenrefresher.ui.main;

import io.tokenrefresher.core.expiry.ExpiryState;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.ui.claims.ClaimRowView;
import io.tokenrefresher.ui.claims.ClaimsSource;
import io.tokenrefresher.ui.common.AboutDialog;
import io.tokenrefresher.ui.login.LoginDialog;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Binds the main view to {@link MainViewModel}. Besides the bindings it owns the view's own machinery:
 * the clipboard, the once-a-second countdown ticker (a daemon thread that posts {@code tick} to the FX
 * thread), the delayed busy spinner, and the one-off warm-up of the result views.
 */
public final class MainController {
    private static final long SPINNER_DELAY_MILLIS = 200;
    private static final List<String> STATUS_CLASSES = Arrays.stream(StatusKind.values())
            .map(StatusKind::styleClass).toList();
    private static final List<String> EXPIRY_CLASSES = List.of("expiry-calm", "expiry-warning", "expiry-critical",
            "expiry-expired");

    private final MainViewModel viewModel;
    private final ResourceBundle bundle;
    private ScheduledExecutorService ticker;
    /** Counts busy changes, so a delayed "show the spinner" from an earlier request is ignored. */
    private long busyRequest;
    private String lastLoginUser;

    @FXML private TextField gatewayField;
    @FXML private TextField tokenPathField;
    @FXML private TextField scopeField;
    @FXML private ComboBox<ParameterPlacement> placementBox;
    @FXML private TextArea refreshTokenField;
    @FXML private Label pastedNoticeLabel;
    @FXML private TextField clientIdField;
    @FXML private PasswordField clientSecretField;
    @FXML private TextField tenantIdField;
    @FXML private TextArea extraHeadersField;
    @FXML private Spinner<Integer> timeoutSpinner;
    @FXML private Button refreshButton;
    @FXML private Button cancelButton;
    @FXML private Button loginButton;
    @FXML private Button aboutButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private TextArea statusDetailsArea;
    @FXML private TextArea accessTokenField;
    @FXML private TextArea newRefreshTokenField;
    @FXML private Button copyAccessButton;
    @FXML private Button copyHeaderButton;
    @FXML private Button copyRefreshButton;
    @FXML private Button useRefreshButton;
    @FXML private Label tokenFactsLabel;
    @FXML private VBox countdownBox;
    @FXML private Label countdownTitleLabel;
    @FXML private Label countdownLabel;
    @FXML private ProgressBar lifetimeBar;
    @FXML private Label countdownCaptionLabel;
    @FXML private Label refreshExpiryLabel;
    @FXML private ComboBox<ClaimsSource> claimsSourceBox;
    @FXML private Label signatureLabel;
    @FXML private Label pairCheckLabel;
    @FXML private TableView<ClaimRowView> claimsTable;
    @FXML private TableColumn<ClaimRowView, String> claimSectionColumn;
    @FXML private TableColumn<ClaimRowView, String> claimNameColumn;
    @FXML private TableColumn<ClaimRowView, String> claimValueColumn;
    @FXML private TableColumn<ClaimRowView, String> claimRawColumn;
    @FXML private TableView<ClaimRowView> responseTable;
    @FXML private TableColumn<ClaimRowView, String> responseNameColumn;
    @FXML private TableColumn<ClaimRowView, String> responseValueColumn;

    private final String version;

    public MainController(MainViewModel viewModel, ResourceBundle bundle, String version) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.version = version;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        gatewayField.textProperty().bindBidirectional(viewModel.gatewayProperty());
        tokenPathField.textProperty().bindBidirectional(viewModel.tokenPathProperty());
        scopeField.textProperty().bindBidirectional(viewModel.scopeProperty());
        refreshTokenField.textProperty().bindBidirectional(viewModel.refreshTokenInputProperty());
        clientIdField.textProperty().bindBidirectional(viewModel.clientIdProperty());
        clientSecretField.textProperty().bindBidirectional(viewModel.clientSecretProperty());
        tenantIdField.textProperty().bindBidirectional(viewModel.tenantIdProperty());
        extraHeadersField.textProperty().bindBidirectional(viewModel.extraHeadersProperty());

        placementBox.getItems().setAll(ParameterPlacement.values());
        placementBox.setConverter(enumConverter(p -> bundle.getString("placement." + p.name())));
        placementBox.valueProperty().bindBidirectional(viewModel.placementProperty());

        SpinnerValueFactory.IntegerSpinnerValueFactory timeouts =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 600, viewModel.timeoutSecondsProperty().get());
        timeoutSpinner.setValueFactory(timeouts);
        timeouts.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.timeoutSecondsProperty().set(b);
            }
        });
        viewModel.timeoutSecondsProperty().addListener((o, a, b) -> timeouts.setValue(b.intValue()));

        refreshButton.disableProperty().bind(viewModel.busyProperty());
        refreshButton.setOnAction(e -> viewModel.refresh());
        cancelButton.disableProperty().bind(viewModel.busyProperty().not());
        cancelButton.setOnAction(e -> viewModel.cancel());
        loginButton.disableProperty().bind(viewModel.busyProperty());
        loginButton.setOnAction(e -> logIn());
        aboutButton.setOnAction(e -> new AboutDialog(bundle, version)
                .show(aboutButton.getScene().getWindow()));
        // a fixed size and an idle (determinate) state: an unmanaged indeterminate spinner can lay itself
        // out at an unbounded size, which froze the first show() of the window
        busyIndicator.setMinSize(18, 18);
        busyIndicator.setMaxSize(18, 18);
        // the spinner appears only once a request has taken SPINNER_DELAY_MILLIS: a local gateway answers in a few
        // milliseconds, and a spinner flashed for one frame is noise, and CSS and layout work on the FX
        // thread just when the answer has to be shown (the status line says "Sending..." at once anyway)
        showSpinner(false);
        viewModel.busyProperty().addListener((o, was, busy) -> {
            long request = ++busyRequest;
            if (busy) {
                CompletableFuture.delayedExecutor(SPINNER_DELAY_MILLIS, TimeUnit.MILLISECONDS, Platform::runLater)
                        .execute(() -> showSpinner(request == busyRequest && viewModel.busyProperty().get()));
            } else {
                showSpinner(false);
            }
        });

        statusLabel.textProperty().bind(viewModel.statusProperty());
        styleBy(statusLabel, viewModel.statusKindProperty());
        statusDetailsArea.textProperty().bind(viewModel.statusDetailsProperty());
        showWhenNotEmpty(statusDetailsArea, statusDetailsArea.textProperty());
        pastedNoticeLabel.textProperty().bind(viewModel.pastedNoticeProperty());
        styleBy(pastedNoticeLabel, viewModel.pastedNoticeKindProperty());
        showWhenNotEmpty(pastedNoticeLabel, pastedNoticeLabel.textProperty());

        accessTokenField.textProperty().bind(viewModel.accessTokenProperty());
        newRefreshTokenField.textProperty().bind(viewModel.newRefreshTokenProperty());
        accessTokenField.setPromptText(bundle.getString("result.none"));
        newRefreshTokenField.setPromptText(bundle.getString("result.none"));
        copyAccessButton.disableProperty().bind(viewModel.accessTokenProperty().isEmpty());
        copyHeaderButton.disableProperty().bind(viewModel.accessTokenProperty().isEmpty());
        copyRefreshButton.disableProperty().bind(viewModel.newRefreshTokenProperty().isEmpty());
        useRefreshButton.disableProperty().bind(viewModel.newRefreshTokenProperty().isEmpty());
        copyAccessButton.setOnAction(e -> copy(viewModel.accessTokenProperty().get(), copyAccessButton));
        copyHeaderButton.setOnAction(e -> copy(viewModel.authorizationHeader(), copyHeaderButton));
        copyRefreshButton.setOnAction(e -> copy(viewModel.newRefreshTokenProperty().get(), copyRefreshButton));
        useRefreshButton.setOnAction(e -> viewModel.useNewRefreshToken());
        tokenFactsLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.hasResultProperty().get()
                        ? MessageFormat.format(bundle.getString("result.facts"),
                        dash(viewModel.tokenTypeProperty().get()), dash(viewModel.expiresInProperty().get()),
                        dash(viewModel.responseScopeProperty().get()))
                        : "",
                viewModel.hasResultProperty(), viewModel.tokenTypeProperty(), viewModel.expiresInProperty(),
                viewModel.responseScopeProperty()));
        showWhenNotEmpty(tokenFactsLabel, tokenFactsLabel.textProperty());

        countdownLabel.textProperty().bind(viewModel.countdownProperty());
        countdownTitleLabel.textProperty().bind(viewModel.countdownTitleProperty());
        countdownCaptionLabel.textProperty().bind(viewModel.countdownCaptionProperty());
        refreshExpiryLabel.textProperty().bind(viewModel.refreshExpiryTextProperty());
        showWhenNotEmpty(countdownCaptionLabel, countdownCaptionLabel.textProperty());
        showWhenNotEmpty(refreshExpiryLabel, refreshExpiryLabel.textProperty());
        lifetimeBar.progressProperty().bind(viewModel.lifetimeUsedProperty());
        viewModel.expiryStateProperty().addListener((o, a, state) -> styleExpiry(state));
        styleExpiry(viewModel.expiryStateProperty().get());

        claimsSourceBox.getItems().setAll(ClaimsSource.values());
        claimsSourceBox.setConverter(enumConverter(s -> bundle.getString(s.messageKey())));
        claimsSourceBox.valueProperty().bindBidirectional(viewModel.claimsSourceProperty());
        signatureLabel.textProperty().bind(viewModel.claimsNoticeProperty());
        showWhenNotEmpty(signatureLabel, signatureLabel.textProperty());
        pairCheckLabel.textProperty().bind(viewModel.pairCheckProperty());
        styleBy(pairCheckLabel, viewModel.pairCheckKindProperty());
        showWhenNotEmpty(pairCheckLabel, pairCheckLabel.textProperty());

        claimsTable.setItems(viewModel.claimRows());
        claimSectionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().section()));
        claimNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        claimValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        claimRawColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().raw()));
        responseTable.setItems(viewModel.responseRows());
        responseNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        responseValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        claimsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        responseTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        enableRowCopy(claimsTable);
        enableRowCopy(responseTable);

        refreshTokenField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                        () -> viewModel.refresh());
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> viewModel.cancel());
                Platform.runLater(gatewayField::requestFocus);
            }
        });
        // not a Timeline: a running animation, even one with a 1 s key frame, keeps JavaFX pulsing at
        // 60 frames a second for as long as the window is open (idle CPU, and a busier FX thread)
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "countdown-tick");
            t.setDaemon(true);
            return t;
        });
        long toNextSecond = 1000 - System.currentTimeMillis() % 1000;
        ticker.scheduleAtFixedRate(() -> Platform.runLater(viewModel::tick), toNextSecond, 1000, TimeUnit.MILLISECONDS);
    }

    private void logIn() {
        new LoginDialog(bundle)
                .ask(loginButton.getScene().getWindow(), viewModel.gatewayProperty().get(),
                        viewModel.scopeProperty().get(), viewModel.md5PasswordProperty().get(), lastLoginUser)
                .ifPresent(login -> {
                    lastLoginUser = login.username();
                    viewModel.md5PasswordProperty().set(login.md5());
                    viewModel.logIn(login);
                });
    }

    /**
     * Lays out the result tables once with made-up rows, and a detached token text area once with a long
     * token, then puts everything back, all in one FX-thread turn, so no frame ever shows them. The first
     * refresh otherwise pays for creating table rows and cells and wrapping a long token for the first time
     * (~100 ms on a small machine); called once, shortly after the window shows.
     *
     * <p>Start-up tuning otherwise lives in {@code app.startup}; this stays here because it exercises this
     * view's own private tables and token field, and {@code app} only schedules it.
     */
    public void warmUpResultViews() {
        List<ClaimRowView> sample = List.of(new ClaimRowView("header", "alg", "HS256", "\"HS256\""),
                new ClaimRowView("payload", "nick_name", "牛蛙", "\"牛蛙\""),
                new ClaimRowView("payload", "exp", "2026-01-01 00:00:00 (in 59 min)", "1767225600"));
        warmUp(claimsTable, sample);
        warmUp(responseTable, sample);
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

    private static void warmUp(TableView<ClaimRowView> table, List<ClaimRowView> sample) {
        ObservableList<ClaimRowView> real = table.getItems();
        if (!real.isEmpty()) {
            return; // a refresh already did it
        }
        table.setItems(FXCollections.observableArrayList(sample));
        table.applyCss();
        table.layout();
        table.setItems(real);
    }

    /** Stops the countdown ticker and any request in flight; called when the window closes. */
    public void dispose() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        viewModel.cancel();
    }

    private void copy(String text, Button source) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        String original = source.getText();
        source.setText(bundle.getString("result.copied"));
        Timeline restore = new Timeline(new KeyFrame(Duration.millis(1200), e -> source.setText(original)));
        restore.play();
    }

    private static void enableRowCopy(TableView<ClaimRowView> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                String text = table.getSelectionModel().getSelectedItems().stream()
                        .map(r -> r.name() + "\t" + r.value())
                        .collect(Collectors.joining("\n"));
                if (!text.isEmpty()) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(text);
                    Clipboard.getSystemClipboard().setContent(content);
                }
                e.consume();
            }
        });
    }

    private void styleExpiry(ExpiryState state) {
        countdownBox.getStyleClass().removeAll(EXPIRY_CLASSES);
        if (state != null) {
            countdownBox.getStyleClass().add("expiry-" + state.name().toLowerCase(Locale.ROOT));
        }
    }

    private static void styleBy(Node node, ReadOnlyObjectProperty<StatusKind> kind) {
        Runnable apply = () -> {
            node.getStyleClass().removeAll(STATUS_CLASSES);
            if (kind.get() != null) {
                node.getStyleClass().add(kind.get().styleClass());
            }
        };
        kind.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    private static void showWhenNotEmpty(Node node, ObservableStringValue text) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> text.get() != null && !text.get().isEmpty(), text));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }

    private static <T> StringConverter<T> enumConverter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void showSpinner(boolean show) {
        busyIndicator.setProgress(show ? ProgressIndicator.INDETERMINATE_PROGRESS : 0);
        busyIndicator.setVisible(show);
    }
}
