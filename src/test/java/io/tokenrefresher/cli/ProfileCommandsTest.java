package io.tokenrefresher.cli;

import static io.tokenrefresher.core.profile.TestProfiles.withGateway;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.Md5;
import io.tokenrefresher.core.profile.Client;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --profile}, {@code --save-refresh-token} and {@code profiles list} over a real profiles folder. */
class ProfileCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path home;

    private FakeGateway gateway;
    private FakeCredentialStore keyring;
    private ProfileService service;
    private GatewayProfile test;

    @BeforeEach
    void setUp() {
        gateway = FakeGateway.builder().requireClient("saber", "saber_secret").requireTenant("000000")
                .md5Passwords().start();
        keyring = new FakeCredentialStore();
        service = new ProfileService(new ProfileStore(home), keyring);
        service.load();
        test = service.update(service.create("Test env")
                .withEndpoint(Endpoint.defaults().withGateway(gateway.baseUrl()))
                .withClient(new Client("saber", "000000", true)).withRememberRefreshToken(true));
        service.setClientSecret(test.id(), "saber_secret");
        service.afterRefresh(test.id(), gateway.validRefreshToken());
        service.update(withGateway(service.create("Prod"), "https://gw.prod.example.com"));
    }

    @AfterEach
    void tearDown() {
        gateway.close();
    }

    private CliRunner runner() {
        // a second service over the same folder and keyring: what a new process would see
        return new CliRunner().profiles(new ProfileService(new ProfileStore(home), keyring));
    }

    @Test
    void refreshWithAProfileUsesItsGatewayClientSecretTenantAndRememberedToken() throws IOException {
        String remembered = service.rememberedRefreshToken(test.id()).valueOr(null);

        CliRunner.Result r = runner().run("refresh", "--profile", "Test env", "-o", "access-token");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("eyJ");
        assertThat(gateway.lastRequest().header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("saber:saber_secret".getBytes()));
        assertThat(gateway.lastRequest().header("Tenant-Id")).isEqualTo("000000");
        assertThat(MAPPER.readTree(gateway.lastRequest().body()).path("refresh_token").asText()).isEqualTo(remembered);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void profileNamesMatchIgnoringCaseAndOptionsOverrideTheProfile() {
        CliRunner.Result r = runner().run("refresh", "--profile", "test ENV", "--tenant-id", "other", "-o", "header");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(gateway.lastRequest().header("Tenant-Id")).isEqualTo("other");
        assertThat(r.err()).contains(FakeGateway.TENANT_NOT_FOUND);
    }

    @Test
    void anUnknownProfileExits2ListingTheKnownNames() {
        CliRunner.Result r = runner().run("refresh", "--profile", "Staging");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("No profile named \"Staging\". Saved profiles: \"Example\", \"Test env\", \"Prod\"");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void profileAndGatewayTogetherExit2() {
        CliRunner.Result r = runner().run("refresh", "--profile", "Test env", "-g", gateway.baseUrl());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("either --profile or --gateway");
    }

    @Test
    void saveRefreshTokenKeepsTheNewOneWhereTheProfileRemembersIt() {
        CliRunner.Result r = runner().run("refresh", "--profile", "Test env", "-o", "env", "--save-refresh-token");

        assertThat(r.exitCode()).as(r.err()).isZero();
        String printed = r.out().lines().filter(l -> l.startsWith("REFRESH_TOKEN=")).findFirst().orElseThrow()
                .substring("REFRESH_TOKEN=".length());
        ProfileService reread = new ProfileService(new ProfileStore(home), keyring);
        reread.load();
        assertThat(reread.rememberedRefreshToken(test.id())).isEqualTo(new SecretRead.Found(printed));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void saveRefreshTokenTurnsRememberingOnWhenItWasOffAndSaysSo() {
        GatewayProfile prod = service.profiles().stream().filter(p -> p.name().equals("Prod")).findFirst().orElseThrow();
        service.update(prod.withEndpoint(prod.endpoint().withGateway(gateway.baseUrl()))
                .withClient(prod.client().withClientId("saber").withTenantId("000000")));
        service.setClientSecret(prod.id(), "saber_secret");

        CliRunner.Result r = runner().run("refresh", "--profile", "Prod", "-t", gateway.validRefreshToken(),
                "-o", "refresh-token", "--save-refresh-token");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Note: profile \"Prod\" now remembers its refresh token");
        ProfileService reread = new ProfileService(new ProfileStore(home), keyring);
        reread.load();
        assertThat(reread.rememberedRefreshToken(prod.id())).isEqualTo(new SecretRead.Found(r.out().strip()));
    }

    @Test
    void saveRefreshTokenWithoutProfileExits2BeforeSending() {
        CliRunner.Result r = runner().run("refresh", "-g", gateway.baseUrl(), "-t", "x.y.z", "--save-refresh-token");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--save-refresh-token needs --profile NAME");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void loginWithAProfileFollowsItsMd5Toggle() throws IOException {
        CliRunner.Result r = runner().stdin("bullfrog_password\n")
                .run("login", "--profile", "Test env", "-u", TestTokens.USER_NAME, "-p", "-", "-o", "access-token");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(MAPPER.readTree(gateway.lastRequest().body()).path("password").asText())
                .isEqualTo(Md5.hex("bullfrog_password"));
    }

    @Test
    void anIncompleteManualProxyIsReportedBeforeSending() {
        GatewayProfile prod = service.profiles().stream().filter(p -> p.name().equals("Prod")).findFirst().orElseThrow();
        ProxySetting incomplete = new ProxySetting(ProxySetting.Mode.MANUAL, "", null);
        service.update(prod.withConnection(prod.connection().withProxy(incomplete)));

        CliRunner.Result r = runner().run("refresh", "--profile", "Prod", "-t", "x.y.z");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("Error: ");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void profilesListShowsEachProfileWithoutSecrets() {
        CliRunner.Result r = runner().run("profiles", "list");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().toList().get(0)).startsWith("NAME").contains("GATEWAY").contains("CLIENT ID");
        assertThat(r.out()).contains("Test env  " ).contains(gateway.baseUrl()).contains("https://gw.prod.example.com")
                .contains("Profiles file: " + home.resolve("profiles.json"));
        assertThat(r.out()).doesNotContain("saber_secret").doesNotContain("eyJ");
    }

    @Test
    void profilesListAsJson() throws IOException {
        CliRunner.Result r = runner().run("profiles", "list", "-o", "json");

        assertThat(r.exitCode()).isZero();
        JsonNode list = MAPPER.readTree(r.out());
        assertThat(list).hasSize(3);
        JsonNode first = list.get(1);
        assertThat(first.path("name").asText()).isEqualTo("Test env");
        assertThat(first.path("clientId").asText()).isEqualTo("saber");
        assertThat(first.path("rememberRefreshToken").asBoolean()).isTrue();
        assertThat(first.path("md5Password").asBoolean()).isTrue();
        assertThat(r.out()).doesNotContain("saber_secret");
    }

    @Test
    void aDamagedProfilesFileIsReportedOnStderrOnceWithWhereItWentAndHowToRestoreIt() throws IOException {
        Files.writeString(home.resolve("profiles.json"), "{\"profiles\": [ {\"name\": \"Test env\",");

        CliRunner.Result list = runner().run("profiles", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.err()).startsWith("Warning: The profiles file was damaged (not JSON")
                .contains("and was moved to " + home.resolve("profiles.json.corrupt-"))
                .contains("Hint: To restore it: repair the JSON in ")
                .contains(" and move it back to " + home.resolve("profiles.json"));
        assertThat(list.err().lines().filter(l -> l.startsWith("Warning:")).count()).isEqualTo(1);
    }

    @Test
    void aDamagedProfilesFileExplainsWhyAProfileIsMissing() throws IOException {
        Files.writeString(home.resolve("profiles.json"), "not json at all");
        Files.deleteIfExists(home.resolve("profiles.json.bak"));

        CliRunner.Result r = runner().run("refresh", "--profile", "Test env");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Warning: The profiles file was damaged (not JSON")
                .contains("There was no good backup, so only the example profile is listed.")
                .contains("No profile named \"Test env\"");
        assertThat(r.err().lines().filter(l -> l.startsWith("Warning:")).count()).isEqualTo(1);
    }
}
