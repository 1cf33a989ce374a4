package io.tokenrefresher.core.net;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.GatewayFailure.SetupProblem;

/**
 * A profile's connection settings cannot be turned into an HTTP client: the CA file is missing,
 * unreadable or holds no certificate, or a manual proxy lacks host or port. Nothing was sent.
 *
 * <p>{@link #failure()} is the same problem as a {@link GatewayFailure}, so the window and the command
 * line describe it with {@code Messages.describe} ("CA file not found: /path") and the command
 * line exits with its usage code.
 */
public final class ConnectionSetupException extends Exception {
    private final GatewayFailure.ConnectionSetup failure;

    public ConnectionSetupException(SetupProblem problem, String path, String detail, Throwable cause) {
        super(problem + (path != null ? ": " + path : "") + (detail != null ? " (" + detail + ")" : ""), cause);
        this.failure = new GatewayFailure.ConnectionSetup(problem, path, detail);
    }

    public SetupProblem problem() {
        return failure.problem();
    }

    /** The CA file as the profile names it; null for a proxy problem. */
    public String path() {
        return failure.path();
    }

    public GatewayFailure.ConnectionSetup failure() {
        return failure;
    }
}
