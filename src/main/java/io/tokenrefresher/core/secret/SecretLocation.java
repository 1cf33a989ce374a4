package io.tokenrefresher.core.secret;

/** Where a saved secret lives; recorded in the profiles file so a missing entry is noticed, never taken for "empty". */
public enum SecretLocation {
    /** The operating system's credential store (Credential Manager, Keychain, Secret Service). */
    OS_CREDENTIAL_STORE,
    /** The profiles file itself (owner-only permissions), used where no credential store is available. */
    PROFILES_FILE
}
