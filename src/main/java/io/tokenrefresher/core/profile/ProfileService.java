package io.tokenrefresher.core.profile;

import io.tokenrefresher.core.jwt.SavedVerificationKey;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.secret.ProfileSecrets;
import io.tokenrefresher.core.secret.SecretKind;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The saved profiles, their secrets and the window state, as the window uses them. Every call may
 * touch the disk or the OS credential store: call it off the FX thread.
 *
 * <p>Saving model: this service holds the <em>saved</em> state. Every change made here is written
 * at once (atomically) and its {@link SaveResult} goes to the save listener; a failed save keeps the
 * change in memory, {@link #hasUnsavedChanges()} stays true and {@link #save()} retries. Drafts that
 * the user has not confirmed live in the editor, not here.
 *
 * <p>Longer than the ~300 lines a class should stay under: it is the one place that keeps the file, the
 * secrets' index in it and the credential store in step, and each of its methods is a few lines handing
 * over to {@link ProfileStore}, {@link ProfileSecrets} and {@link ProfileTransfer}; split by command, the
 * parts would have to share that state and its lock.
 */
public final class ProfileService {

    private final ProfileStore store;
    private final ProfileSecrets secrets;
    private final CredentialStore credentialStore;
    private final ProfileTransfer transfer;
    private volatile Consumer<SaveResult> saveListener = result -> {
    };

    private List<GatewayProfile> profiles = List.of();
    private String lastUsedProfileId;
    private WindowBounds window;
    private LoadReport loadReport;
    private boolean unsaved;
    private int consecutiveSaveFailures;

    public ProfileService(ProfileStore store, CredentialStore credentialStore, ProfileTransfer transfer) {
        this.store = Objects.requireNonNull(store, "store");
        this.secrets = new ProfileSecrets(credentialStore);
        this.credentialStore = credentialStore;
        this.transfer = Objects.requireNonNull(transfer, "transfer");
    }

    public ProfileService(ProfileStore store, CredentialStore credentialStore) {
        this(store, credentialStore, new ProfileTransfer());
    }

    /** The folder of {@code profiles.json}; the app's other settings live next to it. */
    public Path directory() {
        return store.directory();
    }

    /** The OS credential store the secrets go to first; the token cache keeps its entries there too. */
    public CredentialStore credentialStore() {
        return credentialStore;
    }

    /** Receives every save's result (on the calling thread: hop to the FX thread yourself). */
    public void setSaveListener(Consumer<SaveResult> listener) {
        this.saveListener = Objects.requireNonNull(listener, "listener");
    }

    // ---- start ----

    /**
     * Reads the profiles file (never fails: see {@link LoadReport}). After a first run or a recovery,
     * the state is written back at once, so the example profile keeps its id and a recovered backup
     * becomes the file again.
     */
    public synchronized LoadReport load() {
        ProfileStore.Loaded loaded = store.load();
        ProfilesFile contents = loaded.contents();
        profiles = List.copyOf(contents.profiles());
        lastUsedProfileId = contents.lastUsedProfileId();
        window = contents.window();
        secrets.restore(contents.secrets(), contents.secretsInFileNoticeShown());
        loadReport = loaded.report();
        LoadReport.Outcome outcome = loadReport.outcome();
        unsaved = false;
        if (outcome != LoadReport.Outcome.LOADED && outcome != LoadReport.Outcome.NEWER_VERSION) {
            persist();
        }
        return loadReport;
    }

    /** The report of the last {@link #load()}, for the banner. */
    public synchronized LoadReport loadReport() {
        return loadReport;
    }

    // ---- reading ----

    public synchronized List<GatewayProfile> profiles() {
        return profiles;
    }

    public synchronized Optional<GatewayProfile> find(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * By name (the command line's {@code --profile NAME}): the profile called exactly that, else one
     * whose name matches without regard to case or surrounding blanks. Exact first, because a
     * hand-edited file may hold names that differ only in case.
     */
    public synchronized Optional<GatewayProfile> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = ProfileTransfer.nameKey(name);
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst()
                .or(() -> profiles.stream().filter(p -> ProfileTransfer.nameKey(p.name()).equals(key)).findFirst());
    }

    /** The profile to select at start: the last used one, else the first; empty when there are none. */
    public synchronized Optional<GatewayProfile> initialSelection() {
        return find(lastUsedProfileId).or(() -> profiles.stream().findFirst());
    }

    public synchronized Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window).filter(WindowBounds::isUsable);
    }

    /** True while the last save failed: show the unsaved-changes marker and offer a retry. */
    public synchronized boolean hasUnsavedChanges() {
        return unsaved;
    }

    public synchronized NameCheck checkName(String name, String exceptProfileId) {
        return NameCheck.of(name, profiles.stream().filter(p -> !p.id().equals(exceptProfileId))
                .map(GatewayProfile::name).toList());
    }

    // ---- changes (each is saved at once) ----

    /** A new profile with the defaults, named {@code baseName} or {@code baseName 2}, ... whichever is free. */
    public synchronized GatewayProfile create(String baseName) {
        GatewayProfile created = GatewayProfile.newProfile(freeName(baseName));
        replaceList(append(created));
        return created;
    }

    /**
     * A copy of a profile under a fresh id, named {@code copyName} (or the next free variant). The
     * client secret and a saved verification key are copied too (same gateway, same keys); a remembered
     * refresh token is not (it belongs to one session).
     */
    public synchronized DuplicateResult duplicate(String id, String copyName) {
        GatewayProfile original = require(id);
        GatewayProfile copy = original.withNewId().withName(freeName(copyName));
        List<GatewayProfile> list = new ArrayList<>(profiles);
        list.add(list.indexOf(original) + 1, copy);
        profiles = List.copyOf(list);
        SecretWrite secretCopy = copySecret(id, copy.id(), SecretKind.CLIENT_SECRET);
        // the key is a convenience: a copy that failed leaves the duplicate without one, as if never saved
        copySecret(id, copy.id(), SecretKind.VERIFICATION_KEY);
        persist();
        return new DuplicateResult(copy, secretCopy);
    }

    private SecretWrite copySecret(String fromId, String toId, SecretKind kind) {
        SecretRead secret = secrets.read(fromId, kind);
        if (secret instanceof SecretRead.Found found) {
            return secrets.write(toId, kind, found.value());
        } else if (secret instanceof SecretRead.CouldNotRead couldNot) {
            return new SecretWrite.CouldNotWrite(couldNot.problem(), couldNot.detail());
        }
        return new SecretWrite.Removed(); // nothing to copy
    }

    /** The duplicate, and what happened to its copy of the client secret. */
    public record DuplicateResult(GatewayProfile copy, SecretWrite clientSecretCopy) {
    }

    /** @throws IllegalArgumentException when {@link #checkName} does not say OK */
    public synchronized GatewayProfile rename(String id, String newName) {
        return update(require(id).withName(newName));
    }

    /**
     * Saves an edited profile (matched by id). Turning "Remember refresh token" off forgets the
     * remembered one at once.
     *
     * @throws IllegalArgumentException when the id is unknown or the name is blank or taken
     */
    public synchronized GatewayProfile update(GatewayProfile edited) {
        GatewayProfile previous = require(edited.id());
        NameCheck nameCheck = checkName(edited.name(), edited.id());
        if (nameCheck != NameCheck.OK) {
            throw new IllegalArgumentException("name " + nameCheck + ": " + edited.name());
        }
        List<GatewayProfile> list = new ArrayList<>(profiles);
        list.set(list.indexOf(previous), edited);
        profiles = List.copyOf(list);
        if (!edited.rememberRefreshToken()) {
            secrets.forget(edited.id(), SecretKind.REFRESH_TOKEN);
        }
        persist();
        return edited;
    }

    /** Removes a profile and its secrets; the answers of secrets the OS store could not remove. */
    public synchronized List<SecretWrite.CouldNotWrite> delete(String id) {
        GatewayProfile doomed = require(id);
        List<GatewayProfile> list = new ArrayList<>(profiles);
        list.remove(doomed);
        profiles = List.copyOf(list);
        if (id.equals(lastUsedProfileId)) {
            lastUsedProfileId = profiles.isEmpty() ? null : profiles.get(0).id();
        }
        List<SecretWrite.CouldNotWrite> failures = secrets.forgetAll(id);
        persist();
        return failures;
    }

    /** Remembers the selection for the next start. */
    public synchronized void select(String id) {
        require(id);
        if (!id.equals(lastUsedProfileId)) {
            lastUsedProfileId = id;
            persist();
        }
    }

    public synchronized void setWindowBounds(WindowBounds bounds) {
        if (!Objects.equals(bounds, window)) {
            window = bounds;
            persist();
        }
    }

    // ---- secrets ----

    public SecretRead clientSecret(String id) {
        return secrets.read(id, SecretKind.CLIENT_SECRET);
    }

    /** Saves (or, when empty, removes) the client secret. */
    public synchronized SecretWrite setClientSecret(String id, String clientSecret) {
        require(id);
        SecretWrite written = secrets.write(id, SecretKind.CLIENT_SECRET, clientSecret);
        persist();
        return written;
    }

    /**
     * The verification key saved for the profile, as its stored text ({@link SavedVerificationKey#parse});
     * {@link SecretRead.NotStored} when none is.
     */
    public SecretRead verificationKey(String id) {
        return secrets.read(id, SecretKind.VERIFICATION_KEY);
    }

    /** Saves the key the profile's tokens are checked with; null forgets the saved one. */
    public synchronized SecretWrite setVerificationKey(String id, SavedVerificationKey key) {
        require(id);
        if (key == null && !secrets.has(id, SecretKind.VERIFICATION_KEY)) {
            return new SecretWrite.Removed();
        }
        SecretWrite written = secrets.write(id, SecretKind.VERIFICATION_KEY, key == null ? null : key.toText());
        persist();
        return written;
    }

    /** The remembered refresh token; {@link SecretRead.NotStored} when the profile does not remember one. */
    public synchronized SecretRead rememberedRefreshToken(String id) {
        return require(id).rememberRefreshToken()
                ? secrets.read(id, SecretKind.REFRESH_TOKEN)
                : new SecretRead.NotStored();
    }

    /**
     * Call after each successful refresh with the newest refresh token. When the profile asks to
     * remember it, it replaces the remembered one. Otherwise nothing is written, and a token left from
     * earlier is removed. Empty when nothing had to be written (not remembering and nothing to remove,
     * or no new token in the answer).
     */
    public synchronized Optional<SecretWrite> afterRefresh(String id, String newRefreshToken) {
        GatewayProfile profile = require(id);
        SecretWrite written;
        if (!profile.rememberRefreshToken()) {
            if (!secrets.has(id, SecretKind.REFRESH_TOKEN)) {
                return Optional.empty();
            }
            written = secrets.forget(id, SecretKind.REFRESH_TOKEN);
        } else if (newRefreshToken == null || newRefreshToken.isBlank()) {
            return Optional.empty();
        } else {
            written = secrets.write(id, SecretKind.REFRESH_TOKEN, newRefreshToken);
        }
        persist();
        return Optional.of(written);
    }

    // ---- export and import ----

    /** Export text of the given profiles (all when {@code ids} is empty), without any secret. */
    public synchronized String export(Collection<String> ids) {
        List<GatewayProfile> chosen = ids.isEmpty()
                ? profiles
                : profiles.stream().filter(p -> ids.contains(p.id())).toList();
        return transfer.export(chosen, secrets::has);
    }

    public synchronized ImportPlan planImport(String json) throws ImportException {
        return transfer.plan(json, profiles);
    }

    /** Applies a plan with the user's answers; unanswered conflicts are skipped. */
    public synchronized ImportResult applyImport(ImportPlan plan,
                                                 Function<ImportConflict, ImportConflict.Resolution> choice) {
        ImportResult result = ProfileTransfer.apply(profiles, plan, choice);
        profiles = result.profiles();
        persist();
        return result;
    }

    // ---- disk ----

    /** Writes the current state (also the retry after a failure). */
    public synchronized SaveResult save() {
        return persist();
    }

    /**
     * Saves, retrying up to {@code attempts} times with {@code pause} between tries (a briefly locked
     * file, an antivirus scan). Blocks; the last result is returned and reported.
     */
    public SaveResult saveRetrying(int attempts, Duration pause) throws InterruptedException {
        SaveResult result = save();
        for (int attempt = 1; attempt < attempts && !result.succeeded(); attempt++) {
            Thread.sleep(pause.toMillis());
            result = save();
        }
        return result;
    }

    private SaveResult persist() {
        ProfilesFile contents = new ProfilesFile(ProfilesFile.CURRENT_SCHEMA_VERSION, lastUsedProfileId, window,
                profiles, secrets.snapshot(), secrets.fileNoticeShown());
        SaveResult result;
        try {
            store.save(contents);
            unsaved = false;
            consecutiveSaveFailures = 0;
            result = new SaveResult.Saved(store.file());
        } catch (IOException | RuntimeException e) {
            unsaved = true;
            consecutiveSaveFailures++;
            result = new SaveResult.Failed(store.file(),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    consecutiveSaveFailures);
        }
        saveListener.accept(result);
        return result;
    }

    private GatewayProfile require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no profile with id " + id));
    }

    private List<GatewayProfile> append(GatewayProfile profile) {
        List<GatewayProfile> list = new ArrayList<>(profiles);
        list.add(profile);
        return list;
    }

    private void replaceList(List<GatewayProfile> list) {
        profiles = List.copyOf(list);
        persist();
    }

    private String freeName(String baseName) {
        String base = baseName == null || baseName.isBlank() ? "Profile" : baseName.strip();
        String candidate = base;
        for (int n = 2; checkName(candidate, null) != NameCheck.OK; n++) {
            candidate = base + " " + n;
        }
        return candidate;
    }
}
