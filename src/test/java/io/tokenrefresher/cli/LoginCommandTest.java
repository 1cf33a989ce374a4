package io.tokenrefresher.cli;

import static io.tokenrefresher.cli.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.Md5;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code token-refresher login}: the password grant, with and without MD5, and where the password comes from. */
class LoginCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String USER = TestTokens.USER_NAME;
    private static final String PASSWORD = "bullfrog_password";

    @Test
    void plainPasswordFromStdinGivesTheFirstPair() throws IOException {
        try (FakeGateway gateway = FakeGateway.start()) {
            CliRunner.Result r = new CliRunner().stdin(PASSWORD + "\n")
                    .run("login", "-g", gateway.baseUrl(), "-u", USER, "--password", "-");

            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode answer = MAPPER.readTree(r.out());
            assertThat(JWT.decode(answer.path("refresh_token").asText()).getClaim("ati").asString())
                    .isEqualTo(JWT.decode(answer.path("access_token").asText()).getId());
            JsonNode sent = MAPPER.readTree(gateway.lastRequest().body());
            assertThat(sent.path("grant_type").asText()).isEqualTo("password");
            assertThat(sent.path("username").asText()).isEqualTo(USER);
            assertThat(sent.path("password").asText()).isEqualTo(PASSWORD);
            assertThat(sent.path("scope").asText()).isEqualTo("all");
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void md5SendsTheLowerCaseHexDigestThatBladeXExpects() throws IOException {
        try (FakeGateway gateway = FakeGateway.builder().md5Passwords().start()) {
            CliRunner.Result r = new CliRunner().stdin(PASSWORD + "\r\n")
                    .run("login", "-g", gateway.baseUrl(), "-u", USER, "-p", "-", "--md5", "-o", "env");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("ACCESS_TOKEN=eyJ").contains("\nREFRESH_TOKEN=eyJ");
            String sent = MAPPER.readTree(gateway.lastRequest().body()).path("password").asText();
            assertThat(sent).isEqualTo(Md5.hex(PASSWORD)).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void withoutMd5AnMd5GatewayRefusesWithTheBadCredentialsHintAndThePasswordIsNowhere() {
        try (FakeGateway gateway = FakeGateway.builder().md5Passwords().start()) {
            CliRunner.Result r = new CliRunner().stdin(PASSWORD + "\n")
                    .run("login", "-g", gateway.baseUrl(), "-u", USER, "-p", "-", "--no-md5");

            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("invalid_grant: Bad credentials").contains("Hint: User name or password is wrong.");
            assertThat(r.outAndErr()).doesNotContain(PASSWORD).doesNotContain(Md5.hex(PASSWORD));
        }
    }

    @Test
    void passwordFromAFilesFirstLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), PASSWORD + "\nsecond line is ignored\n");
        try (FakeGateway gateway = FakeGateway.start()) {
            CliRunner.Result r = cli("login", "-g", gateway.baseUrl(), "-u", USER, "--password-file", file.toString(),
                    "-o", "access-token");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("eyJ");
            assertThat(MAPPER.readTree(gateway.lastRequest().body()).path("password").asText()).isEqualTo(PASSWORD);
        }
    }

    @Test
    void theTerminalIsAskedWhenNoPasswordIsGiven() throws IOException {
        try (FakeGateway gateway = FakeGateway.start()) {
            String[] asked = new String[1];
            CliRunner.Result r = new CliRunner().prompt(text -> {
                asked[0] = text;
                return PASSWORD.toCharArray();
            }).run("login", "-g", gateway.baseUrl(), "-u", USER, "-o", "refresh-token");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(asked[0]).isEqualTo("Password for " + USER + ": ");
            assertThat(MAPPER.readTree(gateway.lastRequest().body()).path("password").asText()).isEqualTo(PASSWORD);
        }
    }

    @Test
    void withoutPasswordAndWithoutTerminalItIsAUsageError() {
        try (FakeGateway gateway = FakeGateway.start()) {
            CliRunner.Result r = cli("login", "-g", gateway.baseUrl(), "-u", USER);

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--password -").contains("no terminal");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void withoutUsernameOrWithAnEmptyPasswordItIsAUsageError() {
        try (FakeGateway gateway = FakeGateway.start()) {
            CliRunner.Result noUser = new CliRunner().stdin(PASSWORD + "\n").run("login", "-g", gateway.baseUrl(), "-p", "-");
            CliRunner.Result emptyPassword = new CliRunner().stdin("\n")
                    .run("login", "-g", gateway.baseUrl(), "-u", USER, "-p", "-");

            assertThat(noUser.exitCode()).isEqualTo(2);
            assertThat(noUser.err()).contains("--username");
            assertThat(emptyPassword.exitCode()).isEqualTo(2);
            assertThat(emptyPassword.err()).contains("The password is empty.");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void clientAndTenantApplyToTheLoginToo() {
        try (FakeGateway gateway = FakeGateway.builder().requireClient("saber", "saber_secret")
                .requireTenant("000000").md5Passwords().start()) {
            CliRunner.Result r = new CliRunner().stdin(PASSWORD)
                    .run("login", "-g", gateway.baseUrl(), "-u", USER, "-p", "-", "--md5", "--client-id", "saber",
                            "--client-secret", "saber_secret", "--tenant-id", "000000", "--placement", "form",
                            "-o", "header");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("Authorization: Bearer eyJ");
            assertThat(gateway.lastRequest().formParameters()).containsEntry("password", Md5.hex(PASSWORD));
        }
    }
}
