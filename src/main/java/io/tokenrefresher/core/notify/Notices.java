package io.tokenrefresher.core.notify;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.notify.Notice.Kind;
import io.tokenrefresher.core.notify.Notice.Severity;
import io.tokenrefresher.core.oauth.GatewayFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Makes the {@link Notice}s of the session events, in the language of the {@link Messages} given, with
 * times in the {@link Clock}'s zone ({@code HH:mm}, with the day when it is not today).
 */
public final class Notices {
    /** How long before the access token's expiry {@link #accessExpiring} is meant to be posted (auto-refresh off). */
    public static final Duration ACCESS_WARNING = Duration.ofMinutes(5);

    private final Messages messages;
    private final Clock clock;

    public Notices(Messages messages, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A session can no longer be kept: the failure's headline (its tokens masked) says why. */
    public Notice sessionFailed(String profileName, GatewayFailure failure) {
        return sessionFailed(profileName, messages.describe(failure).headline());
    }

    /** The same, from a headline already worded (by {@link Messages#describe}); it is masked again. */
    public Notice sessionFailed(String profileName, String failureHeadline) {
        return new Notice(Kind.SESSION_FAILED, profileName,
                messages.format("notice.sessionFailed.title", profileName),
                messages.format("notice.sessionFailed.body", Objects.requireNonNullElse(failureHeadline, "")),
                Severity.ERROR);
    }

    /** The refresh token ends at {@code refreshExpiresAt}: log in again before then. */
    public Notice chainEnding(String profileName, Instant refreshExpiresAt) {
        String at = time(refreshExpiresAt);
        return new Notice(Kind.CHAIN_ENDING, profileName,
                messages.format("notice.chainEnding.title", profileName, at),
                messages.format("notice.chainEnding.body", profileName, at),
                Severity.WARNING);
    }

    /** With auto-refresh off, the access token expires at {@code accessExpiresAt}, in a few minutes. */
    public Notice accessExpiring(String profileName, Instant accessExpiresAt) {
        Duration left = Duration.between(clock.instant(), accessExpiresAt);
        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        return new Notice(Kind.ACCESS_EXPIRING, profileName,
                messages.format("notice.accessExpiring.title", profileName, minutes),
                messages.format("notice.accessExpiring.body", profileName, time(accessExpiresAt)),
                Severity.WARNING);
    }

    /** {@code HH:mm} today, or the day and time otherwise (a warning an hour ahead may cross midnight). */
    private String time(Instant instant) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        boolean today = at.toLocalDate().equals(LocalDate.now(clock));
        String pattern = today ? "HH:mm" : messages.text("notice.time.otherDay");
        return DateTimeFormatter.ofPattern(pattern).format(at);
    }
}
