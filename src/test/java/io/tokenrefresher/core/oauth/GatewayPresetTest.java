package io.tokenrefresher.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.RecordedRequest;
import io.tokenrefresher.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each preset's request as it arrives at a real server, and its answer read back: the defaults a
 * preset fills in, SpringBlade's camelCase parameters and wrapped camelCase answer (shown like a
 * standard one), and its refusals sent with HTTP 200.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GatewayPresetTest {
    private static final String PASSWORD = "bullfrog_password";
    private final TokenEndpointClient client = new TokenEndpointClient(TokenEndpointClient::defaultHttpClient,
            new ObjectMapper(), Clock.systemUTC(), "test");

    private static GatewayProfile profile(GatewayPreset preset, FakeGateway gateway) {
        GatewayProfile p = GatewayProfile.newProfile("t").withPreset(preset);
        return p.withEndpoint(p.endpoint().withGateway(gateway.baseUrl()));
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void presetsFillTheirDefaultsAndLeaveTheRest() {
        GatewayProfile base = GatewayProfile.newProfile("uat");
        base = base.withEndpoint(base.endpoint().withGateway("http://10.1.2.3:8080").withTimeoutSeconds(40));

        GatewayProfile bladex = base.withPreset(GatewayPreset.BLADEX);
        GatewayProfile spring = base.withPreset(GatewayPreset.SPRINGBLADE);
        GatewayProfile oauth2 = base.withPreset(GatewayPreset.OAUTH2);

        assertThat(bladex.endpoint().tokenPath()).isEqualTo("/blade-auth/oauth/token");
        assertThat(bladex.endpoint().placement()).isEqualTo(ParameterPlacement.FORM);
        assertThat(bladex.client().clientId()).isEqualTo("saber");
        assertThat(bladex.client().tenantId()).isEqualTo("000000");
        assertThat(bladex.kind().headerFormat()).isEqualTo(HeaderFormat.BLADE_AUTH);
        assertThat(bladex.kind().captchaPath()).isEqualTo("/blade-auth/oauth/captcha");
        assertThat(spring.endpoint().tokenPath()).isEqualTo("/blade-auth/token");
        assertThat(spring.kind().captchaPath()).isEqualTo("/blade-auth/captcha");
        assertThat(oauth2.endpoint().tokenPath()).isEqualTo("/token");
        assertThat(oauth2.kind().headerFormat()).isEqualTo(HeaderFormat.BEARER);
        assertThat(GatewayProfile.newProfile("x").kind().preset()).isEqualTo(GatewayPreset.CAMS);
        for (GatewayProfile p : new GatewayProfile[] {bladex, spring, oauth2}) {
            assertThat(p.endpoint().gateway()).isEqualTo("http://10.1.2.3:8080");
            assertThat(p.endpoint().timeoutSeconds()).isEqualTo(40);
            assertThat(p.name()).isEqualTo("uat");
        }
    }

    @Test
    void presetNamesParseAndUnknownOnesAreNamed() {
        assertThat(GatewayPreset.parse(" SpringBlade ")).isEqualTo(GatewayPreset.SPRINGBLADE);
        assertThat(GatewayPreset.parse("bladex")).isEqualTo(GatewayPreset.BLADEX);
        assertThatThrownBy(() -> GatewayPreset.parse("blade"))
                .hasMessageContaining("cams, bladex, springblade, oauth2");
    }

    @Test
    void bladexSendsAFormWithBasicClientAndTenant() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().tokenPath("/blade-auth/oauth/token").ignoreJsonBodies()
                .requireClient("saber", "saber_secret").requireTenant("000000").md5Passwords().start()) {
            GatewayProfile p = profile(GatewayPreset.BLADEX, gateway);

            TokenOutcome outcome = client.send(p.toRequest(
                    new PasswordLogin(TestTokens.USER_NAME, PASSWORD, p.endpoint().scope(), true).parameters(),
                    GatewayPreset.BLADEX.clientSecret()));

            assertThat(outcome).isInstanceOf(TokenOutcome.Success.class);
            RecordedRequest r = gateway.lastRequest();
            assertThat(r.path()).isEqualTo("/blade-auth/oauth/token");
            assertThat(r.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(r.header("Authorization")).isEqualTo(basic("saber", "saber_secret"));
            assertThat(r.header("Tenant-Id")).isEqualTo("000000");
            assertThat(r.formParameters()).containsEntry("grant_type", "password").containsEntry("scope", "all");
        }
    }

    @Test
    void springBladeSendsCamelCaseAndItsWrappedAnswerReadsLikeAStandardOne() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().springBlade().requireClient("saber", "saber_secret")
                .md5Passwords().start()) {
            GatewayProfile p = profile(GatewayPreset.SPRINGBLADE, gateway);

            TokenOutcome.Success login = (TokenOutcome.Success) client.send(p.toRequest(
                    new PasswordLogin(TestTokens.USER_NAME, PASSWORD, p.endpoint().scope(), true).parameters(),
                    "saber_secret"));

            RecordedRequest r = gateway.lastRequest();
            assertThat(r.path()).isEqualTo("/blade-auth/token");
            assertThat(r.header("Authorization")).isEqualTo(basic("saber", "saber_secret"));
            assertThat(r.formParameters()).containsOnlyKeys("grantType", "account", "password", "tenantId")
                    .containsEntry("grantType", "password").containsEntry("account", TestTokens.USER_NAME)
                    .containsEntry("tenantId", "000000");
            TokenResponse answer = login.response();
            assertThat(answer.accessToken()).isNotBlank();
            assertThat(answer.refreshToken()).isNotBlank();
            assertThat(answer.tokenType()).isEqualTo("bearer");
            assertThat(answer.expiresIn()).isBetween(3590L, 3600L);
            assertThat(answer.otherFields()).extracting(TokenResponse.Field::name)
                    .contains("userName", "clientId", "roleName").doesNotContain("code", "msg", "data", "accessToken");

            TokenOutcome refreshed = client.send(p.toRequest(
                    TokenRequest.refreshParameters(answer.refreshToken(), p.endpoint().scope()), "saber_secret"));

            assertThat(refreshed).isInstanceOf(TokenOutcome.Success.class);
            assertThat(gateway.lastRequest().formParameters()).containsEntry("grantType", "refresh_token")
                    .containsEntry("refreshToken", answer.refreshToken()).doesNotContainKey("grant_type");
        }
    }

    @Test
    void springBladeRefusalsWithHttp200AreFailuresWithHints() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().springBlade().start()) {
            GatewayProfile p = profile(GatewayPreset.SPRINGBLADE, gateway);

            TokenOutcome outcome = client.send(p.toRequest(
                    new PasswordLogin(TestTokens.USER_NAME, "wrong", "", true).parameters(), ""));

            GatewayFailure.ServerRefused refused = (GatewayFailure.ServerRefused)
                    ((TokenOutcome.Failure) outcome).failure();
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.error().description()).isEqualTo("用户名或密码错误");
            assertThat(refused.hint()).isEqualTo(FailureHint.BAD_CREDENTIALS);
        }
    }

    @Test
    void lockoutAnswersGetTheirOwnHint() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().tokenPath("/blade-auth/oauth/token").lockoutAfter(5)
                .start()) {
            GatewayProfile p = profile(GatewayPreset.BLADEX, gateway);
            Map<String, String> wrong = new PasswordLogin(TestTokens.USER_NAME, "wrong", "all", false).parameters();
            GatewayFailure.ServerRefused last = null;
            for (int i = 0; i < 6; i++) {
                last = (GatewayFailure.ServerRefused) ((TokenOutcome.Failure) client.send(p.toRequest(wrong, "")))
                        .failure();
            }

            assertThat(last.error().description()).contains("登录错误次数过多");
            assertThat(last.hint()).isEqualTo(FailureHint.ACCOUNT_LOCKED);
        }
    }
}
