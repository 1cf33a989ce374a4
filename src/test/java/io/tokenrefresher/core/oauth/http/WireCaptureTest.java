package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.exchange.ExchangeMasking;
import io.tokenrefresher.core.oauth.exchange.ExchangeText;
import io.tokenrefresher.core.oauth.exchange.WireAttempt;
import io.tokenrefresher.core.oauth.exchange.WireExchange;
import io.tokenrefresher.core.oauth.exchange.WireReply;
import io.tokenrefresher.core.oauth.exchange.WireRequest;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.RecordedRequest;
import io.tokenrefresher.testing.TestRequests;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The exchange each outcome carries: what the gateway received, byte for byte, for both of Auto's
 * sends; the answer; the two timings the JDK client allows; and the text for a bug report, masked
 * unless revealed.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WireCaptureTest extends ExchangeTestSupport {
    private static final String SECRET = "saber_secret";

    private final ExchangeText text = new ExchangeText(new ExchangeMasking(MAPPER), ENGLISH);

    private TokenRequest clientRefresh(ParameterPlacement placement) {
        return TestRequests.withTenant(TestRequests.withClient(refresh(placement), "saber", SECRET), "000000");
    }

    @Test
    void bothAutoAttemptsAreCapturedAsTheGatewayReceivedThem() throws Exception {
        gateway(FakeGateway.builder().ignoreJsonBodies().requireClient("saber", SECRET));

        TokenOutcome.Success ok = success(client.send(clientRefresh(ParameterPlacement.AUTO)));

        WireExchange exchange = ok.exchange();
        assertThat(exchange.attempts()).hasSize(2);
        WireAttempt json = exchange.attempts().get(0);
        WireAttempt form = exchange.attempts().get(1);
        assertThat(json.fallback()).isFalse();
        assertThat(form.fallback()).isTrue();
        assertThat(json.request().placement()).isEqualTo(ParameterPlacement.JSON);
        assertThat(form.request().placement()).isEqualTo(ParameterPlacement.FORM);
        for (int i = 0; i < 2; i++) {
            WireRequest captured = exchange.attempts().get(i).request();
            RecordedRequest received = gateway.requests().get(i);
            assertThat(captured.body()).isEqualTo(received.bodyText());
            assertThat(captured.method()).isEqualTo(received.method());
            assertThat(captured.header("Content-Type")).isEqualTo(received.contentType());
            assertThat(captured.header("Authorization")).isEqualTo(received.header("Authorization"));
            assertThat(captured.header("Tenant-Id")).isEqualTo("000000");
            assertThat(captured.header("Content-Length")).isEqualTo(received.header("Content-Length"));
            assertThat(captured.header("Host")).isEqualTo(received.header("Host"));
        }
        assertThat(json.reply().status()).isEqualTo(400);
        assertThat(json.reply().body()).contains("invalid_request");
        assertThat(form.reply().status()).isEqualTo(200);
        assertThat(form.reply().body()).contains(ok.response().accessToken());
        assertThat(form.toHeaders()).isNotNull().isLessThanOrEqualTo(form.total());
        assertThat(form.sentAt()).isNotNull();
    }

    @Test
    void aRefusalCarriesItsExchangeToo() throws Exception {
        gateway(FakeGateway.builder().requireClient("saber", SECRET));
        TokenRequest wrongSecret = TestRequests.withClient(refresh(ParameterPlacement.FORM), "saber", "wrong");

        TokenOutcome outcome = client.send(wrongSecret);

        assertThat(outcome).isInstanceOf(TokenOutcome.Failure.class);
        WireReply reply = outcome.exchange().lastReply().orElseThrow();
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo(FakeGateway.BASIC_REALM);
    }

    @Test
    void noAnswerIsCapturedAsARequestWithoutReply() throws Exception {
        gateway();
        String address = gateway.baseUrl();
        gateway.close();

        TokenOutcome outcome = client.send(TestRequests.refresh(address, "eyJhbGciOiJIUzI1NiJ9.e30.x"));

        WireAttempt only = outcome.exchange().last().orElseThrow();
        assertThat(only.reply()).isNull();
        assertThat(only.toHeaders()).isNull();
        assertThat(text.render(outcome.exchange(), false)).contains("(no answer came back)").contains("not reached");
    }

    @Test
    void anInvalidAddressSendsNothing() throws Exception {
        TokenOutcome outcome = client.send(TestRequests.refresh("ftp://x", "t"));

        assertThat(outcome.exchange().isEmpty()).isTrue();
        assertThat(text.render(outcome.exchange(), false)).startsWith("Nothing was sent");
    }

    @Test
    void theTextMasksSecretsUnlessRevealed() throws Exception {
        gateway(FakeGateway.builder().ignoreJsonBodies().requireClient("saber", SECRET));
        TokenRequest request = clientRefresh(ParameterPlacement.AUTO);
        String refreshToken = request.parameters().get("refresh_token");

        TokenOutcome.Success ok = success(client.send(request));
        String masked = text.render(ok.exchange(), false);
        String revealed = text.render(ok.exchange(), true);

        String basic = ok.exchange().last().orElseThrow().request().header("Authorization");
        assertThat(masked)
                .contains("### Attempt 1 of 2: JSON body — the gateway ignored the JSON body")
                .contains("### Attempt 2 of 2: form body — sent again as a form by Auto")
                .contains("POST /cams-auth/oauth/token HTTP/1.1")
                .contains("Authorization: Basic *** (saber:***)")
                .contains("refresh_token=" + refreshToken.substring(0, 12) + "…")
                .contains("\"refresh_token\" : \"" + ok.response().refreshToken().substring(0, 12) + "…\"")
                .contains("HTTP/1.1 400").contains("HTTP/1.1 200")
                .contains("DNS, connect and TLS times are not available")
                .doesNotContain(refreshToken).doesNotContain(ok.response().accessToken())
                .doesNotContain(ok.response().refreshToken()).doesNotContain(basic);
        assertThat(revealed).contains(refreshToken).contains(basic).contains(ok.response().accessToken())
                .contains("Tenant-Id: 000000");
    }

    @Test
    void passwordsAreHiddenWholeInJsonBodies() throws Exception {
        gateway();
        TokenRequest login = new TokenRequest(gateway.baseUrl(), null,
                TokenRequest.passwordParameters("bullfrog", "pa\"ss 密码", "all"), ParameterPlacement.JSON,
                null, null, null, List.of(), Duration.ofSeconds(10));

        TokenOutcome outcome = client.send(login);
        String masked = text.render(outcome.exchange(), false);

        assertThat(outcome.exchange().last().orElseThrow().request().body()).contains("pa\\\"ss 密码");
        assertThat(masked).contains("\"password\":\"***\"").doesNotContain("密码");
    }
}
