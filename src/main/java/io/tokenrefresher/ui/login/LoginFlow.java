package io.tokenrefresher.ui.login;

import io.tokenrefresher.core.captcha.CaptchaMode;
import io.tokenrefresher.core.captcha.CaptchaOutcome;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.oauth.Sm2Password;
import io.tokenrefresher.ui.common.LoginContext;
import io.tokenrefresher.ui.common.StatusKind;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The log-in dialog's attempts: it stays open until a log-in succeeds. In captcha mode it fetches the
 * image (again after every failed attempt: a captcha is single-use); a password log-in refused for
 * wanting a captcha switches it to captcha mode and the profile remembers that; the run's
 * {@link io.tokenrefresher.core.session.LoginGuard} warns before the gateway's lockout, and the attempt
 * that could trigger it needs the confirmation box ticked.
 */
public final class LoginFlow {
    /** Sends a log-in through the window (its session, status line and result). */
    @FunctionalInterface
    public interface Sender {
        void send(PasswordLogin login, Runnable onSuccess, Consumer<GatewayFailure> onFailure);
    }

    private final LoginViewModel fields;
    private final LoginContext context;
    private final Sender sender;
    private final Messages messages;

    private final BooleanProperty captchaMode = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<byte[]> captchaImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> messageKind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);
    private final ReadOnlyBooleanWrapper needsConfirmation = new ReadOnlyBooleanWrapper();
    private final BooleanProperty confirmed = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper captchaKey = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSubmit;
    private PasswordLogin loggedIn;
    private Runnable onLoggedIn = () -> { };

    public LoginFlow(LoginViewModel fields, LoginContext context, Sender sender, Messages messages) {
        this.fields = fields;
        this.context = context;
        this.sender = sender;
        this.messages = messages;
        captchaMode.set(context.captchaMode().get());
        canSubmit = fields.canSubmitProperty().and(busy.not())
                .and(captchaMode.not().or(captchaKey.isNotEmpty().and(fields.captchaCodeProperty().isNotEmpty())))
                .and(needsConfirmation.not().or(confirmed));
        fields.usernameProperty().addListener((o, a, b) -> updateGuard(""));
        updateGuard("");
    }

    /** Starts the dialog: fetches the first captcha in captcha mode. */
    public void start(Runnable whenLoggedIn) {
        this.onLoggedIn = whenLoggedIn;
        if (captchaMode.get()) {
            fetchCaptcha();
        }
    }

    /** Fetches a new captcha (the "new image" button, and after every failed attempt). */
    public void fetchCaptcha() {
        fetching.set(true);
        captchaKey.set("");
        fields.captchaCodeProperty().set("");
        context.tasks().call(context.captcha())
                .onSuccess(this::showCaptcha)
                .onError(e -> show(StatusKind.ERROR, messages.format("status.unexpected", e.getClass().getName())))
                .andFinally(() -> fetching.set(false))
                .runOn(context.network());
    }

    /** Sends the log-in when it can be sent (Enter or the Log in button). */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        PasswordLogin login = fields.toLogin();
        if (!login.sm2PublicKey().isEmpty() && !Sm2Password.isValidKey(login.sm2PublicKey())) {
            show(StatusKind.ERROR, messages.text("login.sm2.badKey"));
            return;
        }
        if (captchaMode.get()) {
            login = login.withCaptcha(new PasswordLogin.CaptchaAnswer(captchaKey.get(),
                    fields.captchaCodeProperty().get()));
        }
        PasswordLogin sent = login;
        busy.set(true);
        show(StatusKind.BUSY, messages.text("login.sending"));
        sender.send(sent, () -> succeeded(sent), failure -> failed(sent, failure));
    }

    private void succeeded(PasswordLogin login) {
        busy.set(false);
        context.guard().succeeded(context.profileId(), login.username());
        loggedIn = login;
        onLoggedIn.run();
    }

    private void failed(PasswordLogin login, GatewayFailure failure) {
        busy.set(false);
        if (failure == null) {
            show(StatusKind.ERROR, messages.text("login.seeStatus"));
            return;
        }
        if (login.captcha() == null && CaptchaMode.wantsCaptcha(failure)) {
            captchaMode.set(true);
            context.captchaMode().set(true);
            show(StatusKind.WARNING, messages.text("login.captcha.wanted"));
            fetchCaptcha();
            return;
        }
        if (failure instanceof GatewayFailure.ServerRefused) {
            context.guard().failed(context.profileId(), login.username());
        }
        updateGuard(messages.describe(failure).oneLine());
        if (captchaMode.get()) {
            fetchCaptcha();
        }
    }

    private void showCaptcha(CaptchaOutcome outcome) {
        if (outcome instanceof CaptchaOutcome.Fetched fetched) {
            captchaImage.set(fetched.captcha().image());
            captchaKey.set(fetched.captcha().key());
        } else if (outcome instanceof CaptchaOutcome.Failed f) {
            show(StatusKind.ERROR, messages.text("login.captcha.failed") + " " + messages.describe(f.failure()).oneLine());
        } else if (outcome instanceof CaptchaOutcome.NoCaptcha none) {
            show(StatusKind.ERROR, messages.format("login.captcha.none", none.status(), none.excerpt()));
        }
    }

    /** Shows {@code text} with the lockout warning after it, and whether the next try needs a confirmation. */
    private void updateGuard(String text) {
        String user = fields.usernameProperty().get();
        boolean warn = context.guard().shouldWarn(context.profileId(), user);
        needsConfirmation.set(context.guard().needsConfirmation(context.profileId(), user));
        confirmed.set(false);
        String warning = !warn ? "" : needsConfirmation.get()
                ? messages.text("login.guard.last")
                : messages.format("login.guard.warn", context.guard().triesLeft(context.profileId(), user));
        String joined = text.isEmpty() ? warning : warning.isEmpty() ? text : text + "\n" + warning;
        show(text.isEmpty() && !warn ? StatusKind.NEUTRAL : warn ? StatusKind.WARNING : StatusKind.ERROR, joined);
    }

    private void show(StatusKind kind, String text) {
        messageKind.set(kind);
        message.set(text);
    }

    /** The log-in that succeeded, or null. */
    public PasswordLogin loggedIn() {
        return loggedIn;
    }

    public BooleanProperty captchaModeProperty() {
        return captchaMode;
    }

    /** The captcha image's bytes (PNG), or null before the first one arrived. */
    public ReadOnlyObjectProperty<byte[]> captchaImageProperty() {
        return captchaImage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captchaKeyProperty() {
        return captchaKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> messageKindProperty() {
        return messageKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsConfirmationProperty() {
        return needsConfirmation.getReadOnlyProperty();
    }

    /** The "try anyway" box for the attempt that may lock the account. */
    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
