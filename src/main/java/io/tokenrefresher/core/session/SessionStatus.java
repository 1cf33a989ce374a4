package io.tokenrefresher.core.session;

import io.tokenrefresher.core.oauth.TokenOutcome;
import java.time.Duration;
import java.util.Optional;

/**
 * @param accessLeft time the access token has left; null when there is none or its expiry is unknown
 * @param failure    why the session is {@link SessionState#FAILED}; null otherwise
 * @param keptAlive  auto-refresh is on for it
 */
public record SessionStatus(SessionState state, Duration accessLeft, TokenOutcome.Failure failure,
                            boolean keptAlive) {
    public static final SessionStatus NONE = new SessionStatus(SessionState.NONE, null, null, false);

    public Optional<Duration> accessLeftIfKnown() {
        return Optional.ofNullable(accessLeft);
    }
}
