package io.tokenrefresher.core.session;

import io.tokenrefresher.core.oauth.GatewayFailure;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Which failed refreshes are worth trying again, and after how long. Trouble on the way (network,
 * timeouts, a gateway that is down or rate-limits) passes; a refusal of the token does not, and sending
 * the same refused token again only risks a gateway that revokes on reuse.
 */
final class RetryPolicy {
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private RetryPolicy() {
    }

    /** The wait before attempt {@code failures + 1}; empty when the failure is final. */
    static Optional<Duration> waitAfter(GatewayFailure failure, int failures) {
        if (!transientFailure(failure)) {
            return Optional.empty();
        }
        if (failure instanceof GatewayFailure.RateLimited r && r.retryAfter() != null) {
            return Optional.of(r.retryAfter().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                    : r.retryAfter());
        }
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(10, Math.max(0, failures - 1)));
        return Optional.of(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    }

    static boolean transientFailure(GatewayFailure failure) {
        if (failure instanceof GatewayFailure.NetworkError || failure instanceof GatewayFailure.Timeout
                || failure instanceof GatewayFailure.ConnectionRefused || failure instanceof GatewayFailure.UnknownHost
                || failure instanceof GatewayFailure.RateLimited || failure instanceof GatewayFailure.ConnectionCut
                || failure instanceof GatewayFailure.BodyTimeout || failure instanceof GatewayFailure.ServerFault
                || failure instanceof GatewayFailure.UpstreamUnavailable) {
            // after a resume the network comes back a few seconds later; a gateway's fault or a proxy's
            // 502/503/504 is not a refusal of the token either
            return true;
        }
        if (failure instanceof GatewayFailure.ProxyFailure p) {
            return p.problem() != GatewayFailure.ProxyProblem.TUNNEL_FAILED;
        }
        if (failure instanceof GatewayFailure.ServerRefused r) {
            return r.status() >= 500 && r.hint() == null && !oauthRefusal(r);
        }
        if (failure instanceof GatewayFailure.NotJson n) {
            return n.status() >= 500; // a proxy's 502/503 page
        }
        if (failure instanceof GatewayFailure.MalformedJson m) {
            return m.truncated() || m.status() >= 500;
        }
        return false;
    }

    private static boolean oauthRefusal(GatewayFailure.ServerRefused r) {
        String error = r.error() == null || r.error().error() == null ? "" : r.error().error().toLowerCase(Locale.ROOT);
        return error.equals("invalid_grant") || error.equals("invalid_token") || error.equals("invalid_client")
                || error.equals("unauthorized");
    }
}
