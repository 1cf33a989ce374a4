package io.tokenrefresher.ui.login;

import io.tokenrefresher.ui.common.StatusKind;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;

/** Binds {@code login.fxml} to a {@link LoginViewModel} and its {@link LoginFlow}. */
public final class LoginController {
    private final LoginViewModel viewModel;
    private final LoginFlow flow;

    @FXML private DialogPane loginPane;
    @FXML private ButtonType logInButtonType;
    @FXML private TextField loginUsernameField;
    @FXML private PasswordField loginPasswordField;
    @FXML private TextField loginScopeField;
    @FXML private CheckBox loginMd5Box;
    @FXML private Label captchaLabel;
    @FXML private HBox captchaRow;
    @FXML private ImageView captchaImage;
    @FXML private Button newCaptchaButton;
    @FXML private TextField captchaCodeField;
    @FXML private Label loginMessage;
    @FXML private CheckBox confirmLockoutBox;

    public LoginController(LoginViewModel viewModel, LoginFlow flow) {
        this.viewModel = viewModel;
        this.flow = flow;
    }

    @FXML
    private void initialize() {
        loginUsernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        loginPasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        loginScopeField.textProperty().bindBidirectional(viewModel.scopeProperty());
        loginMd5Box.selectedProperty().bindBidirectional(viewModel.md5Property());
        loginPane.lookupButton(logInButtonType).disableProperty().bind(flow.canSubmitProperty().not());

        captchaLabel.visibleProperty().bind(flow.captchaModeProperty());
        captchaLabel.managedProperty().bind(flow.captchaModeProperty());
        captchaRow.visibleProperty().bind(flow.captchaModeProperty());
        captchaRow.managedProperty().bind(flow.captchaModeProperty());
        captchaCodeField.textProperty().bindBidirectional(viewModel.captchaCodeProperty());
        newCaptchaButton.disableProperty().bind(flow.fetchingProperty().or(flow.busyProperty()));
        newCaptchaButton.setOnAction(e -> flow.fetchCaptcha());
        flow.captchaImageProperty().addListener((o, old, bytes) -> {
            captchaImage.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes)));
            // a new image means a new code to type: keyboard-first, its field takes the focus (once the
            // user name and password are there)
            firstEmptyField().requestFocus();
        });

        loginMessage.textProperty().bind(flow.messageProperty());
        loginMessage.visibleProperty().bind(flow.messageProperty().isNotEmpty());
        loginMessage.managedProperty().bind(loginMessage.visibleProperty());
        flow.messageKindProperty().addListener((o, old, kind) -> style(kind));
        style(flow.messageKindProperty().get());
        confirmLockoutBox.selectedProperty().bindBidirectional(flow.confirmedProperty());
        confirmLockoutBox.visibleProperty().bind(flow.needsConfirmationProperty());
        confirmLockoutBox.managedProperty().bind(flow.needsConfirmationProperty());

        // the dialog grows with what appears (the captcha row, a message, the confirmation) instead of cutting
        // off its buttons
        flow.messageProperty().addListener((o, a, b) -> fitWindow());
        flow.captchaModeProperty().addListener((o, a, b) -> fitWindow());
        flow.needsConfirmationProperty().addListener((o, a, b) -> fitWindow());
        Platform.runLater(() -> firstEmptyField().requestFocus());
    }

    private void fitWindow() {
        Platform.runLater(() -> {
            if (loginPane.getScene() != null && loginPane.getScene().getWindow() != null) {
                loginPane.getScene().getWindow().sizeToScene();
            }
        });
    }

    private TextField firstEmptyField() {
        if (viewModel.usernameProperty().get().isEmpty()) {
            return loginUsernameField;
        }
        if (viewModel.passwordProperty().get().isEmpty()) {
            return loginPasswordField;
        }
        return flow.captchaModeProperty().get() ? captchaCodeField : loginPasswordField;
    }

    private void style(StatusKind kind) {
        loginMessage.getStyleClass().removeIf(c -> c.startsWith("status-"));
        loginMessage.getStyleClass().add("status-" + kind.name().toLowerCase(Locale.ROOT));
    }
}
