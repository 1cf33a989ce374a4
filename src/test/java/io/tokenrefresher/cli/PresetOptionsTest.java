package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** {@code --preset} and the header formats of {@code --output header|headers}, against real gateways of each family. */
class PresetOptionsTest {
    private static final String PASSWORD = "bullfrog_password";
    private static final String SABER_BASIC = "Basic "
            + Base64.getEncoder().encodeToString("saber:saber_secret".getBytes(StandardCharsets.UTF_8));

    @Test
    void springBladePresetLogsInAndPrintsEveryHeaderAnApiCallNeeds() {
        try (FakeGateway gateway = FakeGateway.builder().springBlade().requireClient("saber", "saber_secret")
                .md5Passwords().start()) {
            CliRunner.Result r = new CliRunner().stdin(PASSWORD + "\n").run("login", "-g", gateway.baseUrl(),
                    "--preset", "springblade", "-u", TestTokens.USER_NAME, "-p", "-", "-o", "headers");

            assertThat(r.exitCode()).as(r.err()).isZero();
            String[] lines = r.out().split("\\R");
            assertThat(lines).hasSize(3);
            assertThat(lines[0]).matches("Blade-Auth: bearer eyJ[\\w.-]+");
            assertThat(lines[1]).isEqualTo("Authorization: " + SABER_BASIC);
            assertThat(lines[2]).isEqualTo("Tenant-Id: 000000");
            assertThat(gateway.lastRequest().formParameters()).containsEntry("grantType", "password")
                    .containsEntry("account", TestTokens.USER_NAME);
        }
    }

    @Test
    void bladexPresetPrintsTheBladeAuthHeaderAndTheSeedPresetTheBearerOne() {
        try (FakeGateway bladex = FakeGateway.builder().tokenPath("/blade-auth/oauth/token").ignoreJsonBodies()
                .requireClient("saber", "saber_secret").requireTenant("000000").start();
             FakeGateway cams = FakeGateway.start()) {
            CliRunner.Result blade = new CliRunner().run("refresh", "-g", bladex.baseUrl(), "--preset", "bladex",
                    "-t", bladex.validRefreshToken(), "-o", "header");
            CliRunner.Result seed = new CliRunner().run("refresh", "-g", cams.baseUrl(),
                    "-t", cams.validRefreshToken(), "-o", "header");

            assertThat(blade.exitCode()).as(blade.err()).isZero();
            assertThat(blade.out().strip()).matches("Blade-Auth: bearer eyJ[\\w.-]+");
            assertThat(bladex.lastRequest().header("Authorization")).isEqualTo(SABER_BASIC);
            assertThat(seed.exitCode()).as(seed.err()).isZero();
            assertThat(seed.out().strip()).matches("Authorization: Bearer eyJ[\\w.-]+");
        }
    }

    @Test
    void anUnknownPresetIsAUsageErrorThatNamesTheKnownOnes() {
        CliRunner.Result r = new CliRunner().run("refresh", "-g", "http://127.0.0.1:9", "--preset", "blade",
                "-t", "x");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("cams, bladex, springblade, oauth2");
    }
}
