package io.tokenrefresher.core.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed log-ins per profile and user in this run, because BladeX locks an account (and often
 * the IP) for 30 minutes after {@value #LOCKOUT_AFTER} failures: from the {@value #WARN_FROM}rd failure
 * the user is told how many tries remain, and the attempt that could trigger the lockout needs an
 * explicit confirmation. A success clears the count.
 */
public final class LoginGuard {
    public static final int LOCKOUT_AFTER = 5;
    public static final int WARN_FROM = 3;

    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    public void failed(String profileId, String user) {
        failures.merge(key(profileId, user), 1, Integer::sum);
    }

    public void succeeded(String profileId, String user) {
        failures.remove(key(profileId, user));
    }

    public int failures(String profileId, String user) {
        return failures.getOrDefault(key(profileId, user), 0);
    }

    /** Tries left before the gateway locks the account; never below 0. */
    public int triesLeft(String profileId, String user) {
        return Math.max(0, LOCKOUT_AFTER - failures(profileId, user));
    }

    /** Whether the user should be warned before the next try (the {@value #WARN_FROM}rd failure happened). */
    public boolean shouldWarn(String profileId, String user) {
        return failures(profileId, user) >= WARN_FROM;
    }

    /** Whether the next try may be the one that locks the account, so it needs a confirmation. */
    public boolean needsConfirmation(String profileId, String user) {
        return failures(profileId, user) >= LOCKOUT_AFTER - 1;
    }

    private static String key(String profileId, String user) {
        // user names are compared as the gateway does: as typed, but without surrounding blanks
        return profileId + "\u0000" + (user == null ? "" : user.strip());
    }
}
