package io.tokenrefresher.ui.login;

import io.tokenrefresher.core.captcha.CaptchaOutcome;
import io.tokenrefresher.core.captcha.CaptchaSource;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.session.LoginGuard;
import io.tokenrefresher.ui.common.LoginContext;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.Tasks;
import java.util.concurrent.Executor;

/**
 * What the window keeps for its log-ins across dialogs: the run's failed-log-in guard (BladeX locks an
 * account after 5 failures) and where captchas come from, handed to each dialog as a {@link LoginContext}.
 */
public final class LoginSources {
    private final RequestForm form;
    private final Tasks tasks;
    private final Executor network;
    private final LoginGuard guard = new LoginGuard();
    private CaptchaSource captchas = profile -> new CaptchaOutcome.Failed(new GatewayFailure.Cancelled());

    public LoginSources(RequestForm form, Tasks tasks, Executor network) {
        this.form = form;
        this.tasks = tasks;
        this.network = network;
    }

    /** Where captchas come from (the app sets the real one: the profile's TLS and proxy). */
    public void useCaptchaSource(CaptchaSource source) {
        this.captchas = source;
    }

    /** For a dialog of {@code profileId}: the form's profile as it is now, its guard and captcha mode. */
    public LoginContext context(String profileId) {
        return new LoginContext(() -> captchas.fetch(form.toProfile(GatewayProfile.newProfile(""))), guard,
                profileId, form.kind().captchaLoginProperty(), tasks, network);
    }
}
