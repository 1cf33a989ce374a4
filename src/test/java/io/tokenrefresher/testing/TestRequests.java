package io.tokenrefresher.testing;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import java.util.List;

/**
 * Requests for tests, built the short way. The app builds every request from a profile
 * ({@code GatewayProfile.toRequest}); these shortcuts exist for tests only, so they live here.
 */
public final class TestRequests {
    private TestRequests() {
    }

    /** The seed's refresh: {@code grant_type=refresh_token}, the token, scope {@code all}, Auto placement. */
    public static TokenRequest refresh(String gateway, String refreshToken) {
        return refresh(gateway, TokenRequest.DEFAULT_TOKEN_PATH, refreshToken, TokenRequest.DEFAULT_SCOPE,
                ParameterPlacement.AUTO);
    }

    public static TokenRequest refresh(String gateway, String tokenPath, String refreshToken, String scope,
                                       ParameterPlacement placement) {
        return new TokenRequest(gateway, tokenPath, TokenRequest.refreshParameters(refreshToken, scope), placement,
                null, null, null, List.of(), TokenRequest.DEFAULT_TIMEOUT);
    }

    public static TokenRequest withClient(TokenRequest r, String id, String secret) {
        return new TokenRequest(r.gateway(), r.tokenPath(), r.parameters(), r.placement(), id, secret, r.tenantId(),
                r.extraHeaders(), r.timeout());
    }

    public static TokenRequest withTenant(TokenRequest r, String tenant) {
        return new TokenRequest(r.gateway(), r.tokenPath(), r.parameters(), r.placement(), r.clientId(),
                r.clientSecret(), tenant, r.extraHeaders(), r.timeout());
    }

    public static TokenRequest withHeaders(TokenRequest r, List<HeaderLine> headers) {
        return new TokenRequest(r.gateway(), r.tokenPath(), r.parameters(), r.placement(), r.clientId(),
                r.clientSecret(), r.tenantId(), headers, r.timeout());
    }
}
