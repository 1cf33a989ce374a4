package io.tokenrefresher.cli;

import static io.tokenrefresher.cli.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.AppVersion;
import org.junit.jupiter.api.Test;

/** The top level: version, help per command, unknown commands. */
class CommandLineTest {

    @Test
    void versionPrintsTheProductAndPomVersion() {
        CliRunner.Result r = cli("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Token Refresher " + AppVersion.get() + System.lineSeparator());
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRunner.Result r = cli("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: token-refresher").contains("refresh").contains("login")
                .contains("decode").contains("profiles").contains("3   the server refused");
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        for (String command : new String[] {"refresh", "login", "decode", "profiles"}) {
            CliRunner.Result r = cli(command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: token-refresher " + command);
        }
        assertThat(cli("refresh", "--help").out()).contains("--refresh-token-file").contains("--placement")
                .contains("Default: json");
        assertThat(cli("login", "--help").out()).contains("--[no-]md5").contains("--password-file");
        assertThat(cli("help", "decode").out()).startsWith("Usage: token-refresher decode");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        CliRunner.Result r = cli("refrsh");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument").contains("refresh");
    }
}
