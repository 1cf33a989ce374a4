package io.tokenrefresher.core.secret;

import java.util.Objects;

/** The answer to "keep (or remove) this secret". */
public sealed interface SecretWrite {

    /** Saved where asked, or removed when the value was empty. */
    record Stored(SecretLocation location) implements SecretWrite {
    }

    record Removed() implements SecretWrite {
    }

    /**
     * The credential store could not take it, so it went into the profiles file (owner-only) instead.
     * {@code tellUser} is true the first time this happens for this profiles file: show the one-time notice.
     */
    record StoredInProfilesFileInstead(SecretProblem storeProblem, String detail, boolean tellUser)
            implements SecretWrite {
        public StoredInProfilesFileInstead {
            Objects.requireNonNull(storeProblem, "storeProblem");
            detail = detail == null ? "" : detail;
        }
    }

    record CouldNotWrite(SecretProblem problem, String detail) implements SecretWrite {
        public CouldNotWrite {
            Objects.requireNonNull(problem, "problem");
            detail = detail == null ? "" : detail;
        }
    }

    default boolean succeeded() {
        return !(this instanceof CouldNotWrite);
    }
}
