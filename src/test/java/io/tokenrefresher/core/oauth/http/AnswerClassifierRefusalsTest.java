package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.testing.FakeGateway.Fault;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestRequests;
import io.tokenrefresher.testing.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Answers in which the server said no ({@link AnswerClassifier}): status, OAuth fields and envelopes,
 * and the hint chosen from them, with the words the user reads (English bundle).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AnswerClassifierRefusalsTest extends ExchangeTestSupport {
    @Test
    void basicChallengeAsksForClientCredentials() throws Exception {
        gateway(FakeGateway.builder().requireClient("saber", "saber_secret"));

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class)).satisfies(f -> {
            assertThat(f.status()).isEqualTo(401);
            assertThat(f.hint()).isEqualTo(FailureHint.SET_CLIENT_CREDENTIALS);
        });
        Messages.Text text = words(failure);
        assertThat(text.headline()).isEqualTo("HTTP 401 — the server refused: unauthorized: "
                + "Full authentication is required to access this resource");
        assertThat(text.hint()).isEqualTo(
                "The gateway wants client credentials: set client id and secret under Advanced.");
    }

    @Test
    void bareBasicChallengeWithoutJsonStillAsksForClientCredentials() throws Exception {
        gateway();
        gateway.enqueue(Fault.withHeader(401, "text/html", "", "WWW-Authenticate", FakeGateway.BASIC_REALM));

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class)).satisfies(f -> {
            assertThat(f.error()).isNull();
            assertThat(f.hint()).isEqualTo(FailureHint.SET_CLIENT_CREDENTIALS);
        });
        assertThat(words(failure).headline()).isEqualTo("HTTP 401 — client authentication failed or missing.");
        assertThat(words(failure).hint())
                .isEqualTo("The gateway wants client credentials: set client id and secret under Advanced.");
    }

    @Test
    void rateLimitSaysHowLongToWaitInSecondsOrAsADate() throws Exception {
        gateway();
        gateway.enqueue(Fault.withHeader(429, "application/json", "{\"error\":\"too_many_requests\"}",
                "Retry-After", "30"));
        GatewayFailure inSeconds = failureOf(refresh(ParameterPlacement.JSON));
        gateway.enqueue(Fault.withHeader(429, "text/html", "<html>slow down</html>", "Retry-After",
                "Fri, 06 Nov 2150 08:49:37 GMT"));
        GatewayFailure asDate = failureOf(refresh(ParameterPlacement.JSON));
        gateway.enqueue(Fault.respond(429, "text/plain", "busy"));
        GatewayFailure unnamed = failureOf(refresh(ParameterPlacement.JSON));

        assertThat(inSeconds).isEqualTo(new GatewayFailure.RateLimited(429, Duration.ofSeconds(30)));
        assertThat(words(inSeconds).headline()).isEqualTo("HTTP 429 — rate limited: try again in 30 s.");
        assertThat(words(inSeconds).hint()).isEqualTo("Wait, then try again; auto-refresh waits by itself.");
        // a date far ahead is capped: auto-refresh must not be told to wait for a century
        assertThat(asDate).isEqualTo(new GatewayFailure.RateLimited(429, Duration.ofHours(1)));
        assertThat(unnamed).isEqualTo(new GatewayFailure.RateLimited(429, null));
        assertThat(words(unnamed).headline()).isEqualTo("HTTP 429 — rate limited: the gateway asks to slow down.");
    }

    @Test
    void pastedAccessTokenIsNamed() throws Exception {
        gateway();
        String accessToken = gateway.tokens().pair().accessToken();

        GatewayFailure failure = failureOf(TestRequests.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                accessToken, "all", ParameterPlacement.JSON));

        // Spring Security OAuth2 throws InvalidTokenException here: 401 invalid_token
        assertRefused(failure, 401, new OAuthError("invalid_token", "Encoded token is not a refresh token", null),
                FailureHint.PASTED_ACCESS_TOKEN);
        assertThat(words(failure).oneLine()).isEqualTo("HTTP 401 — the server refused: invalid_token: "
                + "Encoded token is not a refresh token — You pasted the access token: paste the refresh token instead.");
    }

    @Test
    void expiredRefreshTokenSaysLogInAgain() throws Exception {
        gateway();
        String expired = gateway.tokens().expiredRefreshToken(Duration.ofSeconds(30));

        GatewayFailure failure = failureOf(TestRequests.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                expired, "all", ParameterPlacement.JSON));

        assertRefused(failure, 401, new OAuthError("invalid_token", "Invalid refresh token (expired): " + expired, null),
                FailureHint.REFRESH_TOKEN_EXPIRED);
        assertThat(words(failure).hint())
                .isEqualTo("The refresh token has expired: log in again to get a new one.");
    }

    @Test
    void tokenFromAnotherEnvironmentCannotBeConverted() throws Exception {
        gateway();
        String foreign = new TestTokens("another-environments-signing-key", Clock.systemUTC()).pair().refreshToken();

        GatewayFailure failure = failureOf(TestRequests.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                foreign, "all", ParameterPlacement.JSON));

        assertRefused(failure, 401, new OAuthError("invalid_token", "Cannot convert access token to JSON", null),
                FailureHint.TOKEN_FROM_OTHER_ENVIRONMENT);
        assertThat(words(failure).hint()).isEqualTo("The token is damaged or was signed by another environment.");
    }

    @Test
    void missingTenantAsksForTenantId() throws Exception {
        gateway(FakeGateway.builder().requireTenant("000000"));

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertRefused(failure, 400, new OAuthError(null, "租户ID未找到", "400"), FailureHint.SET_TENANT_ID);
        assertThat(words(failure).oneLine()).isEqualTo("HTTP 400 — the server refused: 400: 租户ID未找到"
                + " — The gateway wants a tenant: set Tenant-Id under Advanced.");
    }

    @Test
    void bladeXEnvelopeWithSuccessFalseOnHttp200IsARefusal() throws Exception {
        gateway();
        gateway.enqueue(Fault.json(200, "{\"code\":400,\"success\":false,\"data\":null,\"msg\":\"租户ID未找到\"}"));

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertRefused(failure, 200, new OAuthError(null, "租户ID未找到", "400"), FailureHint.SET_TENANT_ID);
        assertThat(words(failure).headline()).isEqualTo("HTTP 200 — the server refused: 400: 租户ID未找到");
    }

    @Test
    void errorCodeShapeIsRead() throws Exception {
        gateway();
        gateway.enqueue(Fault.json(401, "{\"error_code\":\"40101\",\"error_description\":\"Invalid refresh token: abc\"}"));

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertRefused(failure, 401, new OAuthError(null, "Invalid refresh token: abc", "40101"),
                FailureHint.REFRESH_TOKEN_INVALID);
        assertThat(words(failure).oneLine()).isEqualTo("HTTP 401 — the server refused: 40101: Invalid refresh token: abc"
                + " — The refresh token is unknown to this gateway or was already used.");
    }

    @Test
    void errorCodeShapeOnHttp200IsARefusal() throws Exception {
        gateway();
        gateway.enqueue(Fault.json(200, "{\"error_code\":\"500\",\"error_description\":\"internal\"}"));

        assertRefused(failureOf(refresh(ParameterPlacement.JSON)), 200, new OAuthError(null, "internal", "500"), null);
    }

    @Test
    void htmlErrorPageFromAProxyShowsItsLines() throws Exception {
        gateway();
        gateway.enqueue(Fault.html(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertThat(failure).asInstanceOf(type(GatewayFailure.UpstreamUnavailable.class)).satisfies(f -> {
            assertThat(f.title()).isEqualTo("502 Bad Gateway");
            assertThat(f.html()).isTrue();
        });
        Messages.Text text = words(failure);
        assertThat(text.headline()).isEqualTo("HTTP 502 Bad Gateway: the auth service behind the gateway is down or"
                + " unreachable. The proxy's page says \"502 Bad Gateway\".");
        assertThat(text.details()).startsWith("The answer is the proxy's error page (HTML), not JSON:\n"
                + "<html>\n<head><title>502 Bad Gateway</title></head>");
        assertThat(text.hint()).isEqualTo("Not a problem with your token or settings: try again in a while, or tell"
                + " whoever runs the gateway.");
    }

    @Test
    void redirectIsNotFollowed() throws Exception {
        gateway();
        gateway.enqueue(Fault.redirect(302, "https://sso.test.example.com/login?service=x"));

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertThat(failure).isEqualTo(new GatewayFailure.Redirect(302, "https://sso.test.example.com/login?service=x"));
        assertThat(gateway.requests()).hasSize(1);
        assertThat(words(failure).oneLine()).isEqualTo("The gateway answered with redirect 302 to "
                + "https://sso.test.example.com/login?service=x: redirects are not followed."
                + " — Often a login (SSO) page: check the gateway address and token path.");
    }

    @Test
    void wrongTokenPathGetsSpringsNotFound() throws Exception {
        gateway();
        TokenRequest request = TestRequests.refresh(gateway.baseUrl(), "/blade-auth/oauth/token",
                gateway.validRefreshToken(), "all", ParameterPlacement.JSON);

        GatewayFailure failure = failureOf(request);

        assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class)).satisfies(f -> {
            assertThat(f.status()).isEqualTo(404);
            assertThat(f.error().error()).isEqualTo("Not Found");
        });
    }

    private void assertRefused(GatewayFailure failure, int status, OAuthError error, FailureHint hint) {
        assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class)).satisfies(f -> {
            assertThat(f.status()).isEqualTo(status);
            assertThat(f.error()).isEqualTo(error);
            assertThat(f.hint()).isEqualTo(hint);
            assertThat(f.bodyIsJson()).isTrue();
        });
        assertThat(failure.key()).isEqualTo("refused.oauth");
    }
}
