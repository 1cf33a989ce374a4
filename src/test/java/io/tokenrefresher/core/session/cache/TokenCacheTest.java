package io.tokenrefresher.core.session.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.testing.TestTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's two places (credential store, owner-only file) and what an entry brings back. */
class TokenCacheTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:9/cams-auth/oauth/token");

    @TempDir
    Path dataFolder;

    private final FakeCredentialStore store = new FakeCredentialStore();
    private final TestTokens tokens = new TestTokens();

    static TokenResponse answer(TestTokens.TokenPair pair, Instant receivedAt) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("access_token", pair.accessToken());
        json.put("token_type", "bearer");
        json.put("refresh_token", pair.refreshToken());
        json.put("expires_in", 3599);
        json.put("scope", "all");
        json.put("nick_name", TestTokens.NICK_NAME);
        json.put("jti", pair.accessJti());
        return TokenResponse.from(json, receivedAt);
    }

    private CachedTokens entry(String profileId, Instant storedAt) {
        TestTokens.TokenPair pair = tokens.pair();
        Instant received = storedAt.minusMillis(40);
        return CachedTokens.after(null, profileId, answer(pair, received), tokens.pair().refreshToken(), ENDPOINT,
                ParameterPlacement.FORM, storedAt);
    }

    @Test
    void anEntryComesBackWholeFromTheCredentialStoreAndNoFileIsWritten() {
        TokenCache cache = new TokenCache(dataFolder, store, MAPPER);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CachedTokens written = entry("p-1", now);

        assertThat(cache.write(written)).isEqualTo(TokenCache.Place.CREDENTIAL_STORE);
        CachedTokens read = cache.read("p-1").orElseThrow();

        assertThat(store.entries()).containsOnlyKeys("p-1/token-cache");
        assertThat(cache.fileOf("p-1")).doesNotExist();
        TokenResponse back = read.response();
        TokenResponse sent = written.response();
        assertThat(back.accessToken()).isEqualTo(sent.accessToken());
        assertThat(back.refreshToken()).isEqualTo(sent.refreshToken());
        assertThat(back.tokenType()).isEqualTo("bearer");
        assertThat(back.expiresIn()).isEqualTo(3599L);
        assertThat(back.scope()).isEqualTo("all");
        assertThat(back.receivedAt()).isEqualTo(sent.receivedAt());
        assertThat(back.otherFields()).extracting(TokenResponse.Field::value)
                .containsExactly(TestTokens.NICK_NAME, sent.json().get("jti").asText());
        assertThat(read.refreshToken()).isEqualTo(sent.refreshToken());
        assertThat(read.endpoint()).isEqualTo(ENDPOINT);
        assertThat(read.placementUsed()).isEqualTo(ParameterPlacement.FORM);
        assertThat(read.storedAt()).isEqualTo(now);
        assertThat(read.usedRefreshTokens()).isEqualTo(written.usedRefreshTokens()).hasSize(1);
        assertThat(read.accessExpiresAt()).contains(sent.receivedAt().plusSeconds(3599));
    }

    @Test
    void withoutACredentialStoreTheEntryGoesToAFileOnlyTheUserCanRead() throws Exception {
        TokenCache cache = new TokenCache(dataFolder, CredentialStore.none("no Secret Service"), MAPPER);
        CachedTokens written = entry("p-2", Instant.now());

        assertThat(cache.write(written)).isEqualTo(TokenCache.Place.OWNER_ONLY_FILE);

        Path file = cache.fileOf("p-2");
        assertThat(file).isEqualTo(dataFolder.resolve("token-cache").resolve("p-2.json"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(written.refreshToken());
        assertThat(cache.read("p-2").map(CachedTokens::refreshToken)).contains(written.refreshToken());
        assumeTrue(dataFolder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aReadTakesTheNewerOfStoreAndFileWhicheverTookTheLastWrite() {
        TokenCache cache = new TokenCache(dataFolder, store, MAPPER);
        Instant t0 = Instant.now();
        CachedTokens inStore = entry("p-3", t0);
        cache.write(inStore);
        store.mode(FakeCredentialStore.Mode.FAILING);
        CachedTokens inFile = entry("p-3", t0.plusSeconds(5));

        assertThat(cache.write(inFile)).isEqualTo(TokenCache.Place.OWNER_ONLY_FILE);
        store.mode(FakeCredentialStore.Mode.WORKING);
        assertThat(cache.read("p-3").map(CachedTokens::refreshToken)).contains(inFile.refreshToken());

        CachedTokens newest = entry("p-3", t0.plusSeconds(10));
        assertThat(cache.write(newest)).isEqualTo(TokenCache.Place.CREDENTIAL_STORE);
        assertThat(cache.fileOf("p-3")).doesNotExist();
        assertThat(cache.read("p-3").map(CachedTokens::refreshToken)).contains(newest.refreshToken());
    }

    @Test
    void aMissingCredentialStoreIsNotAskedAgainForADaySoACommandLineDoesNotPayForItEachRun() {
        MutableClock clock = new MutableClock(Instant.now());
        store.mode(FakeCredentialStore.Mode.UNAVAILABLE);
        TokenCache cache = new TokenCache(dataFolder, store, MAPPER, clock);
        CachedTokens first = entry("p-7", clock.instant());
        assertThat(cache.write(first)).isEqualTo(TokenCache.Place.OWNER_ONLY_FILE);

        // a store that answers now, holding a newer entry: within the day it is not asked
        store.mode(FakeCredentialStore.Mode.WORKING);
        TokenCache sameStore = new TokenCache(dataFolder, store, MAPPER, clock);
        CachedTokens planted = entry("p-7", clock.instant().plusSeconds(1));
        store.write("p-7/token-cache", new CacheEntryJson(MAPPER).write(planted));
        clock.advance(Duration.ofHours(23));
        assertThat(sameStore.read("p-7").map(CachedTokens::refreshToken)).contains(first.refreshToken());
        CachedTokens second = entry("p-7", clock.instant());
        assertThat(sameStore.write(second)).isEqualTo(TokenCache.Place.OWNER_ONLY_FILE);

        // a day after the store was first found missing, it is asked again, and takes the entry
        clock.advance(Duration.ofHours(2));
        CachedTokens third = entry("p-7", clock.instant());
        assertThat(sameStore.write(third)).isEqualTo(TokenCache.Place.CREDENTIAL_STORE);
        assertThat(sameStore.fileOf("p-7")).doesNotExist();
        assertThat(sameStore.read("p-7").map(CachedTokens::refreshToken)).contains(third.refreshToken());
    }

    @Test
    void aStoreThatFailsForAMomentIsAskedAgainAtTheNextWrite() {
        store.mode(FakeCredentialStore.Mode.FAILING);
        TokenCache cache = new TokenCache(dataFolder, store, MAPPER);
        cache.write(entry("p-8", Instant.now()));
        store.mode(FakeCredentialStore.Mode.WORKING);

        assertThat(cache.write(entry("p-8", Instant.now().plusSeconds(1)))).isEqualTo(TokenCache.Place.CREDENTIAL_STORE);
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void removeEmptiesBothPlacesAndLeavesOtherProfilesAlone() {
        TokenCache cache = new TokenCache(dataFolder, store, MAPPER);
        cache.write(entry("keep", Instant.now()));
        cache.write(entry("gone", Instant.now()));
        store.mode(FakeCredentialStore.Mode.FAILING);
        cache.write(entry("gone", Instant.now().plusSeconds(1)));
        store.mode(FakeCredentialStore.Mode.WORKING);

        cache.removeAll(List.of("gone"));

        assertThat(cache.read("gone")).isEmpty();
        assertThat(cache.fileOf("gone")).doesNotExist();
        assertThat(cache.read("keep")).isPresent();
    }

    @Test
    void aDamagedOrForeignEntryReadsAsNoneAndAStrangeIdGetsASafeFileName() throws Exception {
        TokenCache cache = new TokenCache(dataFolder, CredentialStore.none("none"), MAPPER);
        Files.createDirectories(cache.fileOf("p-4").getParent());
        Files.writeString(cache.fileOf("p-4"), "{\"version\":1,\"answer\":");
        cache.write(entry("p-5", Instant.now()));
        Files.move(cache.fileOf("p-5"), cache.fileOf("p-6"));

        assertThat(cache.read("p-4")).isEmpty();
        assertThat(cache.read("p-6")).as("an entry of another profile under this one's name").isEmpty();
        assertThat(cache.fileOf("../../etc/passwd").getParent()).isEqualTo(dataFolder.resolve("token-cache"));
        assertThat(cache.fileOf("../../etc/passwd").getFileName().toString()).startsWith("id-").endsWith(".json");
    }

    @Test
    void freshMeansMoreThanHalfTheLifetimeLeftAndTheUsedTokensAreFingerprintsOnly() {
        Instant received = Instant.parse("2026-01-01T10:00:00Z");
        TestTokens.TokenPair pair = tokens.pair();
        String sent = tokens.pair().refreshToken();
        CachedTokens cached = CachedTokens.after(null, "p", answer(pair, received), sent, ENDPOINT,
                ParameterPlacement.AUTO, received);

        assertThat(cached.accessFreshAt(received.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(cached.accessFreshAt(received.plus(Duration.ofMinutes(31)))).isFalse();
        assertThat(cached.hasUsed(sent)).isTrue();
        assertThat(cached.hasUsed(pair.refreshToken())).isFalse();
        assertThat(cached.usedRefreshTokens()).singleElement().asString().hasSize(43).doesNotContain(sent.substring(0, 12));
    }
}
