package io.tokenrefresher.core.profile;

import java.util.Locale;

/** The chosen file cannot be imported at all; {@link #key()} names the message. */
public final class ImportException extends Exception {

    public enum Reason {
        NOT_JSON,
        NOT_A_PROFILE_EXPORT,
        NO_PROFILES
    }

    private final Reason reason;

    public ImportException(Reason reason, String detail) {
        super(reason + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** {@code profiles.import.not_json}, ... */
    public String key() {
        return "profiles.import." + reason.name().toLowerCase(Locale.ROOT);
    }
}
