package io.tokenrefresher.core.session;

/** Hears what happens to sessions, on the thread where it happened (a worker for a request). */
public interface SessionListener {
    /** A request started or ended. */
    default void changed(ProfileSession session) {
    }

    /** A request brought a new token pair (already the session's newest). */
    default void newPair(ProfileSession session, TokenPair pair) {
    }
}
