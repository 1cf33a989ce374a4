package io.tokenrefresher.core.oauth.http;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenResponse;

/**
 * What one send gave: tokens, or a failure. Auto's fallback needs more than a {@link GatewayFailure}
 * says, hence {@code ignoredJsonBody}: the gateway answered as if no parameters had come, so the form
 * is worth one more send.
 *
 * @param status the HTTP status; 0 when no answer was read or it does not matter for the failure
 */
record Attempt(int status, TokenResponse response, GatewayFailure failure, boolean ignoredJsonBody) {
    static Attempt failed(GatewayFailure failure) {
        return new Attempt(0, null, failure, false);
    }
}
