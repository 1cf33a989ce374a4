package io.tokenrefresher.core.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Which server certificates a profile accepts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TlsTrust(Mode mode, String caFile) {

    public enum Mode {
        /** The Java runtime's trusted authorities. */
        SYSTEM,
        /** Only certificates issued by the CA in {@link #caFile()} (PEM). */
        CA_FILE,
        /** Any certificate: insecure, shown with a persistent red warning while in use. */
        TRUST_ALL
    }

    public static final TlsTrust SYSTEM = new TlsTrust(Mode.SYSTEM, null);
    public static final TlsTrust TRUST_ALL = new TlsTrust(Mode.TRUST_ALL, null);

    public TlsTrust {
        mode = mode == null ? Mode.SYSTEM : mode;
        caFile = caFile == null || caFile.isBlank() ? null : caFile.trim();
    }

    public static TlsTrust caFile(String pemFile) {
        return new TlsTrust(Mode.CA_FILE, pemFile);
    }

    /** True for {@link Mode#TRUST_ALL}: the window keeps a red warning on screen. */
    @JsonIgnore
    public boolean isInsecure() {
        return mode == Mode.TRUST_ALL;
    }
}
