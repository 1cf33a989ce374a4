package io.tokenrefresher.ui.login;

import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.ui.common.FxmlLoaderFactory;
import io.tokenrefresher.ui.common.FxmlView;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * Asks for user name and password to obtain a first token pair (password grant), with
 * {@code login.fxml}. The password goes into the returned {@link PasswordLogin} only and is cleared
 * when the dialog closes: it is never stored.
 */
public final class LoginDialog {
    private final ResourceBundle bundle;

    public LoginDialog(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * @param scope   the scope the main window uses
     * @param md5     the profile's "send password as MD5" setting, as the box starts
     * @param gateway shown so the user sees where the password goes
     */
    public Optional<PasswordLogin> ask(Window owner, String gateway, String scope, boolean md5, String lastUser) {
        LoginViewModel viewModel = new LoginViewModel(scope, md5, lastUser);
        Dialog<PasswordLogin> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("login.title"));
        dialog.setDialogPane((DialogPane) new FxmlLoaderFactory(bundle,
                Map.of(LoginController.class, () -> new LoginController(viewModel))).load(FxmlView.LOGIN));
        dialog.setHeaderText(MessageFormat.format(bundle.getString("login.header"), gateway));
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? viewModel.toLogin() : null);
        dialog.setOnHidden(e -> viewModel.clearPassword());
        return dialog.showAndWait();
    }
}
