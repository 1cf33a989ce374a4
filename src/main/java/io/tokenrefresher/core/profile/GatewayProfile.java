package io.tokenrefresher.core.profile;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * One saved gateway environment. Immutable: change it with the {@code with...} methods. The id (a
 * UUID string) never changes and is what secrets, the last-used choice and imports refer to; the name
 * is only what the user sees and may be renamed.
 *
 * <p>Secrets are not part of a profile: the client secret and a remembered refresh token are looked
 * up by {@link #id()} in {@link io.tokenrefresher.core.secret.ProfileSecrets}.
 *
 * <p>Missing values (an older file, a hand-edited one) get the defaults below, so a profile read
 * from any file is complete. A null scope means "the default scope"; an empty one means "send none".
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record GatewayProfile(
        String id,
        String name,
        String gateway,
        String tokenPath,
        String scope,
        ParameterPlacement placement,
        String clientId,
        String tenantId,
        List<HeaderLine> extraHeaders,
        int timeoutSeconds,
        TlsTrust tlsTrust,
        ProxySetting proxy,
        EnvironmentColour colour,
        String notes,
        boolean rememberRefreshToken,
        boolean md5Password) {

    public static final int DEFAULT_TIMEOUT_SECONDS = (int) TokenRequest.DEFAULT_TIMEOUT.toSeconds();
    public static final String EXAMPLE_NAME = "Example";

    public GatewayProfile {
        id = id == null || id.isBlank() ? newId() : id.trim();
        name = name == null ? "" : name.strip();
        gateway = gateway == null ? "" : gateway.trim();
        tokenPath = tokenPath == null || tokenPath.isBlank() ? TokenRequest.DEFAULT_TOKEN_PATH : tokenPath.trim();
        scope = scope == null ? TokenRequest.DEFAULT_SCOPE : scope.trim();
        placement = placement == null ? ParameterPlacement.AUTO : placement;
        clientId = clientId == null ? "" : clientId.trim();
        tenantId = tenantId == null ? "" : tenantId.trim();
        extraHeaders = extraHeaders == null
                ? List.of()
                : extraHeaders.stream().filter(h -> h != null && !h.name().isBlank()).toList();
        timeoutSeconds = timeoutSeconds <= 0 ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
        tlsTrust = tlsTrust == null ? TlsTrust.SYSTEM : tlsTrust;
        proxy = proxy == null ? ProxySetting.SYSTEM : proxy;
        colour = colour == null ? EnvironmentColour.NONE : colour;
        notes = notes == null ? "" : notes;
    }

    /** A new profile with a fresh id and the seed's defaults ({@code /cams-auth/oauth/token}, scope {@code all}). */
    public static GatewayProfile newProfile(String name) {
        return new GatewayProfile(null, name, "", null, null, null, null, null, null, 0, null, null, null, null,
                false, false);
    }

    /** The first-run profile: the seed's defaults and an empty gateway address to fill in. */
    public static GatewayProfile example() {
        return newProfile(EXAMPLE_NAME);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The refresh request this profile sends with {@code refreshToken}; {@code clientSecret} may be empty. */
    public TokenRequest toRefreshRequest(String refreshToken, String clientSecret) {
        return TokenRequest.refresh(gateway, tokenPath, refreshToken, scope, placement)
                .withClient(clientId, clientSecret)
                .withTenant(tenantId)
                .withHeaders(extraHeaders)
                .withTimeout(Duration.ofSeconds(timeoutSeconds));
    }

    /** A copy under a fresh id (for Duplicate, and for "keep both" on import). */
    public GatewayProfile withNewId() {
        return withId(newId());
    }

    public GatewayProfile withId(String newId) {
        return new GatewayProfile(newId, name, gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withName(String newName) {
        return new GatewayProfile(id, newName, gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withGateway(String newGateway) {
        return new GatewayProfile(id, name, newGateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withTokenPath(String newTokenPath) {
        return new GatewayProfile(id, name, gateway, newTokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withScope(String newScope) {
        return new GatewayProfile(id, name, gateway, tokenPath, newScope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withPlacement(ParameterPlacement newPlacement) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, newPlacement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withClientId(String newClientId) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, newClientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withTenantId(String newTenantId) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, clientId, newTenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withExtraHeaders(List<HeaderLine> newHeaders) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, clientId, tenantId,
                newHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withTimeoutSeconds(int newTimeoutSeconds) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, newTimeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withTlsTrust(TlsTrust newTlsTrust) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, newTlsTrust, proxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withProxy(ProxySetting newProxy) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, newProxy, colour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withColour(EnvironmentColour newColour) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, newColour, notes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withNotes(String newNotes) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, newNotes, rememberRefreshToken, md5Password);
    }

    public GatewayProfile withRememberRefreshToken(boolean remember) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, remember, md5Password);
    }

    public GatewayProfile withMd5Password(boolean md5) {
        return new GatewayProfile(id, name, gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, tlsTrust, proxy, colour, notes, rememberRefreshToken, md5);
    }
}
