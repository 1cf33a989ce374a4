package io.tokenrefresher.core.session;

import io.tokenrefresher.core.expiry.Expiry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings a session owes its user, once per expiry: the refresh chain ends soon (while it is kept
 * alive), or the access token expires soon (while it is not). Guarded by the auto-refresher's watch.
 */
final class ExpiryWarnings {
    private final Duration chainWarning;
    private final Duration accessWarning;
    private Instant chainWarned;
    private Instant accessWarned;

    ExpiryWarnings(Duration chainWarning, Duration accessWarning) {
        this.chainWarning = chainWarning;
        this.accessWarning = accessWarning;
    }

    /** The warnings due at {@code now} and not given yet for these expiries; marks them as given. */
    List<SessionEvent> due(TokenPair pair, Instant now, boolean keptAlive) {
        List<SessionEvent> events = new ArrayList<>();
        Expiry refresh = pair.refreshExpiry();
        if (keptAlive && refresh != null && refresh.expiresAt().isAfter(now)
                && !refresh.expiresAt().minus(chainWarning).isAfter(now)
                && !refresh.expiresAt().equals(chainWarned)) {
            chainWarned = refresh.expiresAt();
            events.add(new SessionEvent.ChainEnding(refresh.expiresAt()));
        }
        Expiry access = pair.accessExpiry();
        if (!keptAlive && access != null && access.expiresAt().isAfter(now)
                && !access.expiresAt().minus(accessWarning).isAfter(now)
                && !access.expiresAt().equals(accessWarned)) {
            accessWarned = access.expiresAt();
            events.add(new SessionEvent.AccessExpiringSoon(access.expiresAt()));
        }
        return events;
    }

    /** When the next warning falls due, or null when none is left for this pair. */
    Instant next(TokenPair pair, boolean keptAlive) {
        Instant at = null;
        if (keptAlive && pair.refreshExpiry() != null && !pair.refreshExpiry().expiresAt().equals(chainWarned)) {
            at = pair.refreshExpiry().expiresAt().minus(chainWarning);
        }
        if (!keptAlive && pair.accessExpiry() != null && !pair.accessExpiry().expiresAt().equals(accessWarned)) {
            at = earliest(at, pair.accessExpiry().expiresAt().minus(accessWarning));
        }
        return at;
    }

    /** The earlier of two instants, either of which may be null (none). */
    static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
