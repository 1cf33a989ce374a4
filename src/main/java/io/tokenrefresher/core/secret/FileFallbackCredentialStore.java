package io.tokenrefresher.core.secret;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets kept in the profiles file itself, for systems without a usable OS credential store. The
 * values live here in memory; {@link ProfileSecrets#snapshot()} hands them to the profile store,
 * which writes the file with owner-only (0600) permissions. It also remembers whether the user was
 * told, once, that secrets are kept in the file.
 */
public final class FileFallbackCredentialStore implements CredentialStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private volatile boolean noticeShown;

    @Override
    public SecretLocation location() {
        return SecretLocation.PROFILES_FILE;
    }

    @Override
    public SecretRead read(String account) {
        String value = values.get(account);
        return value == null ? new SecretRead.NotStored() : new SecretRead.Found(value);
    }

    @Override
    public SecretWrite write(String account, String value) {
        values.put(Objects.requireNonNull(account, "account"), Objects.requireNonNull(value, "value"));
        return new SecretWrite.Stored(SecretLocation.PROFILES_FILE);
    }

    @Override
    public SecretWrite delete(String account) {
        values.remove(account);
        return new SecretWrite.Removed();
    }

    /** True once the user has been told that secrets are kept in the profiles file. */
    public boolean noticeShown() {
        return noticeShown;
    }

    /** Marks the notice as shown; true when this call is the first, i.e. the notice must be shown now. */
    public synchronized boolean takeNotice() {
        boolean first = !noticeShown;
        noticeShown = true;
        return first;
    }

    synchronized void restore(Map<String, String> saved, boolean savedNoticeShown) {
        values.clear();
        values.putAll(saved);
        noticeShown = savedNoticeShown;
    }

    Map<String, String> snapshot() {
        return new TreeMap<>(values);
    }
}
