package io.tokenrefresher.core.jwt;

import java.time.Instant;

/**
 * One header field or payload claim of a token. {@code value} is readable text (arrays joined with
 * commas); {@code raw} is the JSON as it stands in the token; {@code instant} is set for the time
 * claims {@code exp}, {@code iat}, {@code nbf} (and any numeric claim named like a time).
 */
public record ClaimRow(Section section, String name, String value, String raw, Kind kind, Instant instant) {
    public enum Section { HEADER, PAYLOAD }

    public enum Kind { TEXT, NUMBER, BOOLEAN, TIME, ARRAY, OBJECT, NULL }
}
