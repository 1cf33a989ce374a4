package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.Client;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Where and how to call the token endpoint, shared by {@code refresh} and {@code login}. An option
 * given on the command line wins over the profile's value; without a profile the defaults are the
 * seed document's ({@code /cams-auth/oauth/token}, scope {@code all}, Auto placement, 15 s).
 */
public final class GatewayOptions {

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Use a saved gateway profile (its gateway, token path, client, tenant, headers...).")
    String profile;

    @Option(names = "--preset", paramLabel = "cams|bladex|springblade|oauth2", converter = PresetConverter.class,
            description = "Fill the defaults of a gateway family (token path, placement, client, tenant, MD5, "
                    + "header format); other options still win. springblade sends grantType/account/tenantId.")
    GatewayPreset preset;

    @Option(names = {"-g", "--gateway"}, paramLabel = "URL",
            description = "Gateway address, e.g. http://10.1.2.3:8080 (instead of --profile).")
    String gateway;

    @Option(names = "--token-path", paramLabel = "PATH",
            description = "Token endpoint path (default: " + TokenRequest.DEFAULT_TOKEN_PATH + ").")
    String tokenPath;

    @Option(names = "--scope", paramLabel = "SCOPE",
            description = "Scope parameter (default: " + TokenRequest.DEFAULT_SCOPE + "; empty to send none).")
    String scope;

    @Option(names = "--placement", paramLabel = "auto|json|form|query", converter = PlacementConverter.class,
            description = "Where the parameters go (default: auto = JSON body, once more as a form if the "
                    + "gateway ignores JSON).")
    ParameterPlacement placement;

    @Option(names = "--client-id", paramLabel = "ID", description = "Client id, sent as HTTP Basic.")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET",
            description = "Client secret, sent as HTTP Basic with --client-id.")
    String clientSecret;

    @Option(names = "--tenant-id", paramLabel = "TENANT", description = "Tenant-Id header (BladeX).")
    String tenantId;

    @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'",
            description = "Extra request header; repeatable.")
    List<String> headers = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Overall deadline for the exchange (default: 15).")
    Double timeoutSeconds;

    /**
     * The profile to send with: {@code base} (the one named by {@code --profile}, or the seed's defaults
     * without it) with every option given on the command line applied. The timeout is not applied here:
     * the command line allows fractions of a second, a profile holds whole ones (see {@link #withTimeout}).
     *
     * @param saved true when {@code base} is a saved profile; a client secret then needs no {@code --client-id}
     */
    GatewayProfile applyTo(GatewayProfile base, boolean saved, CommandSpec spec, CliContext ctx) {
        if (preset != null) {
            base = base.withPreset(preset);
        }
        if (gateway == null && base.endpoint().gateway().isBlank()) {
            throw UsageError.of(spec, ctx, "cli.usage.noGateway");
        }
        List<HeaderLine> headerLines = new ArrayList<>(base.endpoint().extraHeaders());
        for (String h : headers) {
            HeaderLine line = HeaderLine.parse(h);
            if (line == null) {
                throw UsageError.of(spec, ctx, "cli.usage.badHeader", h);
            }
            headerLines.removeIf(existing -> existing.name().equalsIgnoreCase(line.name()));
            headerLines.add(line);
        }
        if (timeoutSeconds != null && (!(timeoutSeconds > 0) || timeoutSeconds > 3600)) {
            throw UsageError.of(spec, ctx, "cli.usage.badTimeout", String.valueOf(timeoutSeconds));
        }
        if (clientSecret != null && clientId == null && !saved) {
            throw UsageError.of(spec, ctx, "cli.usage.secretWithoutId");
        }
        Endpoint endpoint = base.endpoint().withExtraHeaders(headerLines);
        if (gateway != null) {
            endpoint = endpoint.withGateway(gateway);
        }
        if (tokenPath != null) {
            endpoint = endpoint.withTokenPath(tokenPath);
        }
        if (scope != null) {
            endpoint = endpoint.withScope(scope);
        }
        if (placement != null) {
            endpoint = endpoint.withPlacement(placement);
        }
        Client client = base.client();
        if (clientId != null) {
            client = client.withClientId(clientId);
        }
        if (tenantId != null) {
            client = client.withTenantId(tenantId);
        }
        return base.withEndpoint(endpoint).withClient(client);
    }

    /**
     * The client secret to send: {@code --client-secret}; empty when only {@code --client-id} was given
     * (another client than the profile's); else the profile's, {@code savedSecret}.
     */
    String clientSecret(String savedSecret) {
        if (clientId != null || clientSecret != null) {
            return firstNonNull(clientSecret, "");
        }
        // the family's front ends ship with saber/saber_secret: a preset without a saved secret uses it
        return savedSecret.isEmpty() && preset != null ? preset.clientSecret() : savedSecret;
    }

    /** The request with {@code --timeout}'s deadline, when it was given (checked by {@link #applyTo}). */
    TokenRequest withTimeout(TokenRequest request) {
        return timeoutSeconds == null
                ? request
                : request.withTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
    }

    /** The scope to send: the option, else the profile's ({@code all} unless it says otherwise); blank means none. */
    String scope(GatewayProfile base) {
        return firstNonNull(scope, base.endpoint().scope());
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    public static final class PresetConverter implements ITypeConverter<GatewayPreset> {
        @Override
        public GatewayPreset convert(String value) {
            try {
                return GatewayPreset.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    public static final class PlacementConverter implements ITypeConverter<ParameterPlacement> {
        @Override
        public ParameterPlacement convert(String value) {
            try {
                return ParameterPlacement.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not one of auto, json, form, query");
            }
        }
    }
}
