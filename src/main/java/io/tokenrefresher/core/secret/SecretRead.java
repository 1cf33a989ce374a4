package io.tokenrefresher.core.secret;

import java.util.Objects;

/**
 * The answer to "what is this secret?". A store that cannot answer says so with {@link CouldNotRead};
 * it never pretends the secret is empty, so the window can show a notice instead of a blank field.
 */
public sealed interface SecretRead {

    record Found(String value) implements SecretRead {
        public Found {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Found[<hidden>]";
        }
    }

    /** Nothing was ever saved (or it was removed on purpose). */
    record NotStored() implements SecretRead {
    }

    record CouldNotRead(SecretProblem problem, String detail) implements SecretRead {
        public CouldNotRead {
            Objects.requireNonNull(problem, "problem");
            detail = detail == null ? "" : detail;
        }
    }

    /** The value when found, else {@code fallback}; for callers that already handled {@link CouldNotRead}. */
    default String valueOr(String fallback) {
        return this instanceof Found found ? found.value() : fallback;
    }
}
