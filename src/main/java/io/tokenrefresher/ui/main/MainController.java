package io.tokenrefresher.ui.main;

import io.tokenrefresher.ui.claims.ClaimsController;
import io.tokenrefresher.ui.common.AboutDialog;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.SecondTicker;
import io.tokenrefresher.ui.login.LoginDialog;
import io.tokenrefresher.ui.request.RequestController;
import io.tokenrefresher.ui.result.ResponseFieldsController;
import io.tokenrefresher.ui.result.ResultController;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * The window's shell: the parts come in through {@code fx:include}, each with its own controller.
 * This one opens the dialogs that belong to no part (log in, about) and runs the countdown's ticker.
 */
public final class MainController {
    private final MainViewModel viewModel;
    private final ResourceBundle bundle;
    private final String version;
    private SecondTicker ticker;
    private String lastLoginUser;

    @FXML private BorderPane root;
    @FXML private RequestController requestController;
    @FXML private ResultController resultController;
    @FXML private ResponseFieldsController responseFieldsController;
    @FXML private ClaimsController claimsController;

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
        requestController.setOnAbout(() -> new AboutDialog(bundle, version).show(window()));
        ticker = SecondTicker.start(viewModel::tick);
    }

    private void logIn() {
        RequestForm form = viewModel.form();
        new LoginDialog(bundle)
                .ask(window(), form.gatewayProperty().get(), form.scopeProperty().get(),
                        form.md5PasswordProperty().get(), lastLoginUser)
                .ifPresent(login -> {
                    lastLoginUser = login.username();
                    form.md5PasswordProperty().set(login.md5());
                    viewModel.logIn(login);
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
