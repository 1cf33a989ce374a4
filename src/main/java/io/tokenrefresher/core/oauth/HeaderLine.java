package io.tokenrefresher.core.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One extra request header typed by the user. */
public record HeaderLine(String name, String value) {
    public HeaderLine {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
    }

    /** {@code Name: value}, as it is typed and sent. */
    public String line() {
        return name + ": " + value;
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

    /** The headers typed one per line as {@code Name: value}; blank lines and lines that do not parse are left out. */
    public static List<HeaderLine> parseLines(String text) {
        List<HeaderLine> headers = new ArrayList<>();
        for (String line : lines(text)) {
            HeaderLine h = line.isBlank() ? null : parse(line);
            if (h != null) {
                headers.add(h);
            }
        }
        return headers;
    }

    /** The 1-based number of the first non-blank line that is not {@code Name: value}, or 0 when all parse. */
    public static int firstBadLine(String text) {
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && parse(lines[i]) == null) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The headers as the user types them: one {@code Name: value} per line. */
    public static String toLines(List<HeaderLine> headers) {
        return headers.stream().map(h -> h.name() + ": " + h.value()).collect(Collectors.joining("\n"));
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\\R");
    }
}
