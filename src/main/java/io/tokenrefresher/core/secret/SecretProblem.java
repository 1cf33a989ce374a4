package io.tokenrefresher.core.secret;

/** Why a secret could not be read or written; {@link #key()} is the message key below {@code secret.problem.}. */
public enum SecretProblem {
    /** No credential store on this system (e.g. a Linux desktop without a Secret Service). */
    UNAVAILABLE("unavailable"),
    /** The credential store did not answer within the time limit. */
    TIMED_OUT("timedOut"),
    /** The credential store answered with an error (locked, access denied, ...). */
    FAILED("failed"),
    /** The profiles file says a secret was saved, but the credential store has no such entry. */
    ENTRY_MISSING("entryMissing");

    private final String key;

    SecretProblem(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
