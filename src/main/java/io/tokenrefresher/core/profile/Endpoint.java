package io.tokenrefresher.core.profile;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import java.util.List;

/**
 * Where a profile's token requests go and how they are shaped: the gateway and token path, the scope
 * asked for, where the parameters are placed, extra headers and the overall deadline.
 *
 * <p>Missing values get the seed's defaults ({@code /cams-auth/oauth/token}, scope {@code all}, Auto,
 * 15 s). A null scope means "the default scope"; an empty one means "send none".
 */
public record Endpoint(
        String gateway,
        String tokenPath,
        String scope,
        ParameterPlacement placement,
        List<HeaderLine> extraHeaders,
        int timeoutSeconds) {

    public static final int DEFAULT_TIMEOUT_SECONDS = (int) TokenRequest.DEFAULT_TIMEOUT.toSeconds();

    public Endpoint {
        gateway = gateway == null ? "" : gateway.trim();
        tokenPath = tokenPath == null || tokenPath.isBlank() ? TokenRequest.DEFAULT_TOKEN_PATH : tokenPath.trim();
        scope = scope == null ? TokenRequest.DEFAULT_SCOPE : scope.trim();
        placement = placement == null ? ParameterPlacement.AUTO : placement;
        extraHeaders = extraHeaders == null
                ? List.of()
                : extraHeaders.stream().filter(h -> h != null && !h.name().isBlank()).toList();
        timeoutSeconds = timeoutSeconds <= 0 ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
    }

    /** The seed's defaults and an empty gateway address. */
    public static Endpoint defaults() {
        return new Endpoint(null, null, null, null, null, 0);
    }

    public Endpoint withGateway(String newGateway) {
        return new Endpoint(newGateway, tokenPath, scope, placement, extraHeaders, timeoutSeconds);
    }

    public Endpoint withTokenPath(String newTokenPath) {
        return new Endpoint(gateway, newTokenPath, scope, placement, extraHeaders, timeoutSeconds);
    }

    public Endpoint withScope(String newScope) {
        return new Endpoint(gateway, tokenPath, newScope, placement, extraHeaders, timeoutSeconds);
    }

    public Endpoint withPlacement(ParameterPlacement newPlacement) {
        return new Endpoint(gateway, tokenPath, scope, newPlacement, extraHeaders, timeoutSeconds);
    }

    public Endpoint withExtraHeaders(List<HeaderLine> newHeaders) {
        return new Endpoint(gateway, tokenPath, scope, placement, newHeaders, timeoutSeconds);
    }

    public Endpoint withTimeoutSeconds(int newTimeoutSeconds) {
        return new Endpoint(gateway, tokenPath, scope, placement, extraHeaders, newTimeoutSeconds);
    }
}
