package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenEndpoint;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.testing.FakeGateway.Fault;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.RecordedRequest;
import io.tokenrefresher.testing.TestRequests;
import io.tokenrefresher.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole exchange as callers see it ({@link TokenEndpointClient}): the address checked before any
 * network, Auto's one fallback to a form within one overall timeout, and no secrets in any text.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TokenEndpointClientTest extends ExchangeTestSupport {
    /** An address that cannot be a gateway fails before anything is sent. */
    @Nested
    class Addresses {
        @Test
        void invalidAddressFailsBeforeAnyNetwork() throws Exception {
            GatewayFailure failure = failureOf(TestRequests.refresh("ftp://10.1.2.3", "x.y.z"));

            assertThat(failure).isEqualTo(new GatewayFailure.InvalidUrl("ftp://10.1.2.3", TokenEndpoint.Reason.SCHEME));
            assertThat(words(failure).oneLine()).isEqualTo("Not a valid gateway address: \"ftp://10.1.2.3\""
                    + " — Only http:// and https:// addresses are supported.");
        }

        @Test
        void emptyAddressSaysWhatToType() throws Exception {
            GatewayFailure failure = failureOf(TestRequests.refresh("  ", "x.y.z"));

            assertThat(words(failure).hint()).startsWith("Type the gateway address");
        }
    }

    /** Auto sends JSON, and the form once more only when the gateway ignored the JSON. */
    @Nested
    class AutoPlacement {
        @Test
        void jsonThatWorksIsSentOnce() throws Exception {
            gateway();

            TokenOutcome.Success ok = success(client.send(refresh(ParameterPlacement.AUTO)));

            assertThat(gateway.requests()).hasSize(1);
            assertThat(ok.placementUsed()).isEqualTo(ParameterPlacement.JSON);
            assertThat(ok.fellBackToForm()).isFalse();
        }

        @Test
        void gatewayThatIgnoresJsonGetsTheFormOnce() throws Exception {
            gateway(FakeGateway.builder().ignoreJsonBodies());
            TokenRequest request = refresh(ParameterPlacement.AUTO);

            TokenOutcome.Success ok = success(client.send(request));

            List<RecordedRequest> sent = gateway.requests();
            assertThat(sent).hasSize(2);
            assertThat(sent.get(0).contentType()).isEqualTo("application/json;charset=UTF-8");
            assertThat(sent.get(1).contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(sent.get(1).formParameters())
                    .containsEntry("refresh_token", request.parameters().get("refresh_token"));
            assertThat(ok.fellBackToForm()).isTrue();
            assertThat(ok.placementUsed()).isEqualTo(ParameterPlacement.FORM);
            assertThat(ok.response().accessToken()).isNotBlank();
        }

        @Test
        void explicitJsonDoesNotFallBack() throws Exception {
            gateway(FakeGateway.builder().ignoreJsonBodies());

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(gateway.requests()).hasSize(1);
            assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class))
                    .satisfies(f -> assertThat(f.status()).isEqualTo(400))
                    .satisfies(f -> assertThat(f.error().description()).isEqualTo("Missing grant type"));
            assertThat(words(failure).headline())
                    .isEqualTo("HTTP 400 — the server refused: invalid_request: Missing grant type");
        }

        @Test
        void otherBadRequestsAreNotRetriedAsForm() throws Exception {
            gateway();
            TestTokens.TokenPair pair = gateway.tokens().pair();
            TokenRequest pastedAccessToken = TestRequests.refresh(gateway.baseUrl(), pair.accessToken());

            TokenOutcome outcome = client.send(pastedAccessToken);

            assertThat(gateway.requests()).hasSize(1);
            assertThat(outcome).isInstanceOf(TokenOutcome.Failure.class);
            assertThat(((TokenOutcome.Failure) outcome).fellBackToForm()).isFalse();
        }

        @Test
        void invalidRequestAboutSomethingElseIsNotRetried() throws Exception {
            gateway();
            gateway.enqueue(Fault.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"Missing refresh token\"}"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.AUTO));

            assertThat(gateway.requests()).hasSize(1);
            assertThat(failure).isInstanceOf(GatewayFailure.ServerRefused.class);
        }

        @Test
        void fallbackThatAlsoFailsReportsTheFormAnswer() throws Exception {
            gateway(FakeGateway.builder().ignoreJsonBodies());
            TokenRequest expired = TestRequests.refresh(gateway.baseUrl(),
                    gateway.tokens().expiredRefreshToken(Duration.ofMinutes(3)));

            TokenOutcome outcome = client.send(expired);

            assertThat(gateway.requests()).hasSize(2);
            assertThat(outcome).asInstanceOf(type(TokenOutcome.Failure.class)).satisfies(f -> {
                assertThat(f.fellBackToForm()).isTrue();
                assertThat(f.placementUsed()).isEqualTo(ParameterPlacement.FORM);
                assertThat(f.failure()).asInstanceOf(type(GatewayFailure.ServerRefused.class))
                        .extracting(GatewayFailure.ServerRefused::hint).isEqualTo(FailureHint.REFRESH_TOKEN_EXPIRED);
            });
        }

        @Test
        void autoFallbackStaysWithinOneOverallTimeout() throws Exception {
            gateway(FakeGateway.builder().ignoreJsonBodies());
            // the JSON try is answered after 700 ms; the form retry would take 10 s
            gateway.enqueue(Fault.delay(Duration.ofMillis(700)), Fault.delay(Duration.ofSeconds(10)));
            long started = System.nanoTime();

            TokenOutcome outcome = client.send(refresh(ParameterPlacement.AUTO).withTimeout(Duration.ofSeconds(1)));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(outcome).asInstanceOf(type(TokenOutcome.Failure.class))
                    .satisfies(f -> assertThat(f.failure()).isInstanceOf(GatewayFailure.Timeout.class));
        }
    }

    /** Tokens and secrets stay out of toString. */
    @Nested
    class NoSecretsInText {
        @Test
        void requestAndResponseToStringHideTokensAndSecrets() throws Exception {
            gateway(FakeGateway.builder().requireClient("saber", "saber_secret"));
            String refreshToken = gateway.validRefreshToken();
            TokenRequest request = TestRequests.withClient(TestRequests.refresh(gateway.baseUrl(),
                    TokenRequest.DEFAULT_TOKEN_PATH, refreshToken, "all", ParameterPlacement.JSON), "saber",
                    "saber_secret");
            TokenRequest login = new TokenRequest(gateway.baseUrl(), null,
                    TokenRequest.passwordParameters("bullfrog_cpms", "bullfrog_password", "all"),
                    ParameterPlacement.FORM, "saber", "saber_secret", null, null, null);

            TokenOutcome.Success ok = success(client.send(request));
            TokenResponse response = ok.response();

            assertThat(request.toString()).doesNotContain(refreshToken, "saber_secret", "eyJ")
                    .contains("grant_type=refresh_token");
            assertThat(login.toString()).doesNotContain("bullfrog_password", "saber_secret");
            assertThat(response.toString()).doesNotContain(response.accessToken(), response.refreshToken(), "eyJ");
            assertThat(ok.toString()).doesNotContain(response.accessToken(), response.refreshToken(), refreshToken);
        }
    }
}
