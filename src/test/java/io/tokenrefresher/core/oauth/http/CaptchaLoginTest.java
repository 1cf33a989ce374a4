package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.captcha.Captcha;
import io.tokenrefresher.core.captcha.CaptchaMode;
import io.tokenrefresher.core.captcha.CaptchaOutcome;
import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestTokens;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Captcha fetch in both shapes, the captcha grant, a used code refused, and the password grant refused. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CaptchaLoginTest {
    private static final String PASSWORD = "bullfrog_password";
    private final HttpClient http = TokenEndpointClient.defaultHttpClient();
    private final CaptchaClient captchas = new CaptchaClient(new ObjectMapper(), "test");
    private final TokenEndpointClient tokens = new TokenEndpointClient(() -> http, new ObjectMapper(),
            Clock.systemUTC(), "test");

    private static GatewayProfile profile(GatewayPreset preset, FakeGateway gateway) {
        GatewayProfile p = GatewayProfile.newProfile("t").withPreset(preset);
        return p.withEndpoint(p.endpoint().withGateway(gateway.baseUrl()));
    }

    private Captcha fetch(GatewayProfile p) throws Exception {
        CaptchaOutcome outcome = captchas.fetch(http, p.endpoint().gateway(), p.kind().captchaPath(),
                p.client().tenantId(), Duration.ofSeconds(5));
        assertThat(outcome).isInstanceOf(CaptchaOutcome.Fetched.class);
        return ((CaptchaOutcome.Fetched) outcome).captcha();
    }

    private TokenOutcome logIn(GatewayProfile p, PasswordLogin login) throws Exception {
        return tokens.send(p.toRequest(login.parameters(), "saber_secret", login.requestHeaders()));
    }

    @Test
    void bladexCaptchaIsAPngAndItsCodeLogsInOnce() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().tokenPath("/blade-auth/oauth/token").captcha()
                .md5Passwords().start()) {
            GatewayProfile p = profile(GatewayPreset.BLADEX, gateway);
            Captcha captcha = fetch(p);
            assertThat(captcha.mediaType()).isEqualTo("image/png");
            assertThat(ImageIO.read(new ByteArrayInputStream(captcha.image())).getWidth()).isPositive();
            PasswordLogin login = new PasswordLogin(TestTokens.USER_NAME, PASSWORD, "all", true)
                    .withCaptcha(new PasswordLogin.CaptchaAnswer(captcha.key(), gateway.captchaCode(captcha.key())));

            TokenOutcome first = logIn(p, login);
            TokenOutcome again = logIn(p, login);

            assertThat(first).isInstanceOf(TokenOutcome.Success.class);
            assertThat(gateway.requests().get(1).formParameters()).containsEntry("grant_type", "captcha");
            assertThat(gateway.requests().get(1).header("Captcha-Key")).isEqualTo(captcha.key());
            GatewayFailure reused = ((TokenOutcome.Failure) again).failure();
            assertThat(((GatewayFailure.ServerRefused) reused).hint()).isEqualTo(FailureHint.CAPTCHA_WRONG);
        }
    }

    @Test
    void springBladeCaptchaComesWrappedAndItsGrantIsCamelCase() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().springBlade().captcha().md5Passwords().start()) {
            GatewayProfile p = profile(GatewayPreset.SPRINGBLADE, gateway);
            Captcha captcha = fetch(p);

            TokenOutcome outcome = logIn(p, new PasswordLogin(TestTokens.USER_NAME, PASSWORD, "", true)
                    .withCaptcha(new PasswordLogin.CaptchaAnswer(captcha.key(), gateway.captchaCode(captcha.key()))));

            assertThat(gateway.requests().get(0).path()).isEqualTo("/blade-auth/captcha");
            assertThat(outcome).isInstanceOf(TokenOutcome.Success.class);
            assertThat(gateway.lastRequest().formParameters()).containsEntry("grantType", "captcha");
        }
    }

    @Test
    void aPasswordLoginOnACaptchaGatewayIsRecognisedAsWantingACaptcha() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().tokenPath("/blade-auth/oauth/token").captcha().start()) {
            GatewayProfile p = profile(GatewayPreset.BLADEX, gateway);

            TokenOutcome outcome = logIn(p, new PasswordLogin(TestTokens.USER_NAME, PASSWORD, "all", false));

            assertThat(CaptchaMode.wantsCaptcha(((TokenOutcome.Failure) outcome)
                    .failure())).isTrue();
        }
    }

    @Test
    void aPathWithoutACaptchaSaysSoWithWhatCame() throws Exception {
        try (FakeGateway gateway = FakeGateway.start()) {
            CaptchaOutcome outcome = captchas.fetch(http, gateway.baseUrl(), "/blade-auth/oauth/captcha", "",
                    Duration.ofSeconds(5));

            assertThat(outcome).isInstanceOf(CaptchaOutcome.NoCaptcha.class);
            assertThat(((CaptchaOutcome.NoCaptcha) outcome).status()).isEqualTo(404);
        }
    }
}
