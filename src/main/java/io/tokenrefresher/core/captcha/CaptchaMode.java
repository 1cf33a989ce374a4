package io.tokenrefresher.core.captcha;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import java.util.Locale;

/** When a gateway wants the captcha grant instead of the password grant. */
public final class CaptchaMode {
    private CaptchaMode() {
    }

    /**
     * Whether a refused password log-in means "log in with a captcha": BladeX in captcha mode refuses the
     * password grant as {@code unsupported_grant_type}, or names the captcha in its message.
     */
    public static boolean wantsCaptcha(GatewayFailure failure) {
        if (!(failure instanceof GatewayFailure.ServerRefused refused) || refused.error() == null) {
            return false;
        }
        OAuthError e = refused.error();
        String text = (e.error() + " " + e.description()).toLowerCase(Locale.ROOT);
        return text.contains("unsupported_grant_type") || text.contains("unsupported grant type")
                || text.contains("验证码") && text.contains("为空");
    }
}
