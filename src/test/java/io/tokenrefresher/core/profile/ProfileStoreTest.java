package io.tokenrefresher.core.profile;

import static io.tokenrefresher.core.profile.TestProfiles.named;
import static io.tokenrefresher.core.profile.TestProfiles.withGateway;
import static io.tokenrefresher.core.profile.TestProfiles.withNotes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tokenrefresher.core.io.AtomicFiles;
import io.tokenrefresher.core.secret.SecretKind;
import io.tokenrefresher.core.secret.StoredSecret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private Path dir() {
        return home.resolve("token-refresher");
    }

    private ProfileStore store() {
        return new ProfileStore(dir(), CLOCK, AtomicFiles.WriteHook.NONE);
    }

    private static ProfilesFile fileWith(GatewayProfile... profiles) {
        return new ProfilesFile(ProfilesFile.CURRENT_SCHEMA_VERSION, profiles[0].id(),
                new WindowBounds(10, 20, 900, 700, false), List.of(profiles), Map.of(), false);
    }

    /** Saves a profile, then a changed copy; returns the first version, the one now in {@code .bak}. */
    private static GatewayProfile saveTwoVersions(ProfileStore store, String name) throws IOException {
        GatewayProfile first = GatewayProfile.newProfile(name);
        store.save(fileWith(first));
        store.save(fileWith(withNotes(first, "newer")));
        return first;
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @Test
    void firstRunGivesTheExampleProfileAndWritesNothing() {
        ProfileStore.Loaded loaded = store().load();
        assertThat(loaded.report().outcome()).isEqualTo(LoadReport.Outcome.FIRST_RUN);
        assertThat(loaded.report().needsBanner()).isFalse();
        assertThat(loaded.contents().profiles()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Example");
            assertThat(p.endpoint().tokenPath()).isEqualTo("/cams-auth/oauth/token");
            assertThat(p.endpoint().scope()).isEqualTo("all");
            assertThat(p.endpoint().gateway()).isEmpty();
        });
        assertThat(loaded.contents().lastUsedProfileId()).isEqualTo(loaded.contents().profiles().get(0).id());
        assertThat(dir()).doesNotExist();
    }

    @Test
    void roundTripKeepsProfilesSelectionWindowAndSecretIndex() throws IOException {
        GatewayProfile uat = GatewayProfileTest.uat();
        GatewayProfile dev = named("DEV", "http://dev:8080");
        ProfilesFile saved = new ProfilesFile(1, dev.id(), new WindowBounds(-1200, 40, 1024, 768, true),
                List.of(uat, dev), Map.of(uat.id(), Map.of(SecretKind.CLIENT_SECRET, StoredSecret.inCredentialStore())),
                true);
        store().save(saved);

        ProfileStore.Loaded loaded = store().load();
        assertThat(loaded.report().outcome()).isEqualTo(LoadReport.Outcome.LOADED);
        assertThat(loaded.contents()).isEqualTo(saved);
        assertThat(read(dir().resolve("profiles.json"))).contains("\"schemaVersion\" : 1");
    }

    @Test
    void theSecondSaveKeepsThePreviousFileAsBak() throws IOException {
        GatewayProfile first = GatewayProfile.newProfile("First");
        ProfileStore store = store();
        store.save(fileWith(first));
        String firstText = read(store.file());
        assertThat(store.backupFile()).doesNotExist();

        store.save(fileWith(withGateway(first, "http://changed")));
        assertThat(read(store.backupFile())).isEqualTo(firstText);
        assertThat(read(store.file())).contains("http://changed");
    }

    @Test
    void savingUnchangedContentsDoesNotTouchTheFiles() throws IOException {
        ProfileStore store = store();
        ProfilesFile contents = fileWith(GatewayProfile.newProfile("A"));
        store.save(contents);
        store.save(fileWith(withNotes(contents.profiles().get(0), "v2")));
        String bak = read(store.backupFile());
        store.save(fileWith(withNotes(contents.profiles().get(0), "v2")));
        assertThat(read(store.backupFile())).isEqualTo(bak);
    }

    @Test
    void aWriteInterruptedBetweenTempFileAndMoveLeavesTheOldFileIntact() throws IOException {
        GatewayProfile original = named("Original", "http://old");
        store().save(fileWith(original));
        String before = read(dir().resolve("profiles.json"));

        Path[] tempSeen = new Path[1];
        ProfileStore crashing = new ProfileStore(dir(), CLOCK, (temp, target) -> {
            if (target.getFileName().toString().equals("profiles.json")) {
                tempSeen[0] = temp;
                assertThat(read(temp)).contains("http://new");
                throw new IOException("simulated crash before the move");
            }
        });
        crashing.load();
        assertThatThrownBy(() -> crashing.save(fileWith(withGateway(original, "http://new"))))
                .hasMessageContaining("simulated crash");

        assertThat(read(dir().resolve("profiles.json"))).isEqualTo(before);
        assertThat(tempSeen[0].getParent()).isEqualTo(dir());
        assertThat(tempSeen[0]).doesNotExist();
        ProfileStore.Loaded reloaded = store().load();
        assertThat(reloaded.report().outcome()).isEqualTo(LoadReport.Outcome.LOADED);
        assertThat(reloaded.contents().profiles()).containsExactly(original);
    }

    @Test
    void aTempFileLeftByACrashIsCleanedAtTheNextLoad() throws IOException {
        store().save(fileWith(GatewayProfile.newProfile("A")));
        Path leftover = dir().resolve("profiles.json.123456.tmp");
        Files.writeString(leftover, "{\"half");
        assertThat(store().load().report().outcome()).isEqualTo(LoadReport.Outcome.LOADED);
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aCorruptFileIsMovedAsideAndTheGoodBackupLoaded() throws IOException {
        ProfileStore store = store();
        GatewayProfile good = saveTwoVersions(store, "Good");
        Files.writeString(store.file(), "{\"schemaVersion\":1,\"profiles\":[{\"name\":\"cut off");

        ProfileStore.Loaded loaded = store().load();

        LoadReport report = loaded.report();
        assertThat(report.outcome()).isEqualTo(LoadReport.Outcome.RESTORED_FROM_BACKUP);
        assertThat(report.needsBanner()).isTrue();
        assertThat(report.problem()).isEqualTo(LoadReport.Problem.NOT_JSON);
        assertThat(report.detail()).startsWith("line 1");
        assertThat(report.setAside()).isEqualTo(dir().resolve("profiles.json.corrupt-20261125T093005Z"));
        assertThat(read(report.setAside())).endsWith("cut off");
        assertThat(loaded.contents().profiles()).containsExactly(good);
        assertThat(report.savingBlocked()).isFalse();
    }

    @Test
    void aCorruptFileWithoutBackupStartsFreshAndKeepsTheDamagedFile() throws IOException {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("profiles.json"), "\u0000\u0001 not json");
        Files.writeString(dir().resolve("profiles.json.corrupt-20261125T093005Z"), "an older damaged file");

        ProfileStore store = store();
        ProfileStore.Loaded loaded = store.load();

        assertThat(loaded.report().outcome()).isEqualTo(LoadReport.Outcome.STARTED_FRESH);
        assertThat(loaded.contents().profiles()).singleElement().extracting(GatewayProfile::name).isEqualTo("Example");
        assertThat(loaded.report().setAside()).isEqualTo(dir().resolve("profiles.json.corrupt-20261125T093005Z-1"));
        assertThat(read(loaded.report().setAside())).isEqualTo("\u0000\u0001 not json");
        assertThat(read(dir().resolve("profiles.json.corrupt-20261125T093005Z"))).isEqualTo("an older damaged file");

        store.save(loaded.contents());
        assertThat(store().load().report().outcome()).isEqualTo(LoadReport.Outcome.LOADED);
    }

    @Test
    void aCorruptFileAndACorruptBackupAreBothSetAside() throws IOException {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("profiles.json"), "[1, 2, 3]");
        Files.writeString(dir().resolve("profiles.json.bak"), "{");

        LoadReport report = store().load().report();

        assertThat(report.outcome()).isEqualTo(LoadReport.Outcome.STARTED_FRESH);
        assertThat(report.problem()).isEqualTo(LoadReport.Problem.NOT_A_PROFILES_FILE);
        assertThat(report.backupSetAside()).isEqualTo(dir().resolve("profiles.json.bak.corrupt-20261125T093005Z"));
        assertThat(read(report.backupSetAside())).isEqualTo("{");
        assertThat(dir().resolve("profiles.json.bak")).doesNotExist();
        assertThat(dir().resolve("profiles.json")).doesNotExist();
    }

    @Test
    void anUnreadableFileIsSetAsideLikeACorruptOne() throws IOException {
        Files.createDirectories(dir().resolve("profiles.json"));

        LoadReport report = store().load().report();

        assertThat(report.outcome()).isEqualTo(LoadReport.Outcome.STARTED_FRESH);
        assertThat(report.problem()).isEqualTo(LoadReport.Problem.UNREADABLE);
        assertThat(report.setAside()).isDirectory();
    }

    @Test
    void aMissingFileWithAGoodBackupLoadsTheBackup() throws IOException {
        ProfileStore store = store();
        GatewayProfile first = saveTwoVersions(store, "Kept");
        Files.delete(store.file());

        ProfileStore.Loaded loaded = store().load();
        assertThat(loaded.report().outcome()).isEqualTo(LoadReport.Outcome.MISSING_RESTORED_FROM_BACKUP);
        assertThat(loaded.contents().profiles()).containsExactly(first);
    }

    @Test
    void unknownFieldsAndANewerSchemaVersionLoadAndTheNewerFileIsKept() throws IOException {
        Files.createDirectories(dir());
        String newer = """
                {"schemaVersion": 7, "lastUsedProfileId": "p1", "syncAccount": {"url": "https://x"},
                 "window": {"x": 1, "y": 2, "width": 800, "height": 600, "maximized": false, "screen": 2},
                 "profiles": [{"id": "p1", "name": "UAT", "gateway": "https://uat", "futureFlag": true}],
                 "secrets": {"p1": {"clientSecret": {"storedIn": "HARDWARE_TOKEN"},
                                    "sshKey": {"storedIn": "PROFILES_FILE", "value": "k"}}}}
                """;
        Files.writeString(dir().resolve("profiles.json"), newer);

        ProfileStore.Loaded loaded = store().load();

        assertThat(loaded.report().outcome()).isEqualTo(LoadReport.Outcome.NEWER_VERSION);
        assertThat(loaded.report().setAside()).isEqualTo(dir().resolve("profiles.json.v7"));
        assertThat(read(loaded.report().setAside())).isEqualTo(newer);
        assertThat(loaded.contents().profiles()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("p1");
            assertThat(p.endpoint().gateway()).isEqualTo("https://uat");
        });
        assertThat(loaded.contents().window()).isEqualTo(new WindowBounds(1, 2, 800, 600, false));
        assertThat(loaded.contents().secrets()).isEmpty();
    }

    @Test
    void anOlderFileWithoutSchemaVersionAndFewFieldsLoadsWithDefaults() throws IOException {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("profiles.json"), """
                {"profiles": [{"id": "old-1", "name": "Legacy", "gateway": "http://10.0.0.5:9000"},
                              {"id": "old-1", "name": "Same id by hand-editing"}]}
                """);

        ProfileStore.Loaded loaded = store().load();

        assertThat(loaded.report().outcome()).isEqualTo(LoadReport.Outcome.LOADED);
        assertThat(loaded.contents().schemaVersion()).isZero();
        List<GatewayProfile> profiles = loaded.contents().profiles();
        assertThat(profiles).hasSize(2);
        assertThat(profiles.get(0).endpoint().tokenPath()).isEqualTo("/cams-auth/oauth/token");
        assertThat(profiles.get(0).endpoint().scope()).isEqualTo("all");
        assertThat(profiles.get(0).rememberRefreshToken()).isFalse();
        assertThat(profiles.get(1).id()).isNotEqualTo("old-1");
        assertThat(loaded.contents().window()).isNull();
    }

    @Test
    void onPosixTheFolderIs0700AndEveryFileWeWrite0600() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        ProfileStore store = store();
        GatewayProfile profile = GatewayProfile.newProfile("A");
        store.save(fileWith(profile));
        store.save(fileWith(withNotes(profile, "2")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.backupFile())))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("profiles.json",
                    "profiles.json.bak");
        }
    }
}
