package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.RecordedRequest;
import io.tokenrefresher.testing.TestRequests;
import io.tokenrefresher.testing.TestTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What goes on the wire ({@link RequestEncoder}), as the real HTTP server {@link FakeGateway} receives
 * it: method, path, headers and body for each placement, and the header the JDK client will not send.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RequestEncoderTest extends ExchangeTestSupport {
    @Test
    void jsonPlacementSendsTheSeedsRequest() throws Exception {
        gateway();
        String refreshToken = gateway.validRefreshToken();
        TokenRequest request = TestRequests.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                refreshToken, "all", ParameterPlacement.JSON);

        TokenOutcome.Success ok = success(client.send(request));

        RecordedRequest sent = gateway.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/cams-auth/oauth/token");
        assertThat(sent.rawQuery()).isNull();
        assertThat(sent.protocol()).isEqualTo("HTTP/1.1");
        assertThat(sent.contentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(sent.header("Accept")).isEqualTo("application/json");
        assertThat(sent.header("User-Agent")).isEqualTo(USER_AGENT);
        assertThat(sent.hasHeader("Upgrade")).as("no h2c upgrade on plain http").isFalse();
        assertThat(sent.hasHeader("HTTP2-Settings")).isFalse();
        assertThat(sent.hasHeader("Authorization")).isFalse();
        assertThat(sent.hasHeader("Tenant-Id")).isFalse();
        JsonNode body = MAPPER.readTree(sent.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("grant_type", "refresh_token", "scope");
        assertThat(body.get("grant_type").asText()).isEqualTo("refresh_token");
        assertThat(body.get("refresh_token").asText()).isEqualTo(refreshToken);
        assertThat(body.get("scope").asText()).isEqualTo("all");
        assertThat(ok.placementUsed()).isEqualTo(ParameterPlacement.JSON);
        assertThat(ok.fellBackToForm()).isFalse();
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.endpoint()).isEqualTo(URI.create(gateway.tokenUrl()));
    }

    @Test
    void formPlacementSendsAnUrlEncodedBody() throws Exception {
        gateway();
        TokenRequest request = refresh(ParameterPlacement.FORM);

        success(client.send(request));

        RecordedRequest sent = gateway.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.contentType()).isEqualTo("application/x-www-form-urlencoded;charset=UTF-8");
        assertThat(sent.formParameters()).containsExactly(
                entry("grant_type", "refresh_token"),
                entry("refresh_token", request.parameters().get("refresh_token")),
                entry("scope", "all"));
        assertThat(sent.rawQuery()).isNull();
    }

    @Test
    void queryPlacementPutsTheParametersInTheUrlAndSendsNoBody() throws Exception {
        gateway();
        TokenRequest request = refresh(ParameterPlacement.QUERY);

        TokenOutcome.Success ok = success(client.send(request));

        RecordedRequest sent = gateway.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/cams-auth/oauth/token");
        assertThat(sent.queryParameters()).containsExactly(
                entry("grant_type", "refresh_token"),
                entry("refresh_token", request.parameters().get("refresh_token")),
                entry("scope", "all"));
        assertThat(sent.body()).isEmpty();
        assertThat(ok.placementUsed()).isEqualTo(ParameterPlacement.QUERY);
    }

    @Test
    void queryPlacementKeepsAQueryTheGatewayAddressAlreadyHad() throws Exception {
        gateway();
        TokenRequest request = TestRequests.refresh(gateway.tokenUrl() + "?tenant=000000", null,
                gateway.validRefreshToken(), "all", ParameterPlacement.QUERY);

        success(client.send(request));

        assertThat(gateway.lastRequest().queryParameters())
                .containsKeys("tenant", "grant_type", "refresh_token", "scope")
                .containsEntry("tenant", "000000");
    }

    @Test
    void clientCredentialsTenantAndExtraHeadersAreSent() throws Exception {
        gateway(FakeGateway.builder().requireClient("saber", "saber_secret").requireTenant("000000"));
        TokenRequest request = TestRequests.withHeaders(TestRequests.withTenant(TestRequests.withClient(
                        refresh(ParameterPlacement.JSON), "saber", "saber_secret"), "000000"),
                List.of(HeaderLine.parse("Blade-Auth: bearer abc"), HeaderLine.parse("X-Trace: 42")));

        success(client.send(request));

        RecordedRequest sent = gateway.lastRequest();
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString("saber:saber_secret".getBytes(StandardCharsets.UTF_8));
        assertThat(sent.header("Authorization")).isEqualTo(basic);
        assertThat(sent.header("Tenant-Id")).isEqualTo("000000");
        assertThat(sent.header("Blade-Auth")).isEqualTo("bearer abc");
        assertThat(sent.header("X-Trace")).isEqualTo("42");
    }

    @Test
    void passwordGrantGoesOutWithItsOwnParameters() throws Exception {
        gateway();
        TokenRequest request = new TokenRequest(gateway.baseUrl(), null,
                TokenRequest.passwordParameters(TestTokens.USER_NAME, "bullfrog_password", "all"),
                ParameterPlacement.JSON, null, null, null, null, null);

        TokenOutcome.Success ok = success(client.send(request));

        JsonNode body = MAPPER.readTree(gateway.lastRequest().body());
        assertThat(body.fieldNames()).toIterable().containsExactly("grant_type", "username", "password", "scope");
        assertThat(ok.response().accessToken()).isNotBlank();
    }

    @Test
    void headerTheClientMayNotSendIsNamed() throws Exception {
        gateway();
        TokenRequest request = TestRequests.withHeaders(refresh(ParameterPlacement.JSON),
                List.of(new HeaderLine("X-Fine", "1"), new HeaderLine("Connection", "close")));

        GatewayFailure failure = failureOf(request);

        assertThat(failure).isEqualTo(new GatewayFailure.InvalidHeader("Connection"));
        assertThat(words(failure).headline()).startsWith("Header \"Connection\" cannot be sent");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void headerNameWithASpaceIsNamed() throws Exception {
        gateway();
        TokenRequest request = TestRequests.withHeaders(refresh(ParameterPlacement.JSON),
                List.of(HeaderLine.parse("Blade Auth: x")));

        assertThat(failureOf(request)).isEqualTo(new GatewayFailure.InvalidHeader("Blade Auth"));
    }
}
