package io.tokenrefresher.core.session;

import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;

/**
 * What Auto learned about one profile's token endpoint: once the JSON body was ignored and the form
 * retry worked, later requests to the same gateway and path go straight to a form body, so a stock
 * Spring gateway costs one request per refresh instead of two. A request to another gateway or path
 * forgets it.
 */
final class LearnedPlacement {
    private volatile String formEndpoint;

    /** The request to send: Auto becomes Form when that was learned for this endpoint. */
    TokenRequest apply(TokenRequest request) {
        if (request.placement() != ParameterPlacement.AUTO) {
            return request;
        }
        String key = key(request);
        if (!key.equals(formEndpoint)) {
            formEndpoint = null;
            return request;
        }
        return new TokenRequest(request.gateway(), request.tokenPath(), request.parameters(), ParameterPlacement.FORM,
                request.clientId(), request.clientSecret(), request.tenantId(), request.extraHeaders(),
                request.timeout());
    }

    /** Learns from the answer to {@code request} (as the profile asked for it, before {@link #apply}). */
    void learn(TokenRequest request, TokenOutcome outcome) {
        if (request.placement() == ParameterPlacement.AUTO && outcome instanceof TokenOutcome.Success s
                && s.fellBackToForm()) {
            formEndpoint = key(request);
        }
    }

    /** Auto goes straight to a form body for this gateway and token path. */
    boolean formLearnedFor(String gateway, String tokenPath) {
        return key(gateway, tokenPath).equals(formEndpoint);
    }

    private static String key(TokenRequest request) {
        return key(request.gateway(), request.tokenPath());
    }

    private static String key(String gateway, String tokenPath) {
        return gateway.strip() + " " + tokenPath.strip();
    }
}
