package io.tokenrefresher.core.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.TokenRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One saved gateway environment. Immutable: change it with the {@code with...} methods here and on its
 * parts. The id (a UUID string) never changes and is what secrets, the last-used choice and imports
 * refer to; the name is only what the user sees and may be renamed.
 *
 * <p>The settings are grouped by what they are for: the {@link Endpoint} (where requests go and how
 * they are shaped), the {@link Client} (who logs in, and how the server expects credentials), the
 * {@link Connection} (TLS trust and proxy) and the {@link Presentation} (colour and notes, for the user
 * only). Each part gives missing values its defaults, so a profile read from any file is complete.
 *
 * <p>Secrets are not part of a profile: the client secret and a remembered refresh token are looked
 * up by {@link #id()} in {@link io.tokenrefresher.core.secret.ProfileSecrets}.
 *
 * <p>On disk and in exports a profile is one flat JSON object, as it always was: see {@link ProfileJson}.
 */
@JsonSerialize(converter = ProfileJson.FromProfile.class)
@JsonDeserialize(converter = ProfileJson.ToProfile.class)
public record GatewayProfile(
        String id,
        String name,
        Endpoint endpoint,
        Client client,
        Connection connection,
        Presentation presentation,
        boolean rememberRefreshToken,
        AutoRefresh autoRefresh,
        GatewayKind kind) {

    public static final String EXAMPLE_NAME = "Example";

    public GatewayProfile {
        id = id == null || id.isBlank() ? newId() : id.trim();
        name = name == null ? "" : name.strip();
        endpoint = endpoint == null ? Endpoint.defaults() : endpoint;
        client = client == null ? Client.none() : client;
        connection = connection == null ? Connection.SYSTEM : connection;
        presentation = presentation == null ? Presentation.NONE : presentation;
        autoRefresh = autoRefresh == null ? AutoRefresh.OFF : autoRefresh;
        kind = kind == null ? GatewayKind.DEFAULT : kind;
    }

    /** The profile as it was before auto-refresh and presets: off, and the seed's gateway kind. */
    public GatewayProfile(String id, String name, Endpoint endpoint, Client client, Connection connection,
                          Presentation presentation, boolean rememberRefreshToken) {
        this(id, name, endpoint, client, connection, presentation, rememberRefreshToken, AutoRefresh.OFF,
                GatewayKind.DEFAULT);
    }

    /** The seed's gateway kind. */
    public GatewayProfile(String id, String name, Endpoint endpoint, Client client, Connection connection,
                          Presentation presentation, boolean rememberRefreshToken, AutoRefresh autoRefresh) {
        this(id, name, endpoint, client, connection, presentation, rememberRefreshToken, autoRefresh,
                GatewayKind.DEFAULT);
    }

    /** Without auto-refresh (off). */
    public GatewayProfile(String id, String name, Endpoint endpoint, Client client, Connection connection,
                          Presentation presentation, boolean rememberRefreshToken, GatewayKind kind) {
        this(id, name, endpoint, client, connection, presentation, rememberRefreshToken, AutoRefresh.OFF, kind);
    }

    /** A new profile with a fresh id and the seed's defaults ({@code /cams-auth/oauth/token}, scope {@code all}). */
    public static GatewayProfile newProfile(String name) {
        return new GatewayProfile(null, name, null, null, null, null, false);
    }

    /** The first-run profile: the seed's defaults and an empty gateway address to fill in. */
    public static GatewayProfile example() {
        return newProfile(EXAMPLE_NAME);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * The request this profile sends for a grant ({@code grantParameters}, {@code grant_type} first: a
     * refresh or a password log-in), with its endpoint, client, tenant, headers and timeout.
     * {@code clientSecret} may be empty. The scope is part of the grant parameters: take it from
     * {@code endpoint().scope()}.
     */
    public TokenRequest toRequest(Map<String, String> grantParameters, String clientSecret) {
        return toRequest(grantParameters, clientSecret, List.of());
    }

    /**
     * As {@link #toRequest(Map, String)}, with headers of this one request after the profile's own (a
     * captcha's {@code Captcha-Key}/{@code Captcha-Code}). The parameters go out under the names the
     * profile's preset reads ({@link GatewayPreset#wireParameters}).
     */
    public TokenRequest toRequest(Map<String, String> grantParameters, String clientSecret,
                                  List<HeaderLine> requestHeaders) {
        List<HeaderLine> headers = new ArrayList<>(endpoint.extraHeaders());
        headers.addAll(requestHeaders);
        return new TokenRequest(endpoint.gateway(), endpoint.tokenPath(),
                kind.preset().wireParameters(grantParameters, client.tenantId()), endpoint.placement(),
                client.clientId(), clientSecret, client.tenantId(), headers,
                Duration.ofSeconds(endpoint.timeoutSeconds()));
    }

    /**
     * This profile with {@code preset}'s defaults: token path, placement, scope, client id, tenant,
     * MD5 and the preset's kind. The gateway, headers, timeout, connection and presentation stay; every
     * field stays editable afterwards. The preset's client secret is not part of a profile: see
     * {@link GatewayPreset#clientSecret()}.
     */
    public GatewayProfile withPreset(GatewayPreset preset) {
        Endpoint e = endpoint.withTokenPath(preset.tokenPath()).withPlacement(preset.placement())
                .withScope(preset.scope());
        Client c = new Client(preset.clientId(), preset.tenantId(), preset.md5Password());
        return withEndpoint(e).withClient(c).withKind(GatewayKind.of(preset));
    }

    /** A copy under a fresh id (for Duplicate, and for "keep both" on import). */
    public GatewayProfile withNewId() {
        return withId(newId());
    }

    public GatewayProfile withId(String newId) {
        return new GatewayProfile(newId, name, endpoint, client, connection, presentation, rememberRefreshToken, autoRefresh, kind);
    }

    public GatewayProfile withName(String newName) {
        return new GatewayProfile(id, newName, endpoint, client, connection, presentation, rememberRefreshToken, autoRefresh, kind);
    }

    public GatewayProfile withEndpoint(Endpoint newEndpoint) {
        return new GatewayProfile(id, name, newEndpoint, client, connection, presentation, rememberRefreshToken, autoRefresh, kind);
    }

    public GatewayProfile withClient(Client newClient) {
        return new GatewayProfile(id, name, endpoint, newClient, connection, presentation, rememberRefreshToken, autoRefresh, kind);
    }

    public GatewayProfile withConnection(Connection newConnection) {
        return new GatewayProfile(id, name, endpoint, client, newConnection, presentation, rememberRefreshToken, autoRefresh, kind);
    }

    public GatewayProfile withPresentation(Presentation newPresentation) {
        return new GatewayProfile(id, name, endpoint, client, connection, newPresentation, rememberRefreshToken, autoRefresh, kind);
    }

    public GatewayProfile withRememberRefreshToken(boolean remember) {
        return new GatewayProfile(id, name, endpoint, client, connection, presentation, remember, autoRefresh, kind);
    }

    public GatewayProfile withAutoRefresh(AutoRefresh newAutoRefresh) {
        return new GatewayProfile(id, name, endpoint, client, connection, presentation, rememberRefreshToken,
                newAutoRefresh, kind);
    }

    public GatewayProfile withKind(GatewayKind newKind) {
        return new GatewayProfile(id, name, endpoint, client, connection, presentation, rememberRefreshToken, autoRefresh,
                newKind);
    }
}
