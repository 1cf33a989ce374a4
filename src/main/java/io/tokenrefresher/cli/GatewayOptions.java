package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where and how to call the token endpoint, shared by {@code refresh} and {@code login}. An option
 * given on the command line wins over the profile's value; without a profile the defaults are the
 * seed document's ({@code /cams-auth/oauth/token}, scope {@code all}, Auto placement, 15 s).
 */
public final class GatewayOptions {

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Use a saved gateway profile (its gateway, token path, client, tenant, headers...).")
    String profile;

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

    /** Settings a profile contributes; {@link ProfileSettings#NONE} without {@code --profile}. */
    TokenRequest toRequest(Map<String, String> grantParameters, ProfileSettings profileSettings, CommandSpec spec,
                           CliContext ctx) {
        String gw = firstNonNull(gateway, profileSettings.gateway());
        if (gw == null) {
            throw UsageError.of(spec, ctx, "cli.usage.noGateway");
        }
        List<HeaderLine> headerLines = new ArrayList<>(profileSettings.headers());
        for (String h : headers) {
            HeaderLine line = HeaderLine.parse(h);
            if (line == null) {
                throw UsageError.of(spec, ctx, "cli.usage.badHeader", h);
            }
            headerLines.removeIf(existing -> existing.name().equalsIgnoreCase(line.name()));
            headerLines.add(line);
        }
        Duration timeout = profileSettings.timeout();
        if (timeoutSeconds != null) {
            if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
                throw UsageError.of(spec, ctx, "cli.usage.badTimeout", String.valueOf(timeoutSeconds));
            }
            timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        }
        String id = firstNonNull(clientId, profileSettings.clientId());
        String secret = clientId != null || clientSecret != null
                ? firstNonNull(clientSecret, "") : profileSettings.clientSecret();
        if (clientSecret != null && id == null) {
            throw UsageError.of(spec, ctx, "cli.usage.secretWithoutId");
        }
        return new TokenRequest(gw, firstNonNull(tokenPath, profileSettings.tokenPath()), grantParameters,
                firstNonNull(placement, profileSettings.placement()), id, secret,
                firstNonNull(tenantId, profileSettings.tenantId()), headerLines, timeout);
    }

    /** The scope to send: the option, else the profile's, else {@code all}; blank means none. */
    String scope(ProfileSettings profileSettings) {
        return firstNonNull(scope, firstNonNull(profileSettings.scope(), TokenRequest.DEFAULT_SCOPE));
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    public static final class PlacementConverter implements ITypeConverter<ParameterPlacement> {
        @Override
        public ParameterPlacement convert(String value) {
            try {
                return ParameterPlacement.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not one of auto, json, form, query");
            }
        }
    }
}
