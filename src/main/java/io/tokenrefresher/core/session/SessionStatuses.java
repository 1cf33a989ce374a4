package io.tokenrefresher.core.session;

import io.tokenrefresher.core.expiry.Expiry;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reads a session's state at a glance from its pair, its last outcome and what the auto-refresher knows. */
final class SessionStatuses {
    private SessionStatuses() {
    }

    /**
     * @param gaveUp     the failure auto-refresh stopped on; null when it did not
     * @param refreshing auto-refresh has a request in flight or waits to retry
     */
    static SessionStatus of(ProfileSession session, TokenOutcome.Failure gaveUp, boolean keptAlive,
                            boolean refreshing, Instant now, AutoRefresher.Settings settings) {
        Optional<TokenPair> pair = session.newest();
        Duration left = pair.flatMap(TokenPair::accessExpiryIfKnown).map(e -> e.remaining(now)).orElse(null);
        if (session.isSending() || refreshing) {
            return new SessionStatus(SessionState.REFRESHING, left, null, keptAlive);
        }
        if (gaveUp != null) {
            return new SessionStatus(SessionState.FAILED, left, gaveUp, keptAlive);
        }
        if (!keptAlive && session.lastOutcome().orElse(null) instanceof TokenOutcome.Failure f
                && !(f.failure() instanceof GatewayFailure.Cancelled)) {
            return new SessionStatus(SessionState.FAILED, left, f, false);
        }
        if (pair.isEmpty() || left != null && (left.isNegative() || left.isZero())) {
            return new SessionStatus(SessionState.NONE, left, null, keptAlive);
        }
        boolean expiring = keptAlive
                ? pair.flatMap(TokenPair::refreshExpiryIfKnown).map(Expiry::expiresAt)
                        .map(end -> !end.minus(settings.chainWarning()).isAfter(now)).orElse(false)
                : left != null && left.compareTo(settings.accessWarning()) <= 0;
        return new SessionStatus(expiring ? SessionState.EXPIRING : SessionState.ALIVE, left, null, keptAlive);
    }
}
