package io.tokenrefresher.core.profile;

import java.util.Locale;

/** A profile's TLS or proxy settings cannot be put to use; {@link #key()} names the message. */
public final class ConnectionSetupException extends Exception {

    public enum Reason {
        /** The CA certificate file does not exist (or is a folder). */
        CA_FILE_MISSING,
        CA_FILE_UNREADABLE,
        /** The file holds no X.509 certificate (PEM or DER). */
        CA_FILE_NOT_A_CERTIFICATE,
        /** A manual proxy without host or port. */
        PROXY_INCOMPLETE
    }

    private final Reason reason;
    private final String subject;

    public ConnectionSetupException(Reason reason, String subject, Throwable cause) {
        super(reason + ": " + subject, cause);
        this.reason = reason;
        this.subject = subject == null ? "" : subject;
    }

    public Reason reason() {
        return reason;
    }

    /** The file or proxy concerned, for the message. */
    public String subject() {
        return subject;
    }

    /** {@code connection.ca_file_missing}, ... */
    public String key() {
        return "connection." + reason.name().toLowerCase(Locale.ROOT);
    }
}
