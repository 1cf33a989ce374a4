package io.tokenrefresher.core.session;

/** A session at a glance, as the profile selector shows it. */
public enum SessionState {
    /** No valid access token (none yet, or expired). */
    NONE,
    /** A valid access token that is kept alive, or has more than 5 minutes left. */
    ALIVE,
    /** A refresh is in flight or waits for a retry. */
    REFRESHING,
    /** Valid for less than 5 minutes and not kept alive, or its refresh chain ends within the warning time. */
    EXPIRING,
    /** The last request failed, or auto-refresh gave up. */
    FAILED
}
