package io.tokenrefresher.core.secret;

/**
 * A place that keeps secrets by account name. Calls may block (an OS credential store can take
 * seconds, or hang): call them off the FX thread. Implementations never throw for a store problem;
 * they answer with {@link SecretRead.CouldNotRead} or {@link SecretWrite.CouldNotWrite}.
 */
public interface CredentialStore {

    /** Where secrets kept by this store end up, as recorded in the profiles file's index. */
    SecretLocation location();

    /** {@link SecretRead.NotStored} when the store is sure there is no such entry. */
    SecretRead read(String account);

    /** Saves {@code value} (never empty) under {@code account}: {@link SecretWrite.Stored} or {@link SecretWrite.CouldNotWrite}. */
    SecretWrite write(String account, String value);

    /** Removes the entry: {@link SecretWrite.Removed} (also when there was none) or {@link SecretWrite.CouldNotWrite}. */
    SecretWrite delete(String account);

    /** A store for systems without one: every call answers {@link SecretProblem#UNAVAILABLE} with {@code reason}. */
    static CredentialStore none(String reason) {
        return new CredentialStore() {
            @Override
            public SecretLocation location() {
                return SecretLocation.OS_CREDENTIAL_STORE;
            }

            @Override
            public SecretRead read(String account) {
                return new SecretRead.CouldNotRead(SecretProblem.UNAVAILABLE, reason);
            }

            @Override
            public SecretWrite write(String account, String value) {
                return new SecretWrite.CouldNotWrite(SecretProblem.UNAVAILABLE, reason);
            }

            @Override
            public SecretWrite delete(String account) {
                return new SecretWrite.CouldNotWrite(SecretProblem.UNAVAILABLE, reason);
            }
        };
    }
}
