package io.tokenrefresher.core.secret;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An OS credential store stand-in for tests: keeps secrets in memory, or plays unavailable or failing. */
public final class FakeCredentialStore implements CredentialStore {

    public enum Mode {
        WORKING,
        UNAVAILABLE,
        /** Answers, but every call fails (a locked keyring, access denied). */
        FAILING
    }

    private final Map<String, String> entries = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.WORKING;

    public FakeCredentialStore mode(Mode newMode) {
        this.mode = newMode;
        return this;
    }

    /** What the store holds, as the OS would show it. */
    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }

    /** Removes an entry behind the app's back (the user cleaned the keyring). */
    public void lose(String account) {
        entries.remove(account);
    }

    @Override
    public SecretLocation location() {
        return SecretLocation.OS_CREDENTIAL_STORE;
    }

    @Override
    public SecretRead read(String account) {
        return switch (mode) {
            case WORKING -> {
                String value = entries.get(account);
                yield value == null ? new SecretRead.NotStored() : new SecretRead.Found(value);
            }
            case UNAVAILABLE -> new SecretRead.CouldNotRead(SecretProblem.UNAVAILABLE, "fake: no store");
            case FAILING -> new SecretRead.CouldNotRead(SecretProblem.FAILED, "fake: locked");
        };
    }

    @Override
    public SecretWrite write(String account, String value) {
        return switch (mode) {
            case WORKING -> {
                entries.put(account, value);
                yield new SecretWrite.Stored(SecretLocation.OS_CREDENTIAL_STORE);
            }
            case UNAVAILABLE -> new SecretWrite.CouldNotWrite(SecretProblem.UNAVAILABLE, "fake: no store");
            case FAILING -> new SecretWrite.CouldNotWrite(SecretProblem.FAILED, "fake: locked");
        };
    }

    @Override
    public SecretWrite delete(String account) {
        return switch (mode) {
            case WORKING -> {
                entries.remove(account);
                yield new SecretWrite.Removed();
            }
            case UNAVAILABLE -> new SecretWrite.CouldNotWrite(SecretProblem.UNAVAILABLE, "fake: no store");
            case FAILING -> new SecretWrite.CouldNotWrite(SecretProblem.FAILED, "fake: locked");
        };
    }
}
