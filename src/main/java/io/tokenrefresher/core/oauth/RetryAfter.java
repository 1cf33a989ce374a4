package io.tokenrefresher.core.oauth;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds, or an HTTP date. Both occur:
 * Spring Cloud Gateway's rate limiter sends seconds, nginx and CDNs in front of gateways send dates.
 */
public final class RetryAfter {
    /** Longer waits are read as this: a refresh that waits a day is no refresh. */
    static final Duration MAX = Duration.ofHours(1);

    private RetryAfter() {
    }

    /**
     * The wait the header asks for, counted from {@code now} for a date; a date in the past is no wait.
     * Empty for a missing or unreadable value.
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Duration wait;
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                wait = Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                wait = MAX; // more digits than a long: a very long wait
            }
        } else {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                wait = at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(wait.compareTo(MAX) > 0 ? MAX : wait);
    }
}
