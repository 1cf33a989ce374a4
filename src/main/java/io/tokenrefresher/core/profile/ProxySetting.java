package io.tokenrefresher.core.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** How a profile reaches its gateway: the system's proxy settings, directly, or through host:port. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProxySetting(Mode mode, String host, Integer port) {

    public enum Mode {
        SYSTEM,
        NONE,
        MANUAL
    }

    public static final ProxySetting SYSTEM = new ProxySetting(Mode.SYSTEM, null, null);
    public static final ProxySetting NONE = new ProxySetting(Mode.NONE, null, null);

    public ProxySetting {
        mode = mode == null ? Mode.SYSTEM : mode;
        host = host == null || host.isBlank() ? null : host.trim();
        port = port == null || port < 1 || port > 65535 ? null : port;
    }

    public static ProxySetting manual(String host, int port) {
        return new ProxySetting(Mode.MANUAL, host, port);
    }

    /**
     * Reads what a user types into a proxy field, {@code host:port} (an IPv6 host in brackets);
     * null when it has no host or no valid port.
     */
    public static ProxySetting parseHostPort(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            return null;
        }
        String host = trimmed.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(trimmed.substring(colon + 1));
            ProxySetting parsed = manual(host, port);
            return parsed.isComplete() ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** False for a manual proxy that lacks its host or port. */
    @JsonIgnore
    public boolean isComplete() {
        return mode != Mode.MANUAL || (host != null && port != null);
    }

    /** {@code host:port} for a manual proxy, empty otherwise. */
    @JsonIgnore
    public String hostPort() {
        if (mode != Mode.MANUAL || host == null) {
            return "";
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return port == null ? shownHost : shownHost + ":" + port;
    }
}
