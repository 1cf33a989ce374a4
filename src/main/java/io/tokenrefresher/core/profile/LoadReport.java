package io.tokenrefresher.core.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What happened when the profiles file was read, for a banner in the window. The app always starts:
 * a damaged file is moved aside (never deleted) and the backup or a fresh start takes its place.
 *
 * @param outcome      what happened
 * @param file         the profiles file
 * @param setAside     where the damaged file now is (or, for {@link Outcome#NEWER_VERSION}, the copy
 *                     kept of the newer file); null when nothing was set aside or moving it failed
 * @param backupSetAside where a damaged {@code .bak} now is, or null
 * @param problem      why the file could not be used, or null
 * @param detail       the problem's particulars (line and column, or the file system's message), or empty
 * @param savingBlocked true when the damaged file could not be moved aside: saving would overwrite
 *                     it, so saves are refused until the user moves it
 */
public record LoadReport(Outcome outcome, Path file, Path setAside, Path backupSetAside, Problem problem,
                         String detail, boolean savingBlocked) {

    public enum Outcome {
        /** Read as it was. */
        LOADED,
        /** No file yet: one example profile. */
        FIRST_RUN,
        /** Written by a newer version: read what this version knows; a copy of the file was kept. */
        NEWER_VERSION,
        /** The file was damaged or unreadable and was set aside; the backup was loaded. */
        RESTORED_FROM_BACKUP,
        /** The file was missing but a good backup was there, and was loaded. */
        MISSING_RESTORED_FROM_BACKUP,
        /** The file was damaged or unreadable and there was no good backup: fresh start with the example. */
        STARTED_FRESH
    }

    public enum Problem {
        /** Not JSON (cut off, overwritten, binary). */
        NOT_JSON,
        /** JSON, but not a profiles file (wrong shape or types). */
        NOT_A_PROFILES_FILE,
        /** Could not be read at all (permissions, I/O error). */
        UNREADABLE;

        public String key() {
            return "profiles.problem." + name().toLowerCase(Locale.ROOT);
        }
    }

    public LoadReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(file, "file");
        detail = detail == null ? "" : detail;
    }

    static LoadReport of(Outcome outcome, Path file) {
        return new LoadReport(outcome, file, null, null, null, "", false);
    }

    /** True when the window should show a banner (anything but a plain load or the first run). */
    public boolean needsBanner() {
        return outcome != Outcome.LOADED && outcome != Outcome.FIRST_RUN;
    }

    /** Message key for the banner: {@code profiles.load.restored_from_backup}, ... */
    public String key() {
        return "profiles.load." + outcome.name().toLowerCase(Locale.ROOT);
    }
}
