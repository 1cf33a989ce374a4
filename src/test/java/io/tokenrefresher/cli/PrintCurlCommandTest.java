package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.FakeGateway;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code refresh --print-curl [--with-secrets]}: the command printed, nothing sent, secrets only when asked. */
class PrintCurlCommandTest {
    private FakeGateway gateway;
    private String refreshToken;

    @BeforeEach
    void start() {
        gateway = FakeGateway.start();
        refreshToken = gateway.validRefreshToken();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void printsTheFormRequestWithVariablesAndSendsNothing() {
        CliRunner.Result r = new CliRunner().run("refresh", "-g", gateway.baseUrl(), "-t", refreshToken,
                "--placement", "form", "--client-id", "saber", "--client-secret", "saber_secret",
                "--tenant-id", "000000", "--print-curl");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("curl --http1.1 -sS '" + gateway.tokenUrl() + "'")
                .contains("-H 'Tenant-Id: 000000'")
                .contains("-u 'saber:'\"$CLIENT_SECRET\"")
                .contains("--data-raw 'grant_type=refresh_token&refresh_token='\"$REFRESH_TOKEN\"'&scope=all'")
                .doesNotContain(refreshToken).doesNotContain("saber_secret");
        assertThat(r.err()).contains("set REFRESH_TOKEN, CLIENT_SECRET in the shell");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void withSecretsWritesThemAndAutoSaysItIsTheJsonRequest() {
        CliRunner.Result r = new CliRunner().run("refresh", "-g", gateway.baseUrl(), "-t", refreshToken,
                "--print-curl", "--with-secrets");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + refreshToken + "\"");
        assertThat(r.err()).contains("this is the JSON request Auto sends first");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void withSecretsAloneIsAUsageErrorInBothLanguages() {
        CliRunner.Result en = new CliRunner().run("refresh", "-g", gateway.baseUrl(), "-t", refreshToken,
                "--with-secrets");
        CliRunner.Result zh = new CliRunner().locale(Locale.SIMPLIFIED_CHINESE).run("refresh", "-g",
                gateway.baseUrl(), "-t", refreshToken, "--with-secrets");

        assertThat(en.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(en.err()).contains("--with-secrets goes with --print-curl");
        assertThat(zh.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zh.err()).contains("需与 --print-curl 一起使用");
        assertThat(gateway.requests()).isEmpty();
    }
}
