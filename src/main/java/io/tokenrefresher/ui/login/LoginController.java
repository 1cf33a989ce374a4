package io.tokenrefresher.ui.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Binds {@code login.fxml} to a {@link LoginViewModel}. */
public final class LoginController {
    private final LoginViewModel viewModel;

    @FXML private DialogPane loginPane;
    @FXML private ButtonType logInButtonType;
    @FXML private TextField loginUsernameField;
    @FXML private PasswordField loginPasswordField;
    @FXML private TextField loginScopeField;
    @FXML private CheckBox loginMd5Box;

    public LoginController(LoginViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        loginUsernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        loginPasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        loginScopeField.textProperty().bindBidirectional(viewModel.scopeProperty());
        loginMd5Box.selectedProperty().bindBidirectional(viewModel.md5Property());
        loginPane.lookupButton(logInButtonType).disableProperty().bind(viewModel.canSubmitProperty().not());
        Platform.runLater(() -> (viewModel.startsWithPassword() ? loginPasswordField : loginUsernameField)
                .requestFocus());
    }
}
