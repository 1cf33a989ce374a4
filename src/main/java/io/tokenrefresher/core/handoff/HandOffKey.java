package io.tokenrefresher.core.handoff;

import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The per-install key every hand-off request must carry: 32 random bytes, Base64url, kept in the
 * credential store under one global entry (not a profile's). Regenerating replaces it at once, so the
 * old key stops working on the next request. Calls may block on the store: keep them off the FX thread.
 */
public final class HandOffKey {
    /** The credential store's account name; no profile id looks like it. */
    public static final String ACCOUNT = "token-refresher/hand-off-key";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The store could not keep or give the key; {@code detail} is the store's own words. */
    public static final class Unavailable extends Exception {
        public Unavailable(String detail) {
            super(detail);
        }
    }

    private final CredentialStore store;
    private volatile String current;

    public HandOffKey(CredentialStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The stored key, made and stored first when there is none. */
    public synchronized String getOrCreate() throws Unavailable {
        if (current != null) {
            return current;
        }
        SecretRead read = store.read(ACCOUNT);
        if (read instanceof SecretRead.Found found) {
            current = found.value();
            return current;
        }
        if (read instanceof SecretRead.CouldNotRead couldNot) {
            throw new Unavailable(couldNot.detail());
        }
        return regenerate();
    }

    /** A new key replaces the old one in the store and here. */
    public synchronized String regenerate() throws Unavailable {
        String fresh = newKey();
        if (store.write(ACCOUNT, fresh) instanceof SecretWrite.CouldNotWrite couldNot) {
            throw new Unavailable(couldNot.detail());
        }
        current = fresh;
        return fresh;
    }

    /** The key known now, or null before {@link #getOrCreate()}. */
    public String current() {
        return current;
    }

    static String newKey() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Constant time in the length of {@code expected}: a caller cannot guess the key byte by byte. */
    public static boolean matches(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
