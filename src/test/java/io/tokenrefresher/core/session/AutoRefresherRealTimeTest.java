package io.tokenrefresher.core.session;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real scheduler thread, a real worker pool and the system clock against the fake gateway with
 * 3-second tokens: the session is refreshed on its own, again and again, each time with the newest token.
 */
class AutoRefresherRealTimeTest {

    @Test
    void aSessionWithShortTokensIsRefreshedOnItsOwn() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        HttpClients http = new HttpClients();
        ExecutorService network = Executors.newCachedThreadPool();
        try (FakeGateway gateway = FakeGateway.builder().accessLifetime(Duration.ofSeconds(3))
                .refreshTokens(FakeGateway.RefreshTokens.ROTATE).start()) {
            TokenEndpointClient client = new TokenEndpointClient(http::defaultClient, mapper, Clock.systemUTC(), "t");
            SessionRegistry sessions = new SessionRegistry(TokenSender.over(() -> client, () -> http),
                    () -> new JwtInspector(mapper));
            List<SessionAnswer> answers = new CopyOnWriteArrayList<>();
            sessions.addListener(new SessionListener() {
                @Override
                public void answered(ProfileSession session, SessionAnswer answer) {
                    answers.add(answer);
                }
            });
            GatewayProfile profile = new GatewayProfile("short", "short", Endpoint.defaults()
                    .withGateway(gateway.baseUrl()), null, null, null, false, new AutoRefresh(true, 0));
            sessions.session("short").send(profile.toRequest(TokenRequest.passwordParameters(TestTokens.USER_NAME,
                    "bullfrog_password", "all"), ""), TlsTrust.SYSTEM, ProxySetting.NONE);

            try (AutoRefresher refresher = new AutoRefresher(sessions, Clock.systemUTC(),
                    RefreshScheduler.daemon("test-auto-refresh"), network, AutoRefresher.Settings.DEFAULTS, id -> "")) {
                refresher.keepAlive(profile);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (answers.stream().filter(SessionAnswer::automatic).count() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(answers).filteredOn(SessionAnswer::automatic).hasSizeGreaterThanOrEqualTo(3)
                        .allSatisfy(a -> assertThat(a.result().newPair()).isPresent());
                assertThat(refresher.status("short").state()).isIn(SessionState.ALIVE, SessionState.REFRESHING);
            }
            for (int i = 1; i < answers.size(); i++) {
                String sent = answers.get(i - 1).result().pair().response().refreshToken();
                assertThat(gateway.requests().get(i).bodyText()).contains(sent);
            }
        } finally {
            network.shutdownNow();
        }
    }
}
