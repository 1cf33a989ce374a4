package io.tokenrefresher.core.jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far the gateway's clock is from this machine's, from an answer's {@code Date} header. The header
 * has whole seconds and is stamped while the answer is made, so the comparison is with the middle of
 * the round trip and differences up to {@link #NOTICEABLE} are not worth a word.
 *
 * @param offset the gateway's clock minus this machine's
 */
public record ClockSkew(Duration offset) {
    public static final Duration NOTICEABLE = Duration.ofSeconds(5);

    /**
     * @param gatewayDate the answer's {@code Date}
     * @param sentAt      this machine's clock when the request left
     * @param roundTrip   how long until the answer's head came back
     */
    public static Optional<ClockSkew> of(Optional<Instant> gatewayDate, Instant sentAt, Duration roundTrip) {
        if (gatewayDate.isEmpty() || sentAt == null) {
            return Optional.empty();
        }
        Instant localMiddle = sentAt.plus(roundTrip == null ? Duration.ZERO : roundTrip.dividedBy(2));
        return Optional.of(new ClockSkew(Duration.between(localMiddle, gatewayDate.get())));
    }

    /** More than {@link #NOTICEABLE} either way. */
    public boolean noticeable() {
        return offset.abs().compareTo(NOTICEABLE) > 0;
    }

    /** The gateway's time for this machine's {@code now}. */
    public Instant gatewayTime(Instant now) {
        return now.plus(offset);
    }

    /** A short language-neutral length: "12 s", "3 min 5 s", "2 h 1 min", "40 d". */
    public static String describe(Duration d) {
        long s = Math.abs(d.getSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }
        if (s < 86_400 * 2) {
            return (s / 3600) + " h" + (s % 3600 / 60 == 0 ? "" : " " + (s % 3600 / 60) + " min");
        }
        return (s / 86_400) + " d";
    }
}
