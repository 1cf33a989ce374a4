package io.tokenrefresher.ui.main;

import io.tokenrefresher.ui.claims.ClaimsController;
import io.tokenrefresher.ui.common.AboutDialog;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.SecondTicker;
import io.tokenrefresher.ui.login.LoginDialog;
import io.tokenrefresher.ui.negative.NegativeTestsDialog;
import io.tokenrefresher.ui.request.RequestController;
import io.tokenrefresher.ui.result.ResponseFieldsController;
import io.tokenrefresher.ui.result.ResultController;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window's shell: the parts come in through {@code fx:include}, each with its own controller.
 * This one opens the dialogs that belong to no part (log in, about, the shortcut list), registers the
 * keyboard shortcuts ({@link Shortcuts}), keeps the result area's height and runs the countdown's ticker.
 */
public final class MainController {
    private final MainViewModel viewModel;
    private final ResourceBundle bundle;
    private final String version;
    private SecondTicker ticker;
    private String lastLoginUser;

    private final ShortcutsHelp help = new ShortcutsHelp();
    private List<String[]> shortcutsListing;

    @FXML private BorderPane root;
    @FXML private VBox topArea;
    @FXML private ScrollPane requestScroll;
    @FXML private SplitPane resultSplit;
    @FXML private Region result;
    @FXML private RequestController requestController;
    @FXML private ResultController resultController;
    @FXML private ResponseFieldsController responseFieldsController;
    @FXML private ClaimsController claimsController;
    @FXML private Tab exchangeTab;

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
        requestController.setOnLogIn(this::logIn);
        resultController.setOnTestToken(() -> viewModel.tokenTest().test(text -> {
            Alert answer = new Alert(Alert.AlertType.INFORMATION);
            answer.initOwner(window());
            answer.setTitle(bundle.getString("result.testToken"));
            answer.setHeaderText(text.hint().isEmpty() ? text.headline() : text.headline() + "\n" + text.hint());
            answer.setContentText(text.details());
            answer.show();
        }));
        requestController.setOnAbout(() -> new AboutDialog(bundle, version).show(window()));
        NegativeTestsDialog negativeTests = new NegativeTestsDialog(viewModel.negativeTests(), bundle);
        requestController.setOnNegativeTests(cases -> {
            negativeTests.show(window());
            viewModel.requests().runNegativeTests(cases);
        });
        ticker = SecondTicker.start(viewModel::tick);
        Shortcuts shortcuts = new Shortcuts(root, () -> help.toggle(window(), shortcutsListing, bundle));
        shortcutsListing = shortcuts.listing(bundle);
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                shortcuts.install(scene, bundle);
            }
        });
        keepResultAreaUsable();
    }

    /**
     * The result area (tokens, countdown, claims) keeps its minimum height: the request form above it
     * scrolls instead, on a window too low for both (a 1024x700 laptop with Advanced open).
     */
    private void keepResultAreaUsable() {
        // after each layout: the result's minimum depends on its width (wrapped captions) and its texts
        Runnable cap = () -> {
            double above = topArea.getHeight() - requestScroll.getHeight();
            double resultMin = Math.max(resultSplit.minHeight(-1), result.minHeight(result.getWidth())
                    + resultSplit.snappedTopInset() + resultSplit.snappedBottomInset());
            double max = Math.max(80, Math.floor(root.getHeight() - above - resultMin));
            if (max != requestScroll.getMaxHeight()) {
                requestScroll.setMaxHeight(max);
            }
        };
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(cap);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(cap);
            }
        });
    }

    private void logIn() {
        RequestForm form = viewModel.form();
        String sm2Key = form.kind().sm2PasswordProperty().get() ? form.kind().sm2PublicKeyProperty().get() : "";
        new LoginDialog(bundle)
                .logIn(window(), new LoginDialog.Start(form.gatewayProperty().get(), form.scopeProperty().get(),
                                form.md5PasswordProperty().get(), sm2Key, lastLoginUser),
                        viewModel.requests().loginContext(),
                        (login, onSuccess, onFailure) -> viewModel.requests().logIn(login, pair -> onSuccess.run(), onFailure))
                .ifPresent(login -> {
                    lastLoginUser = login.username();
                    form.md5PasswordProperty().set(login.md5());
                });
    }

    /**
     * Builds the exchange view (fx:id {@code exchangeView}) when its tab is first selected: each part of
     * the window costs start-up time, and most runs never open this one.
     */
    public void buildExchangeViewOnFirstShow(Supplier<Parent> view) {
        exchangeTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && exchangeTab.getContent() == null) {
                Parent content = view.get();
                content.setId("exchangeView");
                exchangeTab.setContent(content);
            }
        });
    }

    /**
     * Lays out the result views once, off screen, so the first refresh does not pay for it; called once,
     * shortly after the window shows.
     */
    public void warmUpResultViews() {
        claimsController.warmUp();
        responseFieldsController.warmUp();
        resultController.warmUp();
    }

    /** Stops the countdown ticker and any request in flight; called when the window closes. */
    public void dispose() {
        if (ticker != null) {
            ticker.close();
        }
        viewModel.cancel();
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
