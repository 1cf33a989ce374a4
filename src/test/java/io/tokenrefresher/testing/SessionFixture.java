package io.tokenrefresher.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.core.session.TokenSender;
import java.time.Clock;

/**
 * A real fake gateway on 127.0.0.1 and the sessions that talk to it over the real HTTP client, for
 * view-model tests: the pairs they show are real answers with real JWTs, decoded by the real inspector.
 */
public final class SessionFixture implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClients HTTP_CLIENTS = new HttpClients();

    private final FakeGateway gateway;
    private final SessionRegistry sessions;

    private SessionFixture(FakeGateway gateway, Clock clock) {
        this.gateway = gateway;
        TokenEndpointClient client = new TokenEndpointClient(HTTP_CLIENTS::defaultClient, MAPPER, clock,
                "TokenRefresher/test");
        this.sessions = new SessionRegistry(TokenSender.over(() -> client, () -> HTTP_CLIENTS), SessionFixture::inspector);
    }

    public static SessionFixture start() {
        return start(Clock.systemUTC());
    }

    /** The gateway mints tokens, and the client stamps answers, by {@code clock}. */
    public static SessionFixture start(Clock clock) {
        return new SessionFixture(FakeGateway.builder().clock(clock).start(), clock);
    }

    public static JwtInspector inspector() {
        return new JwtInspector(MAPPER);
    }

    public FakeGateway gateway() {
        return gateway;
    }

    public SessionRegistry sessions() {
        return sessions;
    }

    /** A pair from a real refresh of a fresh refresh token (through a session of its own). */
    public TokenPair refreshedPair() {
        try {
            return sessions.session("fixture").send(TestRequests.refresh(gateway.baseUrl(),
                    gateway.validRefreshToken()), TlsTrust.SYSTEM, ProxySetting.NONE).orElseThrow().newPair()
                    .orElseThrow(() -> new AssertionError("the fake gateway refused a valid refresh token"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        gateway.close();
    }
}
