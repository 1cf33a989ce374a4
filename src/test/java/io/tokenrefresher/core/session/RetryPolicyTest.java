package io.tokenrefresher.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which failures auto-refresh waits out and which end the session at once. */
class RetryPolicyTest {
    @Test
    void passingTroubleOfTheNetworkOrTheGatewayIsRetried() {
        assertThat(RetryPolicy.transientFailure(GatewayFailure.ConnectionCut.resetBeforeAnswer())).isTrue();
        assertThat(RetryPolicy.transientFailure(new GatewayFailure.BodyTimeout(Duration.ofSeconds(15), 200, 40)))
                .isTrue();
        assertThat(RetryPolicy.transientFailure(new GatewayFailure.ServerFault(500,
                new OAuthError("server_error", "Internal Server Error", null), "", true))).isTrue();
        assertThat(RetryPolicy.transientFailure(new GatewayFailure.UpstreamUnavailable(502, "502 Bad Gateway",
                "text/html", "<html>", true))).isTrue();
        assertThat(RetryPolicy.waitAfter(new GatewayFailure.RateLimited(429, Duration.ofSeconds(30)), 1))
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void aRefusalOfTheTokenEndsAtOnce() {
        GatewayFailure expired = new GatewayFailure.ServerRefused(401,
                new OAuthError("invalid_token", "Invalid refresh token (expired): x", null), null, "", true);
        assertThat(RetryPolicy.waitAfter(expired, 1)).isEmpty();
        assertThat(RetryPolicy.waitAfter(new GatewayFailure.Cancelled(), 1)).isEmpty();
    }
}
