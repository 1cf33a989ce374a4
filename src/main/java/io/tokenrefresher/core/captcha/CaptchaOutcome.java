package io.tokenrefresher.core.captcha;

import io.tokenrefresher.core.oauth.GatewayFailure;

/** What fetching a captcha gave: the captcha, no answer (a {@link GatewayFailure}), or an answer without one. */
public sealed interface CaptchaOutcome {
    record Fetched(Captcha captcha) implements CaptchaOutcome {
    }

    /** Nothing usable came back: the address, the network, TLS, the proxy, or a timeout. */
    record Failed(GatewayFailure failure) implements CaptchaOutcome {
    }

    /** The gateway answered, but with no {@code key} and {@code image}: wrong path, or captcha mode off. */
    record NoCaptcha(int status, String excerpt) implements CaptchaOutcome {
    }
}
