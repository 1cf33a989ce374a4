package io.tokenrefresher.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.profile.TestProfiles;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.core.session.RefreshResult;
import io.tokenrefresher.core.session.cache.CachedTokens;
import io.tokenrefresher.core.session.cache.TokenCache;
import io.tokenrefresher.testing.FakeGateway;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's wiring of the token cache: every session's pair goes to the cache (never to the
 * profiles file or an export), and at exit only the profiles that remember their refresh token keep it.
 */
class AppContextTokenCacheTest {
    @TempDir
    Path home;

    private FakeGateway gateway;
    private final FakeCredentialStore osStore = new FakeCredentialStore();
    private ProfileService profiles;
    private AppContext context;

    @BeforeEach
    void start() {
        gateway = FakeGateway.builder().rotateWithReuseDetection().start();
        profiles = new ProfileService(new ProfileStore(home), osStore);
        profiles.load();
        context = new AppContext(Clock.systemUTC(), Locale.ENGLISH, () -> profiles);
    }

    @AfterEach
    void stop() {
        context.close();
        gateway.close();
    }

    private GatewayProfile profile(String name, boolean remember) {
        GatewayProfile created = profiles.create(name);
        return profiles.update(TestProfiles.withGateway(created, gateway.baseUrl()).withRememberRefreshToken(remember));
    }

    private TokenOutcome.Success refresh(GatewayProfile profile) throws InterruptedException {
        TokenRequest request = profile.toRequest(TokenRequest.refreshParameters(gateway.validRefreshToken(), "all"), "");
        RefreshResult result = context.sessions().session(profile.id())
                .send(request, profile.connection().tlsTrust(), profile.connection().proxy()).orElseThrow();
        return (TokenOutcome.Success) result.outcome();
    }

    private TokenCache cache() {
        return new TokenCache(home, osStore, context.mapper());
    }

    @Test
    void everySessionsPairIsCachedAndOnlyRememberedOnesOutliveTheWindow() throws Exception {
        GatewayProfile kept = profile("kept", true);
        GatewayProfile dropped = profile("dropped", false);
        String keptToken = refresh(kept).response().refreshToken();
        String droppedToken = refresh(dropped).response().refreshToken();

        assertThat(cache().read(kept.id()).map(CachedTokens::refreshToken)).contains(keptToken);
        assertThat(cache().read(dropped.id()).map(CachedTokens::refreshToken))
                .as("written while the window runs, for command lines").contains(droppedToken);

        context.close();

        assertThat(cache().read(kept.id()).map(CachedTokens::refreshToken)).contains(keptToken);
        assertThat(cache().read(dropped.id())).isEmpty();
        assertThat(osStore.entries()).containsOnlyKeys(kept.id() + "/token-cache");
    }

    @Test
    void aProfileDeletedInThisRunLosesItsPairAtExitEvenWhenItRememberedIt() throws Exception {
        GatewayProfile deleted = profile("deleted", true);
        GatewayProfile kept = profile("kept", true);
        refresh(deleted);
        refresh(kept);

        profiles.delete(deleted.id());
        context.sessions().remove(deleted.id());
        context.close();

        assertThat(cache().read(deleted.id())).isEmpty();
        assertThat(cache().read(kept.id())).isPresent();
    }

    @Test
    void noCachedTokenEverReachesTheProfilesFileOrAnExportEvenWithoutACredentialStore() throws Exception {
        osStore.mode(FakeCredentialStore.Mode.UNAVAILABLE);
        GatewayProfile kept = profile("kept", true);
        GatewayProfile dropped = profile("dropped", false);
        TokenOutcome.Success keptAnswer = refresh(kept);
        TokenOutcome.Success droppedAnswer = refresh(dropped);

        assertThat(profiles.save().succeeded()).isTrue();
        String profilesFile = Files.readString(home.resolve(ProfileStore.FILE_NAME), StandardCharsets.UTF_8);
        String export = profiles.export(List.of());

        List<String> cachedTokens = Stream.of(keptAnswer, droppedAnswer)
                .flatMap(s -> Stream.of(s.response().accessToken(), s.response().refreshToken())).toList();
        assertThat(cache().fileOf(kept.id())).exists();
        assertThat(cache().fileOf(dropped.id())).exists();
        for (String token : cachedTokens) {
            assertThat(profilesFile).doesNotContain(token).doesNotContain(token.substring(token.length() - 20));
            assertThat(export).doesNotContain(token).doesNotContain(token.substring(token.length() - 20));
        }
        assertThat(profilesFile).contains("\"kept\"", "\"dropped\"");
    }
}
