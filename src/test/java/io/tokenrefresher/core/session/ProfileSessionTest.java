package io.tokenrefresher.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestRequests;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions against a real token endpoint on 127.0.0.1 that mints real JWTs. */
class ProfileSessionTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClients httpClients = new HttpClients();
    private final List<String> changes = new CopyOnWriteArrayList<>();
    private FakeGateway gateway;
    private SessionRegistry sessions;

    @BeforeEach
    void start() {
        gateway = FakeGateway.start();
        TokenEndpointClient client = new TokenEndpointClient(httpClients::defaultClient, MAPPER, Clock.systemUTC(),
                "TokenRefresher/test");
        sessions = new SessionRegistry(TokenSender.over(() -> client, () -> httpClients),
                () -> new JwtInspector(MAPPER));
        sessions.addListener(new SessionListener() {
            @Override
            public void changed(ProfileSession s) {
                changes.add(s.profileId() + (s.isSending() ? " sending" : " idle"));
            }

            @Override
            public void newPair(ProfileSession s, TokenPair pair) {
                changes.add(s.profileId() + " new pair");
            }
        });
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private TokenRequest refresh(String refreshToken) {
        return TestRequests.refresh(gateway.baseUrl(), refreshToken);
    }

    @Test
    void aSuccessfulRefreshBecomesTheNewestPairDecodedWithItsExpiries() throws Exception {
        ProfileSession uat = sessions.session("uat");

        RefreshResult result = uat.send(refresh(gateway.validRefreshToken()), TlsTrust.SYSTEM, ProxySetting.NONE)
                .orElseThrow();

        assertThat(result.outcome()).isInstanceOf(TokenOutcome.Success.class);
        TokenPair pair = uat.newest().orElseThrow();
        assertThat(result.newPair()).contains(pair);
        assertThat(pair.access()).isInstanceOf(TokenInspection.Jwt.class);
        assertThat(pair.refresh()).isInstanceOf(TokenInspection.Jwt.class);
        assertThat(pair.accessExpiryIfKnown()).isPresent();
        assertThat(pair.refreshExpiryIfKnown()).isPresent();
        assertThat(pair.refreshBelongsToAccess()).contains(true);
        assertThat(uat.lastOutcome()).contains(result.outcome());
        assertThat(changes).containsExactly("uat sending", "uat new pair", "uat idle");
    }

    @Test
    void aRefusalIsTheLastOutcomeButKeepsTheNewestPair() throws Exception {
        ProfileSession uat = sessions.session("uat");
        uat.send(refresh(gateway.validRefreshToken()), TlsTrust.SYSTEM, ProxySetting.NONE);
        TokenPair first = uat.newest().orElseThrow();

        RefreshResult refused = uat.send(refresh("not-a-token"), TlsTrust.SYSTEM, ProxySetting.NONE).orElseThrow();

        assertThat(refused.outcome()).isInstanceOf(TokenOutcome.Failure.class);
        assertThat(refused.newPair()).isEmpty();
        assertThat(uat.newest()).contains(first);
        assertThat(uat.lastOutcome()).contains(refused.outcome());
    }

    @Test
    void aSecondRequestWhileOneIsInFlightSendsNothing() throws Exception {
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofMillis(800)));
        ProfileSession uat = sessions.session("uat");
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<RefreshResult>> first = worker.submit(() ->
                    uat.send(refresh(gateway.validRefreshToken()), TlsTrust.SYSTEM, ProxySetting.NONE));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!uat.isSending() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(uat.isSending()).isTrue();

            Optional<RefreshResult> second = uat.send(refresh(gateway.validRefreshToken()), TlsTrust.SYSTEM,
                    ProxySetting.NONE);

            assertThat(second).isEmpty();
            assertThat(first.get(10, TimeUnit.SECONDS)).isPresent();
            assertThat(gateway.requests()).hasSize(1);
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void sessionsOfDifferentProfilesAreIndependent() throws Exception {
        ProfileSession uat = sessions.session("uat");
        ProfileSession dev = sessions.session("dev");
        uat.setPastedToken("uat token text");

        uat.send(refresh(gateway.validRefreshToken()), TlsTrust.SYSTEM, ProxySetting.NONE);

        assertThat(sessions.session("uat")).isSameAs(uat);
        assertThat(dev.newest()).isEmpty();
        assertThat(dev.pastedToken()).isEmpty();
        assertThat(uat.pastedToken()).isEqualTo("uat token text");
        sessions.remove("uat");
        assertThat(sessions.session("uat")).isNotSameAs(uat);
    }

    @Test
    void anUnreadableCaFileIsAFailureWithNothingSent() throws Exception {
        ProfileSession uat = sessions.session("uat");

        RefreshResult result = uat.send(TestRequests.refresh("https://127.0.0.1:" + gateway.port(), "rt"),
                TlsTrust.caFile("/nonexistent/ca.pem"), ProxySetting.NONE).orElseThrow();

        assertThat(((TokenOutcome.Failure) result.outcome()).failure()).isInstanceOf(GatewayFailure.class);
        assertThat(gateway.requests()).isEmpty();
        assertThat(uat.isSending()).isFalse();
    }
}
