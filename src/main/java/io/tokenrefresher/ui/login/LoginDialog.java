package io.tokenrefresher.ui.login;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.ui.common.FxmlLoaderFactory;
import io.tokenrefresher.ui.common.FxmlView;
import io.tokenrefresher.ui.common.LoginContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * Asks for user name and password (and, in captcha mode, the code of a captcha image) and logs in, with
 * {@code login.fxml}. It stays open until a log-in succeeds or the user cancels, so a wrong captcha or
 * password can be retried at once ({@link LoginFlow}). The password goes into the {@link PasswordLogin}
 * only and is cleared when the dialog closes: it is never stored.
 */
public final class LoginDialog {
    private final ResourceBundle bundle;

    public LoginDialog(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** What the dialog starts with: the window's scope, the profile's MD5 and SM2 settings, the last user. */
    public record Start(String gateway, String scope, boolean md5, String sm2PublicKey, String lastUser) {
    }

    /** @return the log-in that succeeded; empty when the user cancelled */
    public Optional<PasswordLogin> logIn(Window owner, Start start, LoginContext context, LoginFlow.Sender sender) {
        LoginViewModel viewModel = new LoginViewModel(start.scope(), start.md5(), start.lastUser());
        viewModel.useSm2PublicKey(start.sm2PublicKey());
        LoginFlow flow = new LoginFlow(viewModel, context, sender, new Messages(bundle));
        Dialog<PasswordLogin> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("login.title"));
        DialogPane pane = (DialogPane) new FxmlLoaderFactory(bundle,
                Map.of(LoginController.class, () -> new LoginController(viewModel, flow))).load(FxmlView.LOGIN);
        dialog.setDialogPane(pane);
        dialog.setHeaderText(MessageFormat.format(bundle.getString("login.header"), start.gateway()));
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? flow.loggedIn() : null);
        ButtonType logInType = pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        Node logInButton = pane.lookupButton(logInType);
        // the dialog closes only when a log-in succeeded; the button (and Enter) sends an attempt
        logInButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (flow.loggedIn() == null) {
                e.consume();
                flow.submit();
            }
        });
        flow.start(() -> {
            dialog.setResult(flow.loggedIn());
            dialog.close();
        });
        dialog.setOnHidden(e -> viewModel.clearPassword());
        return dialog.showAndWait();
    }
}
