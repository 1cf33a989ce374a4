package io.tokenrefresher.core.oauth;

import java.util.Objects;

/** One extra request header typed by the user. */
public record HeaderLine(String name, String value) {
    public HeaderLine {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
    }

    /** Parses {@code "Name: value"}; returns null when there is no colon or no name. */
    public static HeaderLine parse(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String name = line.substring(0, colon).trim();
        return name.isEmpty() ? null : new HeaderLine(name, line.substring(colon + 1).trim());
    }
}
