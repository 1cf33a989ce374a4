package io.tokenrefresher.ui.login;

import io.tokenrefresher.core.oauth.PasswordLogin;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the log-in dialog asks for. The password goes into the {@link PasswordLogin} from
 * {@link #toLogin()} only; {@link #clearPassword()} runs when the dialog closes, and nothing here is
 * ever stored.
 */
public final class LoginViewModel {
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty scope = new SimpleStringProperty("");
    private final BooleanProperty md5 = new SimpleBooleanProperty();
    private final StringProperty captchaCode = new SimpleStringProperty("");
    private String sm2PublicKey = "";
    private final BooleanBinding canSubmit = username.isEmpty().or(password.isEmpty()).not();

    /**
     * @param scope    the scope the main window uses
     * @param md5      the profile's "send password as MD5" setting, as the box starts
     * @param lastUser the user name of the last log-in, or null
     */
    public LoginViewModel(String scope, boolean md5, String lastUser) {
        this.scope.set(scope == null ? "" : scope);
        this.md5.set(md5);
        this.username.set(lastUser == null ? "" : lastUser);
    }

    /** The profile's SM2 public key when its passwords go SM2-encrypted; blank otherwise. */
    public void useSm2PublicKey(String publicKey) {
        this.sm2PublicKey = publicKey == null ? "" : publicKey;
    }

    /** The log-in to send (without a captcha); check {@link #canSubmitProperty()} first. */
    public PasswordLogin toLogin() {
        return new PasswordLogin(username.get().strip(), password.get(), scope.get(), md5.get(), sm2PublicKey, null);
    }

    /** The code typed from the captcha image. */
    public StringProperty captchaCodeProperty() {
        return captchaCode;
    }

    public void clearPassword() {
        password.set("");
    }

    /** True when the user name is already known, so the password field should take the focus. */
    public boolean startsWithPassword() {
        return !username.get().isEmpty();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public BooleanProperty md5Property() {
        return md5;
    }

    /** A user name and a password are typed. */
    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
