package io.tokenrefresher.core.secret;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The secrets of all profiles, looked up by profile id and {@link SecretKind}.
 *
 * <p>The profiles file keeps an index (which secret exists, and where) but a secret's value only
 * when it lives in the file. Values go to the OS {@link CredentialStore} when it takes them, else to
 * the {@link FileFallbackCredentialStore}. Because the index says what was saved, a credential store
 * that cannot answer or has lost an entry yields {@link SecretRead.CouldNotRead}, never an empty value.
 *
 * <p>Calls may block on the OS store (bounded by its time limit): call them off the FX thread.
 */
public final class ProfileSecrets {

    private final CredentialStore credentialStore;
    private final FileFallbackCredentialStore fileStore = new FileFallbackCredentialStore();
    private final Map<String, EnumMap<SecretKind, SecretLocation>> index = new HashMap<>();

    /** @param credentialStore the OS store, or {@link CredentialStore#none(String)} where there is none */
    public ProfileSecrets(CredentialStore credentialStore) {
        this.credentialStore = Objects.requireNonNull(credentialStore, "credentialStore");
    }

    /** Replaces everything with what the profiles file held. */
    public synchronized void restore(Map<String, Map<SecretKind, StoredSecret>> saved, boolean fileNoticeShown) {
        index.clear();
        Map<String, String> fileValues = new HashMap<>();
        saved.forEach((profileId, secrets) -> secrets.forEach((kind, stored) -> {
            if (profileId == null || kind == null || stored == null || stored.storedIn() == null) {
                return;
            }
            if (stored.storedIn() == SecretLocation.PROFILES_FILE) {
                if (stored.value() == null) {
                    return;
                }
                fileValues.put(kind.account(profileId), stored.value());
            }
            locations(profileId).put(kind, stored.storedIn());
        }));
        fileStore.restore(fileValues, fileNoticeShown);
    }

    /** What the profiles file must hold: the index, with values only for secrets kept in the file. */
    public synchronized Map<String, Map<SecretKind, StoredSecret>> snapshot() {
        Map<String, String> fileValues = fileStore.snapshot();
        Map<String, Map<SecretKind, StoredSecret>> out = new TreeMap<>();
        index.forEach((profileId, secrets) -> {
            Map<SecretKind, StoredSecret> entries = new EnumMap<>(SecretKind.class);
            secrets.forEach((kind, location) -> {
                if (location == SecretLocation.OS_CREDENTIAL_STORE) {
                    entries.put(kind, StoredSecret.inCredentialStore());
                } else {
                    String value = fileValues.get(kind.account(profileId));
                    if (value != null) {
                        entries.put(kind, StoredSecret.inProfilesFile(value));
                    }
                }
            });
            if (!entries.isEmpty()) {
                out.put(profileId, entries);
            }
        });
        return out;
    }

    public boolean fileNoticeShown() {
        return fileStore.noticeShown();
    }

    /** Where the secret is saved, or null when none is. Does not touch any store. */
    public synchronized SecretLocation locationOf(String profileId, SecretKind kind) {
        Map<SecretKind, SecretLocation> secrets = index.get(profileId);
        return secrets == null ? null : secrets.get(kind);
    }

    public boolean has(String profileId, SecretKind kind) {
        return locationOf(profileId, kind) != null;
    }

    public synchronized SecretRead read(String profileId, SecretKind kind) {
        SecretLocation location = locationOf(profileId, kind);
        if (location == null) {
            return new SecretRead.NotStored();
        }
        SecretRead answer = storeAt(location).read(kind.account(profileId));
        if (answer instanceof SecretRead.NotStored) {
            return new SecretRead.CouldNotRead(SecretProblem.ENTRY_MISSING,
                    "saved in " + location + " but the entry is gone");
        }
        return answer;
    }

    /**
     * Saves the secret: in the OS store when it takes it, else in the profiles file (answering
     * {@link SecretWrite.StoredInProfilesFileInstead}). A null or empty value removes the secret.
     * The profiles file must be saved afterwards (the index changed).
     */
    public synchronized SecretWrite write(String profileId, SecretKind kind, String value) {
        if (value == null || value.isEmpty()) {
            return forget(profileId, kind);
        }
        String account = kind.account(profileId);
        SecretLocation previous = locationOf(profileId, kind);
        SecretWrite answer = credentialStore.write(account, value);
        if (answer instanceof SecretWrite.Stored) {
            locations(profileId).put(kind, SecretLocation.OS_CREDENTIAL_STORE);
            if (previous == SecretLocation.PROFILES_FILE) {
                fileStore.delete(account);
            }
            return answer;
        }
        SecretWrite.CouldNotWrite refused = (SecretWrite.CouldNotWrite) answer;
        fileStore.write(account, value);
        locations(profileId).put(kind, SecretLocation.PROFILES_FILE);
        boolean firstTime = fileStore.takeNotice();
        boolean tellUser = firstTime || refused.problem() == SecretProblem.FAILED;
        return new SecretWrite.StoredInProfilesFileInstead(refused.problem(), refused.detail(), tellUser);
    }

    /**
     * Removes the secret. When the OS store cannot remove it, the index keeps it (so it is not
     * forgotten while still stored) and the answer is {@link SecretWrite.CouldNotWrite}.
     */
    public synchronized SecretWrite forget(String profileId, SecretKind kind) {
        SecretLocation location = locationOf(profileId, kind);
        if (location == null) {
            return new SecretWrite.Removed();
        }
        SecretWrite answer = storeAt(location).delete(kind.account(profileId));
        if (answer instanceof SecretWrite.Removed) {
            Map<SecretKind, SecretLocation> secrets = index.get(profileId);
            secrets.remove(kind);
            if (secrets.isEmpty()) {
                index.remove(profileId);
            }
        }
        return answer;
    }

    /** Removes every secret of a profile (when the profile is deleted); the answers that failed. */
    public synchronized List<SecretWrite.CouldNotWrite> forgetAll(String profileId) {
        List<SecretWrite.CouldNotWrite> failures = new ArrayList<>();
        for (SecretKind kind : SecretKind.values()) {
            if (forget(profileId, kind) instanceof SecretWrite.CouldNotWrite failed) {
                failures.add(failed);
            }
        }
        return failures;
    }

    private CredentialStore storeAt(SecretLocation location) {
        return location == SecretLocation.PROFILES_FILE ? fileStore : credentialStore;
    }

    private EnumMap<SecretKind, SecretLocation> locations(String profileId) {
        return index.computeIfAbsent(profileId, id -> new EnumMap<>(SecretKind.class));
    }
}
