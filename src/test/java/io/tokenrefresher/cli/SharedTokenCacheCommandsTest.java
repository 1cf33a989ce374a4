package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.core.session.cache.CachedTokens;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import io.tokenrefresher.testing.FakeGateway;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refresh --profile} and {@code login --profile} go through the token cache and the profile's
 * lock the window uses, against a server that revokes the grant when a refresh token is used twice.
 */
class SharedTokenCacheCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path home;

    private RememberingProfileFixture fixture;
    private FakeGateway gateway;
    private FakeCredentialStore keyring;
    private GatewayProfile profile;
    private String remembered;

    @BeforeEach
    void setUp() {
        fixture = new RememberingProfileFixture(home);
        gateway = fixture.gateway;
        keyring = fixture.keyring;
        profile = fixture.profile;
        remembered = fixture.remembered;
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private CliRunner process() {
        return fixture.process();
    }


    private SharedRefresh cacheOfTheWindow() {
        return SharedRefresh.inDataFolder(home, keyring, MAPPER, Clock.systemUTC());
    }

    @Test
    void aSecondRefreshRunTakesTheNewestTokenFromTheCacheNotTheUsedRememberedOne() {
        CliRunner.Result first = process().run("refresh", "--profile", "UAT", "-o", "refresh-token");
        CliRunner.Result second = process().run("refresh", "--profile", "UAT", "-o", "refresh-token");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(gateway.requests()).extracting(r -> r.formParameters().get("refresh_token"))
                .containsExactly(remembered, first.out().strip());
        assertThat(gateway.grant(remembered)).isEqualTo(new FakeGateway.GrantState(2, false));
        assertThat(cacheOfTheWindow().cache().read(profile.id()).map(CachedTokens::refreshToken))
                .contains(second.out().strip());
    }

    @Test
    void aTokenTheWindowHasJustUsedIsNotSentAgainTheWindowsNewPairIsPrinted() throws Exception {
        SharedRefresh window = cacheOfTheWindow();
        HttpClients http = new HttpClients();
        TokenEndpointClient client = new TokenEndpointClient(http::defaultClient, MAPPER, Clock.systemUTC(), "test");
        TokenOutcome windowsRefresh = window.senderFor(profile.id(), TokenSender.over(() -> client, () -> http))
                .send(profile.toRequest(TokenRequest.refreshParameters(remembered, "all"), ""),
                        profile.connection().tlsTrust(), profile.connection().proxy());

        CliRunner.Result r = process().run("refresh", "--profile", "UAT", "-t", remembered, "-o", "access-token");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo(((TokenOutcome.Success) windowsRefresh).response().accessToken());
        assertThat(r.err()).contains("Note: another window or command line refreshed profile \"UAT\" a moment ago");
        assertThat(gateway.requests()).hasSize(1);
        assertThat(gateway.grant(remembered)).isEqualTo(new FakeGateway.GrantState(1, false));
    }

    @Test
    void loginWithAProfileStoresItsPairForTheWindowAndLaterRuns() {
        CliRunner login = process().stdin("bullfrog_password\n");
        CliRunner.Result r = login.run("login", "--profile", "UAT", "-u", "bullfrog_cpms", "--password", "-",
                "-o", "refresh-token");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(cacheOfTheWindow().cache().read(profile.id()).map(CachedTokens::refreshToken))
                .contains(r.out().strip());
    }

    @Test
    void theNoteSpeaksChineseToo() throws Exception {
        process().run("refresh", "--profile", "UAT", "-o", "refresh-token");

        CliRunner.Result r = process().locale(Locale.SIMPLIFIED_CHINESE)
                .run("refresh", "--profile", "UAT", "-t", remembered, "-o", "access-token");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("另一个窗口或命令行刚刚刷新了配置“UAT”");
    }
}
