package io.tokenrefresher.core.session;

import io.tokenrefresher.core.oauth.TokenOutcome;
import java.time.Instant;

/**
 * Something about a session that the user should hear about even while looking elsewhere: what the
 * status area shows and what a desktop notification says. Never holds a token.
 */
public sealed interface SessionEvent {

    /** Auto-refresh gave up: the outcome of the last attempt (an OAuth refusal, or retries used up). */
    record Failed(TokenOutcome.Failure failure) implements SessionEvent {
    }

    /** The refresh token itself expires at {@code refreshExpiresAt}: log in again before then. */
    record ChainEnding(Instant refreshExpiresAt) implements SessionEvent {
    }

    /** With auto-refresh off: the access token expires at {@code accessExpiresAt}, within 5 minutes. */
    record AccessExpiringSoon(Instant accessExpiresAt) implements SessionEvent {
    }
}
