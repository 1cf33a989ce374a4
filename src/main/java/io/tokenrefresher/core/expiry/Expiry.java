package io.tokenrefresher.core.expiry;

import io.tokenrefresher.core.jwt.DecodedToken;
import java.time.Duration;
import java.time.Instant;

/**
 * When a token stops working, from its {@code exp} claim or, for a token that is not a JWT, from
 * {@code expires_in} counted from the answer's arrival. All arithmetic takes "now" from the caller
 * (a {@link java.time.Clock} upstream) so it is testable without waiting.
 *
 * @param issuedAt start of the lifetime (iat, or the arrival time); may be null when unknown
 */
public record Expiry(Instant issuedAt, Instant expiresAt, Source source) {
    public static final Duration WARNING_BELOW = Duration.ofMinutes(5);
    public static final Duration CRITICAL_BELOW = Duration.ofMinutes(1);

    public enum Source { EXP_CLAIM, EXPIRES_IN }

    /** From a decoded JWT's exp/iat; null when it has no exp. */
    public static Expiry ofToken(DecodedToken token) {
        if (token == null || token.expiresAt() == null) {
            return null;
        }
        return new Expiry(token.issuedAt(), token.expiresAt(), Source.EXP_CLAIM);
    }

    public static Expiry ofExpiresIn(Instant receivedAt, long expiresInSeconds) {
        return new Expiry(receivedAt, receivedAt.plusSeconds(expiresInSeconds), Source.EXPIRES_IN);
    }

    /** Time left; negative once expired. */
    public Duration remaining(Instant now) {
        return Duration.between(now, expiresAt);
    }

    public ExpiryState state(Instant now) {
        Duration left = remaining(now);
        if (left.isNegative() || left.isZero()) {
            return ExpiryState.EXPIRED;
        }
        if (left.compareTo(CRITICAL_BELOW) < 0) {
            return ExpiryState.CRITICAL;
        }
        if (left.compareTo(WARNING_BELOW) < 0) {
            return ExpiryState.WARNING;
        }
        return ExpiryState.CALM;
    }

    /** Share of the lifetime already used, 0..1; 1 when expired, and -1 when the start is unknown. */
    public double fractionUsed(Instant now) {
        if (issuedAt == null || !issuedAt.isBefore(expiresAt)) {
            return now.isBefore(expiresAt) ? -1 : 1;
        }
        double total = Duration.between(issuedAt, expiresAt).toMillis();
        double used = Duration.between(issuedAt, now).toMillis();
        return Math.max(0, Math.min(1, used / total));
    }

    /**
     * {@code hh:mm:ss} of a duration's magnitude (the caller says "ago" for negative ones); a day or more
     * is shown as {@code Nd hh:mm:ss} so a 7-day refresh token stays readable.
     */
    public static String clock(Duration d) {
        long total = Math.abs(d.getSeconds());
        if (d.isNegative() && d.getNano() > 0) {
            total = Math.abs(d.getSeconds() + 1);
        }
        long days = total / 86_400;
        long h = total % 86_400 / 3600;
        long m = total % 3600 / 60;
        long s = total % 60;
        String hms = String.format("%02d:%02d:%02d", h, m, s);
        return days > 0 ? days + "d " + hms : hms;
    }
}
