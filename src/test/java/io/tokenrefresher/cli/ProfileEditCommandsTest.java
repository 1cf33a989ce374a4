package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profiles add|set|show|remove} over a real profiles folder, used right after by login. */
class ProfileEditCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SECRET = "rig_secret_42";

    @TempDir
    Path home;

    private final FakeCredentialStore keyring = new FakeCredentialStore();

    private CliRunner runner() {
        return new CliRunner().profiles(new ProfileService(new ProfileStore(home), keyring));
    }

    private GatewayProfile saved(String name) {
        ProfileService service = new ProfileService(new ProfileStore(home), keyring);
        service.load();
        return service.findByName(name).orElseThrow();
    }

    @Test
    void addWithAPresetAndASecretFromStdinThenLogInWithIt() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().springBlade().requireClient("saber", SECRET)
                .md5Passwords().start()) {
            CliRunner.Result add = runner().stdin(SECRET + "\n").run("profiles", "add", "rig", "-g",
                    gateway.baseUrl(), "--preset", "springblade", "--client-secret", "-", "-H", "User-Type: web");

            assertThat(add.exitCode()).as(add.err()).isZero();
            assertThat(add.out() + add.err()).doesNotContain(SECRET);
            GatewayProfile rig = saved("rig");
            assertThat(rig.kind().preset()).isEqualTo(GatewayPreset.SPRINGBLADE);
            assertThat(rig.endpoint().tokenPath()).isEqualTo("/blade-auth/token");
            assertThat(Files.readString(home.resolve("profiles.json"))).doesNotContain(SECRET);

            CliRunner.Result login = runner().stdin("bullfrog_password\n").run("login", "--profile", "rig",
                    "-u", TestTokens.USER_NAME, "-p", "-", "-o", "header");

            assertThat(login.exitCode()).as(login.err()).isZero();
            assertThat(login.out()).startsWith("Blade-Auth: bearer eyJ");
            assertThat(gateway.lastRequest().header("User-Type")).isEqualTo("web");
        }
    }

    @Test
    void setChangesOnlyWhatIsGivenAndShowPrintsNoSecret() throws Exception {
        Path secretFile = Files.writeString(home.resolve("secret.txt"), SECRET + "\n");
        runner().run("profiles", "add", "uat", "-g", "http://10.1.2.3:8080", "--preset", "bladex",
                "--client-secret-file", secretFile.toString());

        CliRunner.Result set = runner().run("profiles", "set", "uat", "--header-format", "bearer",
                "--captcha-path", "/auth/captcha", "--test-url", "/blade-system/user/info", "--tenant-id", "123456");
        CliRunner.Result show = runner().run("profiles", "show", "uat");

        assertThat(set.exitCode()).as(set.err()).isZero();
        GatewayProfile uat = saved("uat");
        assertThat(uat.kind().headerFormat()).isEqualTo(HeaderFormat.BEARER);
        assertThat(uat.kind().preset()).isEqualTo(GatewayPreset.BLADEX);
        assertThat(uat.endpoint().tokenPath()).isEqualTo("/blade-auth/oauth/token");
        assertThat(uat.client().tenantId()).isEqualTo("123456");
        assertThat(show.exitCode()).isZero();
        JsonNode json = MAPPER.readTree(show.out());
        assertThat(json.path("captchaPath").asText()).isEqualTo("/auth/captcha");
        assertThat(json.path("passwordEncoding").asText()).isEqualTo("md5");
        assertThat(show.out()).doesNotContain(SECRET);
    }

    @Test
    void mistakesAreUsageErrorsAndRemoveForgetsTheProfile() {
        runner().run("profiles", "add", "uat", "-g", "http://10.1.2.3:8080");

        CliRunner.Result again = runner().run("profiles", "add", "UAT", "-g", "http://10.1.2.4");
        CliRunner.Result badKey = runner().run("profiles", "set", "uat", "--password-encoding", "sm2");
        CliRunner.Result badEncoding = runner().run("profiles", "set", "uat", "--password-encoding", "sha1");
        CliRunner.Result remove = runner().run("profiles", "remove", "uat");
        CliRunner.Result gone = runner().run("profiles", "show", "uat");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("exists already").contains("profiles set");
        assertThat(badKey.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badKey.err()).contains("--sm2-public-key");
        assertThat(badEncoding.err()).contains("plain, md5, sm2");
        assertThat(remove.exitCode()).isZero();
        assertThat(gone.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
