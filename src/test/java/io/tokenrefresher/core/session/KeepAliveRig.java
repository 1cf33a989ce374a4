package io.tokenrefresher.core.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.AutoRefresh;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestTokens;
import io.tokenrefresher.testing.VirtualTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A real fake gateway, sessions over the real HTTP client, and an auto-refresher, all in one virtual
 * time: the gateway mints and checks tokens by the same clock the refresher reads. Requests run on the
 * stepping thread, so after {@code time.advance(...)} every refresh that fell due has been answered.
 */
final class KeepAliveRig implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-12-08T09:00:00Z");
    private static final HttpClients HTTP_CLIENTS = new HttpClients();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final VirtualTime time = new VirtualTime(T0);
    final FakeGateway gateway;
    final SessionRegistry sessions;
    final AutoRefresher refresher;
    final List<SessionEvent> events = new CopyOnWriteArrayList<>();
    final List<SessionAnswer> answers = new CopyOnWriteArrayList<>();

    KeepAliveRig(UnaryOperator<FakeGateway.Builder> gatewaySettings) {
        this(gatewaySettings, AutoRefresher.Settings.DEFAULTS);
    }

    KeepAliveRig(UnaryOperator<FakeGateway.Builder> gatewaySettings, AutoRefresher.Settings settings) {
        gateway = gatewaySettings.apply(FakeGateway.builder().clock(time)).start();
        TokenEndpointClient client = new TokenEndpointClient(HTTP_CLIENTS::defaultClient, MAPPER, time, "test");
        sessions = new SessionRegistry(TokenSender.over(() -> client, () -> HTTP_CLIENTS),
                () -> new JwtInspector(MAPPER), time);
        sessions.addListener(new SessionListener() {
            @Override
            public void event(ProfileSession session, SessionEvent event) {
                events.add(event);
            }

            @Override
            public void answered(ProfileSession session, SessionAnswer answer) {
                answers.add(answer);
            }
        });
        refresher = new AutoRefresher(sessions, time, time, Runnable::run, settings, id -> "");
    }

    GatewayProfile profile(String id, AutoRefresh autoRefresh) {
        return new GatewayProfile(id, id, Endpoint.defaults().withGateway(gateway.baseUrl()), null, null, null, false,
                autoRefresh);
    }

    /** Logs in with the password grant through the profile's session, as the window's Log in does. */
    TokenPair logIn(GatewayProfile profile) throws InterruptedException {
        TokenRequest login = profile.toRequest(TokenRequest.passwordParameters(TestTokens.USER_NAME,
                "bullfrog_password", "all"), "");
        return sessions.session(profile.id()).send(login, TlsTrust.SYSTEM, ProxySetting.NONE).orElseThrow()
                .newPair().orElseThrow();
    }

    /** A profile with a logged-in session handed to the auto-refresher. */
    GatewayProfile loggedInAndWatched(String id, AutoRefresh autoRefresh) throws InterruptedException {
        GatewayProfile profile = profile(id, autoRefresh);
        logIn(profile);
        refresher.keepAlive(profile);
        return profile;
    }

    /** Requests with {@code grant_type=refresh_token} the gateway received. */
    long refreshesSeen() {
        return gateway.requests().stream().filter(r -> r.bodyText().contains("refresh_token")).count();
    }

    @Override
    public void close() {
        refresher.close();
        gateway.close();
    }
}
