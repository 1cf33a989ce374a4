package io.tokenrefresher.core.secret;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One entry of the profiles file's secret index: where the secret is, and its value only when it
 * lives in the file itself ({@link SecretLocation#PROFILES_FILE}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredSecret(SecretLocation storedIn, String value) {
    /** {@code storedIn} may be null when read from a newer file with a location this version does not know. */
    public StoredSecret {
        if (storedIn == SecretLocation.OS_CREDENTIAL_STORE) {
            value = null;
        }
    }

    public static StoredSecret inCredentialStore() {
        return new StoredSecret(SecretLocation.OS_CREDENTIAL_STORE, null);
    }

    public static StoredSecret inProfilesFile(String value) {
        return new StoredSecret(SecretLocation.PROFILES_FILE, Objects.requireNonNull(value, "value"));
    }

    @Override
    public String toString() {
        return "StoredSecret[storedIn=" + storedIn + (value == null ? "" : ", value=<hidden>") + "]";
    }
}
