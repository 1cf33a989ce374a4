package io.tokenrefresher.app;

import io.tokenrefresher.core.notify.Notice;
import io.tokenrefresher.core.notify.Notices;
import io.tokenrefresher.core.session.SessionEvent;

/**
 * Turns a session's event into the notice the user reads (banner, desktop). Lives in app because it joins
 * two core parts that do not know each other: the sessions' events and the notices' words.
 */
final class SessionNotices {
    private SessionNotices() {
    }

    static Notice of(Notices notices, String profileName, SessionEvent event) {
        if (event instanceof SessionEvent.Failed failed) {
            return notices.sessionFailed(profileName, failed.failure().failure());
        } else if (event instanceof SessionEvent.ChainEnding ending) {
            return notices.chainEnding(profileName, ending.refreshExpiresAt());
        } else if (event instanceof SessionEvent.AccessExpiringSoon soon) {
            return notices.accessExpiring(profileName, soon.accessExpiresAt());
        }
        // a new kind of event must be given its words here (SessionNoticesTest walks the permitted types)
        throw new IllegalStateException("no notice for " + event.getClass().getName());
    }
}
