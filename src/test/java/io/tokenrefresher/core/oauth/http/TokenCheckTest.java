package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.testing.FakeGateway;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Test token" against a business URL that reads Blade-Auth, with each header format. */
class TokenCheckTest {
    private final HttpClient http = TokenEndpointClient.defaultHttpClient();
    private final TokenCheck check = new TokenCheck("test");

    @Test
    void bladeAuthIsAcceptedAndTheBearerFormatIsNot() throws Exception {
        try (FakeGateway gateway = FakeGateway.start()) {
            String token = gateway.tokens().pair().accessToken();

            TokenCheck.Answer blade = check.check(http, gateway.baseUrl(), FakeGateway.USER_INFO_PATH,
                    HeaderFormat.BLADE_AUTH.apiHeaders(token, "saber", "saber_secret", "000000"), Duration.ofSeconds(5));
            TokenCheck.Answer bearer = check.check(http, gateway.baseUrl(),
                    gateway.baseUrl() + FakeGateway.USER_INFO_PATH + "?x=1",
                    HeaderFormat.BEARER.apiHeaders(token, null, null, null), Duration.ofSeconds(5));

            assertThat(blade.status()).isEqualTo(200);
            assertThat(blade.firstLines()).contains("bullfrog_cpms");
            assertThat(gateway.requests().get(0).header("Tenant-Id")).isEqualTo("000000");
            assertThat(bearer.status()).isEqualTo(401);
            assertThat(bearer.firstLines()).contains("鉴权失败");
            assertThat(gateway.lastRequest().rawQuery()).isEqualTo("x=1");
        }
    }

    @Test
    void anAddressThatIsNoneSaysWhy() throws Exception {
        TokenCheck.Answer answer = check.check(http, "", "/blade-system/user/info", List.of(),
                Duration.ofSeconds(1));

        assertThat(answer.failure()).isInstanceOf(GatewayFailure.InvalidUrl.class);
    }
}
