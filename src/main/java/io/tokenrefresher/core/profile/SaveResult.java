package io.tokenrefresher.core.profile;

import java.nio.file.Path;
import java.util.Objects;

/** The answer of a save: the window shows a failure and offers to retry; nothing is dropped meanwhile. */
public sealed interface SaveResult {

    record Saved(Path file) implements SaveResult {
    }

    /**
     * The disk refused; the changes are still in memory and the file on disk is the previous one.
     *
     * @param detail              the file system's message
     * @param consecutiveFailures 1 for the first failure, counting up until a save succeeds
     */
    record Failed(Path file, String detail, int consecutiveFailures) implements SaveResult {
        public Failed {
            Objects.requireNonNull(file, "file");
            detail = detail == null ? "" : detail;
        }
    }

    default boolean succeeded() {
        return this instanceof Saved;
    }
}
