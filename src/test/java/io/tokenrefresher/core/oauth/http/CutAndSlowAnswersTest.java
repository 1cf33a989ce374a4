package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.testing.FakeGateway.Fault;
import io.tokenrefresher.testing.RawSocketGateway;
import io.tokenrefresher.testing.TestRequests;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The faults issue 16 found named too vaguely: a reset before the answer, a reset mid-answer (with the
 * byte counts), a body that does not finish, a listener that never accepts, a proxy's 502/503/504 page
 * and a 5xx from inside the gateway. Real sockets on 127.0.0.1; English words.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CutAndSlowAnswersTest extends ExchangeTestSupport {

    @Test
    void aResetBeforeAnyAnswerIsNotACleanClose() throws Exception {
        try (RawSocketGateway raw = RawSocketGateway.playing(RawSocketGateway.resetBeforeAnswer())) {
            GatewayFailure failure = failureOf(TestRequests.refresh(raw.baseUrl(), "x.y.z"));

            assertThat(failure).isEqualTo(GatewayFailure.ConnectionCut.resetBeforeAnswer());
            assertThat(words(failure).headline()).isEqualTo("The gateway reset the connection before answering.");
            assertThat(words(failure).hint()).startsWith("The gateway, a proxy or a firewall dropped the connection");
        }
    }

    @Test
    void aResetMidAnswerSaysHowMuchCame() throws Exception {
        try (RawSocketGateway raw = RawSocketGateway.playing(RawSocketGateway.resetMidBody(813, 406))) {
            GatewayFailure failure = failureOf(TestRequests.refresh(raw.baseUrl(), "x.y.z"));

            assertThat(failure).isEqualTo(new GatewayFailure.ConnectionCut(true, 406, 813));
            assertThat(words(failure).headline())
                    .isEqualTo("The gateway cut the connection mid-answer (406 of 813 bytes).");
        }
    }

    @Test
    void aBodyThatDoesNotFinishIsNotNoAnswer() throws Exception {
        try (RawSocketGateway raw = RawSocketGateway.playing(
                RawSocketGateway.trickle("{\"access_token\":\"abc\"}", Duration.ofMillis(400)))) {
            GatewayFailure failure = failureOf(TestRequests.refresh(raw.baseUrl(), "x.y.z")
                    .withTimeout(Duration.ofSeconds(2)));

            assertThat(failure).asInstanceOf(type(GatewayFailure.BodyTimeout.class)).satisfies(f -> {
                assertThat(f.after()).isEqualTo(Duration.ofSeconds(2));
                assertThat(f.status()).isEqualTo(200);
                assertThat(f.receivedBytes()).isBetween(1L, 22L);
            });
            assertThat(words(failure).headline()).matches(
                    "HTTP 200: the answer started but did not finish within 2 s \\(\\d+ bytes received\\)\\.");
        }
    }

    @Test
    void aListenerThatNeverAcceptsIsAConnectTimeoutOfTheConnectLimit() throws Exception {
        try (RawSocketGateway raw = RawSocketGateway.neverAccepting()) {
            TokenEndpointClient impatient = new TokenEndpointClient(memoize(() -> HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build()),
                    MAPPER, Clock.systemUTC(), USER_AGENT);

            var outcome = impatient.send(TestRequests.refresh(raw.baseUrl(), "x.y.z").withTimeout(Duration.ofSeconds(10)));

            GatewayFailure failure = ((io.tokenrefresher.core.oauth.TokenOutcome.Failure) outcome).failure();
            assertThat(failure).isEqualTo(new GatewayFailure.Timeout(Duration.ofSeconds(1), true));
            assertThat(words(failure).headline())
                    .isEqualTo("No connection within 1 s (the connect limit): the host does not answer.");
        }
    }

    @Test
    void aRequestTimeoutShorterThanTheConnectLimitStillSaysConnecting() throws Exception {
        try (RawSocketGateway raw = RawSocketGateway.neverAccepting()) {
            GatewayFailure failure = failureOf(TestRequests.refresh(raw.baseUrl(), "x.y.z")
                    .withTimeout(Duration.ofSeconds(1)));

            assertThat(failure).isEqualTo(new GatewayFailure.Timeout(Duration.ofSeconds(1), true));
        }
    }

    @Test
    void proxyErrorPagesAreNamedWithTheirTitle() throws Exception {
        gateway();
        gateway.enqueue(Fault.html(503, "<html><head><title>503 Service Temporarily Unavailable</title></head>"
                + "<body><h1>503</h1></body></html>"));
        gateway.enqueue(Fault.respond(504, "text/plain", "upstream request timeout\n"));

        GatewayFailure page = failureOf(refresh(ParameterPlacement.JSON));
        GatewayFailure text = failureOf(refresh(ParameterPlacement.JSON));

        assertThat(page).asInstanceOf(type(GatewayFailure.UpstreamUnavailable.class)).satisfies(f -> {
            assertThat(f.title()).isEqualTo("503 Service Temporarily Unavailable");
            assertThat(f.html()).isTrue();
        });
        assertThat(words(page).headline()).startsWith("HTTP 503 Service Unavailable: the auth service behind the"
                + " gateway is overloaded or down for maintenance.");
        assertThat(text).asInstanceOf(type(GatewayFailure.UpstreamUnavailable.class)).satisfies(f -> {
            assertThat(f.title()).isEqualTo("upstream request timeout");
            assertThat(f.html()).isFalse();
        });
        assertThat(words(text).headline()).isEqualTo("HTTP 504 Gateway Timeout: the auth service behind the gateway"
                + " did not answer the proxy in time. The proxy's page says \"upstream request timeout\".");
    }

    @Test
    void a500ServerErrorIsTheGatewayFailingNotARefusal() throws Exception {
        gateway();
        gateway.enqueue(Fault.json(500, "{\"error\":\"server_error\",\"error_description\":\"Internal Server Error\"}"));

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertThat(failure).asInstanceOf(type(GatewayFailure.ServerFault.class)).satisfies(f -> {
            assertThat(f.status()).isEqualTo(500);
            assertThat(f.error()).isEqualTo(new OAuthError("server_error", "Internal Server Error", null));
        });
        assertThat(words(failure).headline())
                .isEqualTo("HTTP 500 — the gateway failed: server_error: Internal Server Error");
        assertThat(words(failure).hint()).startsWith("An error inside the gateway, not a refusal");
    }

    @Test
    void a500WithAKnownRefusalStaysARefusal() throws Exception {
        // BladeX answers a missing tenant with 500 on some versions: the hint is what matters then
        gateway();
        gateway.enqueue(Fault.json(500, "{\"code\":500,\"success\":false,\"msg\":\"租户ID未找到\"}"));

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertThat(failure).isInstanceOf(GatewayFailure.ServerRefused.class);
    }
}
