package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code captcha} then {@code login --captcha-key --captcha-code}, and a password login refused for wanting a captcha. */
class CaptchaCommandTest {
    private static final String PASSWORD = "bullfrog_password";

    @TempDir
    Path dir;

    private FakeGateway bladexWithCaptcha() {
        return FakeGateway.builder().tokenPath("/blade-auth/oauth/token").requireClient("saber", "saber_secret")
                .captcha().md5Passwords().start();
    }

    @Test
    void captchaSavesTheImageAndItsKeyLogsInOnce() throws IOException {
        try (FakeGateway gateway = bladexWithCaptcha()) {
            Path png = dir.resolve("code.png");
            CliRunner.Result captcha = new CliRunner().run("captcha", "-g", gateway.baseUrl(), "--preset", "bladex",
                    "--save", png.toString());

            assertThat(captcha.exitCode()).as(captcha.err()).isZero();
            String[] lines = captcha.out().split("\\R");
            assertThat(lines[0]).isEqualTo(gateway.lastCaptchaKey());
            assertThat(Path.of(lines[1])).isEqualTo(png.toAbsolutePath());
            assertThat(ImageIO.read(png.toFile()).getHeight()).isPositive();
            String code = gateway.captchaCode(lines[0]);

            CliRunner.Result login = new CliRunner().stdin(PASSWORD + "\n").run("login", "-g", gateway.baseUrl(),
                    "--preset", "bladex", "-u", TestTokens.USER_NAME, "-p", "-", "--captcha-key", lines[0],
                    "--captcha-code", code, "-o", "access-token");
            CliRunner.Result reused = new CliRunner().stdin(PASSWORD + "\n").run("login", "-g", gateway.baseUrl(),
                    "--preset", "bladex", "-u", TestTokens.USER_NAME, "-p", "-", "--captcha-key", lines[0],
                    "--captcha-code", code);

            assertThat(login.exitCode()).as(login.err()).isZero();
            assertThat(login.out()).startsWith("eyJ");
            assertThat(gateway.lastRequest().header("Captcha-Code")).isEqualTo(code);
            assertThat(reused.exitCode()).isEqualTo(ExitCodes.SERVER_REFUSED);
            assertThat(reused.err()).contains("验证码不正确").contains("code of a new image");
        }
    }

    @Test
    void aPasswordLoginOnACaptchaGatewayExits3AndSaysItWantsACaptcha() {
        try (FakeGateway gateway = bladexWithCaptcha()) {
            CliRunner.Result r = new CliRunner().stdin(PASSWORD + "\n").run("login", "-g", gateway.baseUrl(),
                    "--preset", "bladex", "-u", TestTokens.USER_NAME, "-p", "-");

            assertThat(r.exitCode()).isEqualTo(ExitCodes.SERVER_REFUSED);
            assertThat(r.err()).contains("wants a captcha login").contains("--captcha-key");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void halfACaptchaAndAPathWithoutOneAreClearErrors() throws IOException {
        try (FakeGateway gateway = FakeGateway.start()) {
            CliRunner.Result half = new CliRunner().stdin(PASSWORD + "\n").run("login", "-g", gateway.baseUrl(),
                    "-u", TestTokens.USER_NAME, "-p", "-", "--captcha-key", "k");
            CliRunner.Result none = new CliRunner().run("captcha", "-g", gateway.baseUrl(),
                    "--save", dir.resolve("x.png").toString());

            assertThat(half.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(half.err()).contains("--captcha-key and --captcha-code");
            assertThat(none.exitCode()).isEqualTo(ExitCodes.UNREADABLE_ANSWER);
            assertThat(none.err()).contains("HTTP 404").contains("--captcha-path");
            assertThat(Files.exists(dir.resolve("x.png"))).isFalse();
        }
    }
}
