package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.GatewayFailure.BodyTimeout;
import io.tokenrefresher.core.oauth.GatewayFailure.Cancelled;
import io.tokenrefresher.core.oauth.GatewayFailure.ConnectionCut;
import io.tokenrefresher.core.oauth.GatewayFailure.ConnectionRefused;
import io.tokenrefresher.core.oauth.GatewayFailure.ConnectionSetup;
import io.tokenrefresher.core.oauth.GatewayFailure.InvalidHeader;
import io.tokenrefresher.core.oauth.GatewayFailure.InvalidUrl;
import io.tokenrefresher.core.oauth.GatewayFailure.MalformedJson;
import io.tokenrefresher.core.oauth.GatewayFailure.MissingAccessToken;
import io.tokenrefresher.core.oauth.GatewayFailure.NetworkError;
import io.tokenrefresher.core.oauth.GatewayFailure.NotJson;
import io.tokenrefresher.core.oauth.GatewayFailure.ProxyFailure;
import io.tokenrefresher.core.oauth.GatewayFailure.RateLimited;
import io.tokenrefresher.core.oauth.GatewayFailure.Redirect;
import io.tokenrefresher.core.oauth.GatewayFailure.ResponseTooLarge;
import io.tokenrefresher.core.oauth.GatewayFailure.ServerFault;
import io.tokenrefresher.core.oauth.GatewayFailure.ServerRefused;
import io.tokenrefresher.core.oauth.GatewayFailure.Timeout;
import io.tokenrefresher.core.oauth.GatewayFailure.TlsFailure;
import io.tokenrefresher.core.oauth.GatewayFailure.UnknownHost;
import io.tokenrefresher.core.oauth.GatewayFailure.UpstreamUnavailable;

/**
 * The command line's exit codes. Which class of failure gets which code is decided here, by
 * {@link #of(GatewayFailure)}, since exit codes mean nothing to the window or to core.
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
    /** {@code decode} with a key: the signature does not match it (or the algorithms differ). */
    public static final int INVALID_SIGNATURE = 6;

    private ExitCodes() {
    }

    /**
     * The exit code for a failed token request: 3 the server refused, 4 network, timeout, TLS, proxy,
     * rate limit or a fault inside the gateway (HTTP 5xx with its own error: the same request may work later),
     * 5 an answer without usable tokens (including a proxy's 502/503/504 error page, which is not JSON), and 2 when nothing could be sent (address, header, connection
     * settings), as for other bad input. One branch per type and no default, so a new kind of failure
     * throws until it is given a code (ExitCodesTest checks every permitted type has one).
     */
    public static int of(GatewayFailure failure) {
        if (failure instanceof InvalidUrl || failure instanceof InvalidHeader || failure instanceof ConnectionSetup) {
            return USAGE;
        } else if (failure instanceof Redirect || failure instanceof ServerRefused) {
            return SERVER_REFUSED;
        } else if (failure instanceof UnknownHost || failure instanceof ConnectionRefused
                || failure instanceof Timeout || failure instanceof TlsFailure || failure instanceof ProxyFailure
                || failure instanceof NetworkError || failure instanceof Cancelled || failure instanceof RateLimited
                || failure instanceof ConnectionCut || failure instanceof BodyTimeout || failure instanceof ServerFault) {
            return NETWORK;
        } else if (failure instanceof NotJson || failure instanceof MalformedJson
                || failure instanceof MissingAccessToken || failure instanceof ResponseTooLarge
                || failure instanceof UpstreamUnavailable) {
            return UNREADABLE_ANSWER;
        }
        throw new IllegalStateException("no exit code for " + failure.getClass().getName());
    }
}
