package io.tokenrefresher.core.profile;

import static io.tokenrefresher.core.profile.TestProfiles.withGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tokenrefresher.core.io.AtomicFiles;
import io.tokenrefresher.core.jwt.SavedVerificationKey;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.core.secret.SecretLocation;
import io.tokenrefresher.core.secret.SecretProblem;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileServiceTest {

    private static final String CLIENT_SECRET = "client-s3cret-value";
    private static final String REFRESH_1 = "eyJhbGciOiJIUzI1NiJ9.eyJhdGkiOiJmaXJzdCJ9.c2lnbmF0dXJlLTE";
    private static final String REFRESH_2 = "eyJhbGciOiJIUzI1NiJ9.eyJhdGkiOiJzZWNvbmQifQ.c2lnbmF0dXJlLTI";

    @TempDir
    Path home;

    private final FakeCredentialStore keyring = new FakeCredentialStore();
    private final List<SaveResult> saves = new ArrayList<>();

    private ProfileService service(CredentialStore credentials) {
        return service(credentials, AtomicFiles.WriteHook.NONE);
    }

    private ProfileService service(CredentialStore credentials, AtomicFiles.WriteHook hook) {
        ProfileService service = new ProfileService(new ProfileStore(home, Clock.systemUTC(), hook), credentials);
        service.setSaveListener(saves::add);
        return service;
    }

    private static String loadAndGetExampleId(ProfileService service) {
        service.load();
        return service.initialSelection().orElseThrow().id();
    }

    /** Loads, gives the example profile {@link #CLIENT_SECRET}, and returns its id. */
    private static String exampleWithClientSecret(ProfileService service) {
        String id = loadAndGetExampleId(service);
        service.setClientSecret(id, CLIENT_SECRET);
        return id;
    }

    private String profilesFile() throws IOException {
        return Files.readString(home.resolve("profiles.json"), StandardCharsets.UTF_8);
    }

    private static String allFilesIn(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    all.append(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }

    @Test
    void theFirstRunSavesTheExampleSoItKeepsItsIdAcrossStarts() {
        ProfileService first = service(keyring);
        assertThat(first.load().outcome()).isEqualTo(LoadReport.Outcome.FIRST_RUN);
        GatewayProfile example = first.initialSelection().orElseThrow();
        assertThat(example.name()).isEqualTo("Example");
        assertThat(saves).singleElement().isInstanceOf(SaveResult.Saved.class);

        ProfileService second = service(keyring);
        assertThat(second.load().outcome()).isEqualTo(LoadReport.Outcome.LOADED);
        assertThat(second.initialSelection()).contains(example);
    }

    @Test
    void createEditSelectAndDeleteAreSavedAtOnceAndComeBackAtTheNextStart() {
        ProfileService service = service(keyring);
        service.load();
        GatewayProfile uat = service.create("UAT");
        GatewayProfile uat2 = service.create("UAT");
        assertThat(uat2.name()).isEqualTo("UAT 2");
        GatewayProfile edited = service.update(withGateway(uat, "https://uat.example.test")
                .withPresentation(uat.presentation().withColour(EnvironmentColour.RED)));
        service.rename(uat2.id(), "PRE");
        service.select(edited.id());
        service.setWindowBounds(new WindowBounds(50, 60, 1000, 720, false));
        service.delete(service.profiles().get(0).id());

        ProfileService restarted = service(keyring);
        restarted.load();
        assertThat(restarted.profiles()).extracting(GatewayProfile::name).containsExactly("UAT", "PRE");
        assertThat(restarted.initialSelection()).contains(edited);
        assertThat(restarted.windowBounds()).contains(new WindowBounds(50, 60, 1000, 720, false));
        assertThat(saves).allMatch(SaveResult::succeeded);
    }

    @Test
    void namesMustBeUniqueAndNotBlank() {
        ProfileService service = service(keyring);
        service.load();
        GatewayProfile dev = service.create("DEV");
        assertThat(service.checkName(" example ", dev.id())).isEqualTo(NameCheck.TAKEN);
        assertThat(service.checkName("  ", dev.id())).isEqualTo(NameCheck.BLANK);
        assertThat(service.checkName("DEV", dev.id())).isEqualTo(NameCheck.OK);
        assertThat(service.findByName(" dev")).contains(dev);
        assertThat(service.findByName("QA")).isEmpty();
        assertThatThrownBy(() -> service.rename(dev.id(), "Example")).isInstanceOf(IllegalArgumentException.class);
        assertThat(service.find(dev.id())).contains(dev);
    }

    @Test
    void withACredentialStoreTheClientSecretNeverReachesTheProfilesFile() throws IOException {
        ProfileService service = service(keyring);
        service.load();
        GatewayProfile profile = service.initialSelection().orElseThrow();

        SecretWrite written = service.setClientSecret(profile.id(), CLIENT_SECRET);

        assertThat(written).isEqualTo(new SecretWrite.Stored(SecretLocation.OS_CREDENTIAL_STORE));
        assertThat(keyring.entries()).containsEntry(profile.id() + "/client-secret", CLIENT_SECRET);
        assertThat(profilesFile()).doesNotContain(CLIENT_SECRET).contains("OS_CREDENTIAL_STORE");
        ProfileService restarted = service(keyring);
        restarted.load();
        assertThat(restarted.clientSecret(profile.id())).isEqualTo(new SecretRead.Found(CLIENT_SECRET));
    }

    @Test
    void theRefreshTokenIsNeverWrittenWhenRememberIsOff() throws IOException {
        ProfileService service = service(keyring);
        service.load();
        GatewayProfile profile = service.initialSelection().orElseThrow();

        assertThat(service.afterRefresh(profile.id(), REFRESH_1)).isEmpty();

        assertThat(keyring.entries()).isEmpty();
        assertThat(allFilesIn(home)).doesNotContain(REFRESH_1);
        assertThat(service.rememberedRefreshToken(profile.id())).isInstanceOf(SecretRead.NotStored.class);
    }

    @Test
    void whenRememberIsOnTheNewestRefreshTokenReplacesTheRememberedOne() throws IOException {
        ProfileService service = service(keyring);
        service.load();
        GatewayProfile profile = service.update(service.initialSelection().orElseThrow().withRememberRefreshToken(true));

        service.afterRefresh(profile.id(), REFRESH_1);
        assertThat(service.afterRefresh(profile.id(), REFRESH_2))
                .contains(new SecretWrite.Stored(SecretLocation.OS_CREDENTIAL_STORE));

        assertThat(keyring.entries()).containsExactlyEntriesOf(Map.of(profile.id() + "/refresh-token", REFRESH_2));
        assertThat(allFilesIn(home)).doesNotContain(REFRESH_1).doesNotContain(REFRESH_2);
        ProfileService restarted = service(keyring);
        restarted.load();
        assertThat(restarted.rememberedRefreshToken(profile.id())).isEqualTo(new SecretRead.Found(REFRESH_2));

        restarted.update(restarted.find(profile.id()).orElseThrow().withRememberRefreshToken(false));
        assertThat(keyring.entries()).isEmpty();
        assertThat(restarted.rememberedRefreshToken(profile.id())).isInstanceOf(SecretRead.NotStored.class);
    }

    @Test
    void withoutACredentialStoreSecretsGoToTheOwnerOnlyFileAndTheUserIsToldOnce() throws IOException {
        ProfileService service = service(CredentialStore.none("no Secret Service on this desktop"));
        service.load();
        GatewayProfile profile = service.update(service.initialSelection().orElseThrow().withRememberRefreshToken(true));

        SecretWrite first = service.setClientSecret(profile.id(), CLIENT_SECRET);
        SecretWrite second = service.afterRefresh(profile.id(), REFRESH_1).orElseThrow();
        service.afterRefresh(profile.id(), REFRESH_2);

        assertThat(first).isEqualTo(new SecretWrite.StoredInProfilesFileInstead(SecretProblem.UNAVAILABLE,
                "no Secret Service on this desktop", true));
        assertThat(second).isInstanceOfSatisfying(SecretWrite.StoredInProfilesFileInstead.class,
                w -> assertThat(w.tellUser()).isFalse());
        assertThat(profilesFile()).contains(CLIENT_SECRET, REFRESH_2).doesNotContain(REFRESH_1);
        if (home.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("profiles.json"))))
                    .isEqualTo("rw-------");
        }

        ProfileService restarted = service(CredentialStore.none("still none"));
        restarted.load();
        assertThat(restarted.clientSecret(profile.id())).isEqualTo(new SecretRead.Found(CLIENT_SECRET));
        assertThat(restarted.rememberedRefreshToken(profile.id())).isEqualTo(new SecretRead.Found(REFRESH_2));
        SecretWrite afterRestart = restarted.setClientSecret(profile.id(), "another");
        assertThat(afterRestart).isInstanceOfSatisfying(SecretWrite.StoredInProfilesFileInstead.class,
                w -> assertThat(w.tellUser()).as("told once, remembered in the file").isFalse());
    }

    @Test
    void aSecretMovesOutOfTheFileOnceTheCredentialStoreWorksAgain() throws IOException {
        keyring.mode(FakeCredentialStore.Mode.UNAVAILABLE);
        ProfileService service = service(keyring);
        String id = exampleWithClientSecret(service);
        assertThat(profilesFile()).contains(CLIENT_SECRET);

        keyring.mode(FakeCredentialStore.Mode.WORKING);
        service.setClientSecret(id, CLIENT_SECRET);
        assertThat(profilesFile()).doesNotContain(CLIENT_SECRET);
        assertThat(service.clientSecret(id)).isEqualTo(new SecretRead.Found(CLIENT_SECRET));
    }

    @Test
    void aCredentialStoreThatCannotAnswerIsReportedNeverAnEmptySecret() {
        ProfileService service = service(keyring);
        String id = exampleWithClientSecret(service);

        keyring.mode(FakeCredentialStore.Mode.FAILING);
        assertThat(service.clientSecret(id)).isEqualTo(new SecretRead.CouldNotRead(SecretProblem.FAILED, "fake: locked"));

        keyring.mode(FakeCredentialStore.Mode.UNAVAILABLE);
        ProfileService restarted = service(keyring);
        restarted.load();
        assertThat(restarted.clientSecret(id)).isInstanceOfSatisfying(SecretRead.CouldNotRead.class,
                r -> assertThat(r.problem()).isEqualTo(SecretProblem.UNAVAILABLE));

        keyring.mode(FakeCredentialStore.Mode.WORKING);
        keyring.lose(id + "/client-secret");
        assertThat(restarted.clientSecret(id)).isInstanceOfSatisfying(SecretRead.CouldNotRead.class,
                r -> assertThat(r.problem()).isEqualTo(SecretProblem.ENTRY_MISSING));
        assertThat(restarted.clientSecret(id).valueOr(null)).isNull();
    }

    @Test
    void aFailingCredentialStoreWriteFallsBackToTheFileAndAlwaysTellsTheUser() throws IOException {
        keyring.mode(FakeCredentialStore.Mode.FAILING);
        ProfileService service = service(keyring);
        String id = loadAndGetExampleId(service);

        SecretWrite first = service.setClientSecret(id, CLIENT_SECRET);
        SecretWrite second = service.setClientSecret(id, CLIENT_SECRET + "2");

        assertThat(first).isEqualTo(new SecretWrite.StoredInProfilesFileInstead(SecretProblem.FAILED, "fake: locked", true));
        assertThat(second).isEqualTo(new SecretWrite.StoredInProfilesFileInstead(SecretProblem.FAILED, "fake: locked", true));
        assertThat(service.clientSecret(id)).isEqualTo(new SecretRead.Found(CLIENT_SECRET + "2"));
    }

    @Test
    void deletingAProfileRemovesItsSecretsDuplicatingCopiesTheClientSecretOnly() {
        ProfileService service = service(keyring);
        service.load();
        GatewayProfile example = service.initialSelection().orElseThrow();
        GatewayProfile original = service.update(withGateway(example, "https://uat")
                .withRememberRefreshToken(true));
        service.setClientSecret(original.id(), CLIENT_SECRET);
        service.afterRefresh(original.id(), REFRESH_1);

        ProfileService.DuplicateResult duplicate = service.duplicate(original.id(), "Example copy");
        GatewayProfile copy = duplicate.copy();
        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.endpoint().gateway()).isEqualTo("https://uat");
        assertThat(service.profiles()).containsExactly(original, copy);
        assertThat(service.clientSecret(copy.id())).isEqualTo(new SecretRead.Found(CLIENT_SECRET));
        assertThat(service.rememberedRefreshToken(copy.id())).isInstanceOf(SecretRead.NotStored.class);

        assertThat(service.delete(original.id())).isEmpty();
        assertThat(keyring.entries()).containsOnlyKeys(copy.id() + "/client-secret");
        assertThat(service.initialSelection()).contains(copy);
    }

    @Test
    void theVerificationKeyIsKeptPerProfileInTheCredentialStoreAndGoesWithItsProfile() throws IOException {
        ProfileService service = service(keyring);
        String id = loadAndGetExampleId(service);
        SavedVerificationKey key = new SavedVerificationKey(SavedVerificationKey.Type.HMAC,
                "verification-s3cret-value", true, "HS384");
        assertThat(service.verificationKey(id)).isInstanceOf(SecretRead.NotStored.class);

        assertThat(service.setVerificationKey(id, key))
                .isEqualTo(new SecretWrite.Stored(SecretLocation.OS_CREDENTIAL_STORE));
        assertThat(service.verificationKey(id)).isInstanceOfSatisfying(SecretRead.Found.class,
                found -> assertThat(SavedVerificationKey.parse(found.value())).contains(key));
        assertThat(keyring.entries()).containsOnlyKeys(id + "/verification-key");
        assertThat(profilesFile()).doesNotContain("verification-s3cret-value").contains("verificationKey");
        ProfileService nextStart = service(keyring);
        assertThat(nextStart.verificationKey(loadAndGetExampleId(nextStart)))
                .as("another start reads it back").isEqualTo(service.verificationKey(id));

        String export = service.export(List.of());
        assertThat(export).doesNotContain("verification-s3cret-value").doesNotContain("verificationKey")
                .doesNotContain(ProfileTransfer.SECRET_PLACEHOLDER);

        GatewayProfile copy = service.duplicate(id, "Copy").copy();
        assertThat(service.verificationKey(copy.id())).isEqualTo(service.verificationKey(id));

        assertThat(service.setVerificationKey(id, null)).isEqualTo(new SecretWrite.Removed());
        assertThat(service.verificationKey(id)).isInstanceOf(SecretRead.NotStored.class);
        assertThat(profilesFile()).contains("verificationKey"); // the copy's
        assertThat(service.delete(copy.id())).isEmpty();
        assertThat(keyring.entries()).isEmpty();
        assertThat(profilesFile()).doesNotContain("verificationKey");
    }

    @Test
    void duplicatingWhileTheStoreCannotAnswerSaysTheSecretWasNotCopied() {
        ProfileService service = service(keyring);
        String id = exampleWithClientSecret(service);
        keyring.mode(FakeCredentialStore.Mode.FAILING);

        ProfileService.DuplicateResult duplicate = service.duplicate(id, "Copy");

        assertThat(duplicate.clientSecretCopy()).isEqualTo(
                new SecretWrite.CouldNotWrite(SecretProblem.FAILED, "fake: locked"));
        assertThat(service.clientSecret(duplicate.copy().id())).isInstanceOf(SecretRead.NotStored.class);
    }

    @Test
    void aFailedSaveIsReportedKeptInMemoryAndRetried() throws Exception {
        AtomicInteger failuresLeft = new AtomicInteger(0);
        ProfileService service = service(keyring, (temp, target) -> {
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IOException("disk full");
            }
        });
        service.load();
        failuresLeft.set(2);
        GatewayProfile created = service.create("Staging");

        assertThat(saves.get(saves.size() - 1)).isInstanceOfSatisfying(SaveResult.Failed.class, failed -> {
            assertThat(failed.detail()).contains("disk full");
            assertThat(failed.consecutiveFailures()).isEqualTo(1);
        });
        assertThat(service.hasUnsavedChanges()).isTrue();
        assertThat(service.find(created.id())).isPresent();

        SaveResult retried = service.saveRetrying(3, Duration.ofMillis(10));
        assertThat(retried).isInstanceOf(SaveResult.Saved.class);
        assertThat(saves.get(saves.size() - 2)).isInstanceOfSatisfying(SaveResult.Failed.class,
                failed -> assertThat(failed.consecutiveFailures()).isEqualTo(2));
        assertThat(service.hasUnsavedChanges()).isFalse();
        assertThat(profilesFile()).contains("Staging");
    }

    @Test
    void theSelectedProfilesValuesMakeTheRefreshRequest() {
        ProfileService service = service(keyring);
        service.load();
        GatewayProfile uat = service.update(GatewayProfileTest.uat().withId(service.initialSelection().orElseThrow().id()));
        service.setClientSecret(uat.id(), CLIENT_SECRET);

        GatewayProfile saved = service.find(uat.id()).orElseThrow();
        TokenRequest request = saved.toRequest(TokenRequest.refreshParameters(REFRESH_1, saved.endpoint().scope()),
                service.clientSecret(uat.id()).valueOr(""));

        assertThat(request).isEqualTo(
                uat.toRequest(TokenRequest.refreshParameters(REFRESH_1, "server"), CLIENT_SECRET));
        assertThat(request.clientSecret()).isEqualTo(CLIENT_SECRET);
        assertThat(request.gateway()).isEqualTo("https://uat.example.test:8443");
    }

    @Test
    void exportHoldsNoSecretAndImportAsksBeforeOverwriting() throws Exception {
        ProfileService service = service(keyring);
        service.load();
        GatewayProfile uat = service.update(GatewayProfileTest.uat().withId(service.initialSelection().orElseThrow().id()));
        service.setClientSecret(uat.id(), CLIENT_SECRET);
        service.afterRefresh(uat.id(), REFRESH_1);

        String export = service.export(List.of());
        assertThat(export).doesNotContain(CLIENT_SECRET, REFRESH_1).contains(ProfileTransfer.SECRET_PLACEHOLDER);

        ImportPlan plan = service.planImport(export.replace("pre-production", "edited by a colleague"));
        assertThat(plan.additions()).isEmpty();
        assertThat(plan.conflicts()).singleElement().satisfies(c -> assertThat(c.sameId()).isTrue());
        ImportResult skipped = service.applyImport(plan, conflict -> null);
        assertThat(skipped.skipped()).isEqualTo(1);
        assertThat(service.find(uat.id()).orElseThrow().presentation().notes()).isEqualTo("pre-production");

        service.applyImport(plan, conflict -> ImportConflict.Resolution.REPLACE);
        assertThat(service.find(uat.id()).orElseThrow().presentation().notes())
                .isEqualTo("edited by a colleague");
        assertThat(service.clientSecret(uat.id())).as("an import never empties a secret")
                .isEqualTo(new SecretRead.Found(CLIENT_SECRET));
    }

    @Test
    void posixPermissionsHoldForTheServicesFiles() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path dir = home.resolve("nested/token-refresher");
        ProfileService service = new ProfileService(new ProfileStore(dir), keyring);
        service.load();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(Optional.of(dir.resolve("profiles.json")).filter(Files::exists)).isPresent();
    }
}
