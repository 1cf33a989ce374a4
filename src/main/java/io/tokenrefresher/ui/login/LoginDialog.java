package io.tokenrefresher.ui.login;

import io.tokenrefresher.core.oauth.PasswordLogin;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for user name and password to obtain a first token pair (password grant). The password goes
 * into the returned {@link PasswordLogin} only and the field is cleared when the dialog closes: it is
 * never stored.
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
        Dialog<PasswordLogin> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("login.title"));
        dialog.setHeaderText(java.text.MessageFormat.format(bundle.getString("login.header"), gateway));
        ButtonType logIn = new ButtonType(bundle.getString("login.submit"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(logIn, ButtonType.CANCEL);

        TextField username = new TextField(lastUser == null ? "" : lastUser);
        username.setId("loginUsernameField");
        PasswordField password = new PasswordField();
        password.setId("loginPasswordField");
        TextField scopeField = new TextField(scope);
        scopeField.setId("loginScopeField");
        CheckBox md5Box = new CheckBox(bundle.getString("login.md5"));
        md5Box.setId("loginMd5Box");
        md5Box.setSelected(md5);
        Label md5Hint = new Label(bundle.getString("login.md5.hint"));
        md5Hint.getStyleClass().add("caption");
        md5Hint.setWrapText(true);
        md5Hint.setMaxWidth(380);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 4, 16));
        grid.addRow(0, new Label(bundle.getString("login.username")), username);
        grid.addRow(1, new Label(bundle.getString("login.password")), password);
        grid.addRow(2, new Label(bundle.getString("main.scope")), scopeField);
        grid.add(md5Box, 1, 3);
        grid.add(md5Hint, 1, 4);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(logIn).disableProperty()
                .bind(username.textProperty().isEmpty().or(password.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == logIn
                ? new PasswordLogin(username.getText().strip(), password.getText(), scopeField.getText(),
                md5Box.isSelected())
                : null);
        dialog.setOnHidden(e -> password.clear());
        Platform.runLater(() -> (username.getText().isEmpty() ? username : password).requestFocus());
        return dialog.showAndWait();
    }
}
