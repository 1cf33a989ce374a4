package io.tokenrefresher.core.captcha;

import io.tokenrefresher.core.net.ConnectionSetupException;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.http.CaptchaClient;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.time.Duration;
import java.util.function.Supplier;

/** Fetches a captcha for a profile over its connection settings; blocks; interrupting cancels. */
@FunctionalInterface
public interface CaptchaSource {
    CaptchaOutcome fetch(GatewayProfile profile) throws InterruptedException;

    /** Over the real HTTP clients (built on first use, on the calling thread, as token requests' are). */
    static CaptchaSource over(Supplier<HttpClients> httpClients, CaptchaClient client) {
        return profile -> {
            try {
                return client.fetch(httpClients.get().forSettings(profile.connection().tlsTrust(),
                                profile.connection().proxy()), profile.endpoint().gateway(),
                        profile.kind().captchaPath(), profile.client().tenantId(),
                        Duration.ofSeconds(profile.endpoint().timeoutSeconds()));
            } catch (ConnectionSetupException e) {
                return new CaptchaOutcome.Failed(e.failure());
            }
        };
    }
}
