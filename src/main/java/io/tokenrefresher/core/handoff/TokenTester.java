package io.tokenrefresher.core.handoff;

import io.tokenrefresher.core.net.ConnectionSetupException;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.http.TokenCheck;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Calls a profile's test URL with the headers of an API call, over its connection settings; blocks. */
@FunctionalInterface
public interface TokenTester {
    TokenCheck.Answer test(GatewayProfile profile, List<HeaderLine> headers) throws InterruptedException;

    static TokenTester over(Supplier<HttpClients> httpClients, TokenCheck check) {
        return (profile, headers) -> {
            try {
                return check.check(httpClients.get().forSettings(profile.connection().tlsTrust(),
                                profile.connection().proxy()), profile.endpoint().gateway(), profile.kind().testUrl(),
                        headers, Duration.ofSeconds(profile.endpoint().timeoutSeconds()));
            } catch (ConnectionSetupException e) {
                return new TokenCheck.Answer(0, "", e.failure());
            }
        };
    }
}
