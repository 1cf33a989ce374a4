package io.tokenrefresher.core.oauth.exchange;

import io.tokenrefresher.core.oauth.HeaderLine;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * An answer as it came back: status, headers in the order received, and the body as text (decoded
 * with the charset the answer names). {@code toString} leaves the body out: it may hold tokens.
 *
 * @param truncated the body was larger than the client reads, so only the headers are known
 */
public record WireReply(int status, List<HeaderLine> headers, String body, boolean truncated) {
    public WireReply {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** The first value of a header, matched without regard to case, or null. */
    public String header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HeaderLine::value)
                .findFirst().orElse(null);
    }

    /** The gateway's clock as its {@code Date} header states it (RFC 1123), if there is a readable one. */
    public Optional<Instant> date() {
        String date = header("Date");
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "WireReply[status=" + status + ", headers=" + headers.size() + ", body=" + body.length() + " chars]";
    }
}
