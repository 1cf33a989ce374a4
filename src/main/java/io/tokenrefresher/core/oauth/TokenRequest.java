package io.tokenrefresher.core.oauth;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to call a token endpoint once: where, which grant parameters, how they are
 * placed, and the optional client credentials, tenant and extra headers.
 *
 * <p>{@code toString} is overridden so that no token, password or secret reaches a log by accident.
 */
public record TokenRequest(
        String gateway,
        String tokenPath,
        Map<String, String> parameters,
        ParameterPlacement placement,
        String clientId,
        String clientSecret,
        String tenantId,
        List<HeaderLine> extraHeaders,
        Duration timeout) {

    public static final String DEFAULT_TOKEN_PATH = "/cams-auth/oauth/token";
    public static final String DEFAULT_SCOPE = "all";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    public TokenRequest {
        Objects.requireNonNull(gateway, "gateway");
        tokenPath = blankToNull(tokenPath) == null ? DEFAULT_TOKEN_PATH : tokenPath.trim();
        parameters = orderedCopy(Objects.requireNonNull(parameters, "parameters"));
        placement = placement == null ? ParameterPlacement.AUTO : placement;
        clientId = blankToNull(clientId);
        clientSecret = clientSecret == null ? "" : clientSecret;
        tenantId = blankToNull(tenantId);
        extraHeaders = extraHeaders == null ? List.of() : List.copyOf(extraHeaders);
        timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? DEFAULT_TIMEOUT : timeout;
    }

    /** The grant parameters of a refresh: {@code grant_type=refresh_token}, the token, and the scope. */
    public static Map<String, String> refreshParameters(String refreshToken, String scope) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("grant_type", "refresh_token");
        p.put("refresh_token", refreshToken == null ? "" : refreshToken);
        if (blankToNull(scope) != null) {
            p.put("scope", scope.trim());
        }
        return p;
    }

    public static Map<String, String> passwordParameters(String username, String password, String scope) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("grant_type", "password");
        p.put("username", username == null ? "" : username);
        p.put("password", password == null ? "" : password);
        if (blankToNull(scope) != null) {
            p.put("scope", scope.trim());
        }
        return p;
    }

    public String grantType() {
        // SpringBlade's wire name is grantType (GatewayPreset.SPRINGBLADE)
        return parameters.getOrDefault("grant_type", parameters.getOrDefault("grantType", ""));
    }

    public TokenRequest withTimeout(Duration newTimeout) {
        return new TokenRequest(gateway, tokenPath, parameters, placement, clientId, clientSecret, tenantId,
                extraHeaders, newTimeout);
    }

    @Override
    public String toString() {
        return "TokenRequest[gateway=" + gateway + ", tokenPath=" + tokenPath + ", grant_type=" + grantType()
                + ", placement=" + placement + ", clientId=" + clientId + ", tenantId=" + tenantId
                + ", extraHeaders=" + extraHeaders.size() + ", timeout=" + timeout + "]";
    }

    private static Map<String, String> orderedCopy(Map<String, String> source) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
