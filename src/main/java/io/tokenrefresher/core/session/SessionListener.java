package io.tokenrefresher.core.session;

/** Hears what happens to sessions, on the thread where it happened (a worker for a request). */
public interface SessionListener {
    /** A request started or ended, or the session's auto-refresh state changed. */
    default void changed(ProfileSession session) {
    }

    /** A request brought a new token pair (already the session's newest). */
    default void newPair(ProfileSession session, TokenPair pair) {
    }

    /** A request was answered, successfully or not (after {@link #newPair}): one row of the history. */
    default void answered(ProfileSession session, SessionAnswer answer) {
    }

    /** Something the user should hear about: auto-refresh failed, the chain ends, the token expires soon. */
    default void event(ProfileSession session, SessionEvent event) {
    }
}
