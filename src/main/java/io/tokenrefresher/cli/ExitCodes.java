package io.tokenrefresher.cli;

/**
 * The command line's exit codes. 3, 4 and 5 come from {@link io.tokenrefresher.core.oauth.GatewayFailure#exitCode()}
 * so the classes of failure stay defined in one place.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** A bug: an exception nobody expected (its class and message go to stderr). */
    public static final int INTERNAL = 1;
    /** Bad options, unreadable input files, an unknown profile, a text that is not a JWT. */
    public static final int USAGE = 2;
    public static final int SERVER_REFUSED = 3;
    public static final int NETWORK = 4;
    /** The server answered, but not with usable tokens. */
    public static final int UNREADABLE_ANSWER = 5;

    private ExitCodes() {
    }
}
