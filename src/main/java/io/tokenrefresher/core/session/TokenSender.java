package io.tokenrefresher.core.session;

import io.tokenrefresher.core.net.ConnectionSetupException;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import java.time.Duration;
import java.util.function.Supplier;

/** Sends one token request over the connection settings of its profile; blocks; interrupting cancels. */
@FunctionalInterface
public interface TokenSender {
    TokenOutcome send(TokenRequest request, TlsTrust tls, ProxySetting proxy) throws InterruptedException;

    /**
     * Over the real HTTP client. Both are suppliers because building them costs (the HTTP client's TLS
     * set-up, ~300 ms): they are built on the first send, on the sending thread.
     */
    static TokenSender over(Supplier<TokenEndpointClient> endpointClient, Supplier<HttpClients> httpClients) {
        return (request, tls, proxy) -> {
            try {
                return endpointClient.get().send(request, httpClients.get().forSettings(tls, proxy));
            } catch (ConnectionSetupException e) {
                // a CA file that cannot be read or a proxy that cannot be used: nothing was sent
                return new TokenOutcome.Failure(null, e.failure(), request.placement(), false, Duration.ZERO);
            }
        };
    }
}
