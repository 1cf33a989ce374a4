package io.tokenrefresher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tokenrefresher.core.AppVersion;
import io.tokenrefresher.core.net.ConnectionSetupException;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.core.oauth.exchange.RequestCommands;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import io.tokenrefresher.core.session.cache.TokenCache;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The part {@code refresh} and {@code login} share: build the request from options and profile, send
 * it once, then print the chosen output or the failure with its exit code.
 */
abstract class TokenCommand implements Callable<Integer> {
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._~+/=:-]*");

    @Spec
    CommandSpec spec;

    @Mixin
    GatewayOptions gatewayOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = TokenOutputFormat.Converter.class,
            completionCandidates = TokenOutputFormat.Names.class, defaultValue = "json",
            description = "json (the answer, pretty-printed), access-token, refresh-token, "
                    + "header (the profile's: Authorization: Bearer ... or Blade-Auth: bearer ...), "
                    + "headers (every header an API call needs, one per line), "
                    + "env (ACCESS_TOKEN=... REFRESH_TOKEN=... lines). "
                    + "Default: ${DEFAULT-VALUE}.")
    TokenOutputFormat output;

    @Option(names = "--save-refresh-token",
            description = "With --profile: remember the new refresh token in the profile.")
    boolean saveRefreshToken;

    @Option(names = "--print-curl",
            description = "Print the request as a bash cURL command instead of sending it. The refresh token, "
                    + "password and client secret are $REFRESH_TOKEN, $PASSWORD and $CLIENT_SECRET unless "
                    + "--with-secrets is given.")
    boolean printCurl;

    @Option(names = "--with-secrets", description = "With --print-curl: write the secrets into the command.")
    boolean withSecrets;

    final CliContext ctx;

    TokenCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The grant's parameters ({@code grant_type} first); may throw usage errors. {@code profile} is the
     * one named by {@code --profile}, or the seed's defaults, before the options are applied.
     */
    abstract Map<String, String> grantParameters(GatewayProfile profile);

    /** Headers of this one request after the profile's (a captcha's); none by default. */
    List<HeaderLine> requestHeaders() {
        return List.of();
    }

    /** Reports a failed request; returns its exit code. A command may add what it knows about it. */
    int refused(GatewayFailure failure) {
        return new ErrorReport(ctx).failure(failure);
    }

    /** The profile named by {@code --profile}, or null. */
    SelectedProfile selectedProfile;

    @Override
    public Integer call() throws InterruptedException {
        if (gatewayOptions.profile != null && gatewayOptions.gateway != null) {
            throw UsageError.of(spec, ctx, "cli.usage.profileAndGateway");
        }
        if (withSecrets && !printCurl) {
            throw UsageError.of(spec, ctx, "cli.usage.withSecretsNeedsPrintCurl");
        }
        if (saveRefreshToken && gatewayOptions.profile == null) {
            throw UsageError.of(spec, ctx, "cli.usage.saveNeedsProfile");
        }
        GatewayProfile base = GatewayProfile.newProfile("");
        String savedSecret = "";
        if (gatewayOptions.profile != null) {
            selectedProfile = SelectedProfile.find(gatewayOptions.profile, spec, ctx);
            base = selectedProfile.profile();
            savedSecret = selectedProfile.clientSecret(gatewayOptions.clientSecret != null);
        }
        GatewayProfile profile = gatewayOptions.applyTo(base, selectedProfile != null, spec, ctx);
        // after the options: a --preset's defaults (MD5, scope) count for the grant as for the request
        Map<String, String> grantParameters = grantParameters(profile);
        TokenRequest request = gatewayOptions.withTimeout(
                profile.toRequest(grantParameters, gatewayOptions.clientSecret(savedSecret), requestHeaders()));
        if (printCurl) {
            return printCurl(request);
        }
        HttpClient client = null;
        if (selectedProfile != null) {
            try {
                client = selectedProfile.httpClient();
            } catch (ConnectionSetupException e) {
                return new ErrorReport(ctx).failure(e.failure());
            }
        }
        boolean https = CliHttpClients.isHttps(request.gateway());
        HttpClient profileClient = client;
        TokenEndpointClient endpointClient = new TokenEndpointClient(
                () -> profileClient != null ? profileClient : ctx.httpClients().forGateway(https),
                ctx.mapper(), ctx.clock(), userAgent());
        TokenOutcome outcome = selectedProfile == null ? endpointClient.send(request)
                : sendShared(selectedProfile.profile(), request, endpointClient);
        if (outcome instanceof TokenOutcome.Failure failure) {
            return refused(failure.failure());
        }
        TokenOutcome.Success success = (TokenOutcome.Success) outcome;
        if (success.fellBackToForm() && request.placement() == ParameterPlacement.AUTO) {
            new ErrorReport(ctx).note("cli.note.fellBackToForm");
        }
        int code = print(success.response(), profile, request.clientSecret());
        if (saveRefreshToken) {
            selectedProfile.saveRefreshToken(success.response().refreshToken(), new ErrorReport(ctx));
        }
        return code;
    }

    /** The request as a bash cURL command on stdout; nothing is sent, so the first placement of Auto (JSON). */
    private int printCurl(TokenRequest request) {
        TokenEndpointClient.Prepared prepared = new TokenEndpointClient(() -> null, ctx.mapper(), ctx.clock(),
                userAgent()).prepare(request);
        if (prepared.failure() != null) {
            return new ErrorReport(ctx).failure(prepared.failure());
        }
        ctx.out().println(RequestCommands.render(prepared.request(), RequestCommands.Shell.CURL_BASH, withSecrets));
        ctx.out().flush();
        ErrorReport report = new ErrorReport(ctx);
        if (request.placement() == ParameterPlacement.AUTO) {
            report.note("cli.note.printCurlAuto");
        }
        Set<String> variables = new LinkedHashSet<>();
        prepared.request().secrets().forEach(s -> variables.add(s.placeholder()));
        if (request.clientId() != null) {
            variables.add(RequestCommands.CLIENT_SECRET);
        }
        if (!withSecrets && !variables.isEmpty()) {
            report.note("cli.note.printCurlVariables", String.join(", ", variables));
        }
        return ExitCodes.OK;
    }

    private static String userAgent() {
        return "TokenRefresher/" + AppVersion.get() + " (cli)";
    }

    /** Through the profile's lock and the token cache the window shares; tells what that changed. */
    private TokenOutcome sendShared(GatewayProfile profile, TokenRequest request, TokenEndpointClient endpointClient)
            throws InterruptedException {
        SharedRefresh.Exchange exchange = ctx.sharedRefresh().exchange(profile.id(), request,
                profile.connection().tlsTrust(), profile.connection().proxy(), (r, tls, proxy) -> endpointClient.send(r));
        ErrorReport report = new ErrorReport(ctx);
        switch (exchange.how()) {
            case TAKEN_FROM_CACHE -> report.note("cli.note.tookCachedPair", profile.name());
            case SENT_WITH_NEWER_CACHED_TOKEN -> report.note("cli.note.usedNewerCachedToken", profile.name());
            case SENT -> {
            }
        }
        if (exchange.storedIn() == TokenCache.Place.NOWHERE) {
            report.warning("cli.warning.cacheNotWritten", profile.name());
        }
        return exchange.outcome();
    }

    private int print(TokenResponse response, GatewayProfile profile, String clientSecret) {
        PrintWriter out = ctx.out();
        switch (output) {
            case JSON -> {
                try {
                    out.println(ctx.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(response.json()));
                } catch (JsonProcessingException e) {
                    // a tree that was just parsed always writes back; keep the compact form if not
                    out.println(response.json().toString());
                }
            }
            case ACCESS_TOKEN -> out.println(response.accessToken());
            case HEADER -> out.println(profile.kind().headerFormat().tokenHeader(response.accessToken()).line());
            case HEADERS -> profile.kind().headerFormat().apiHeaders(response.accessToken(),
                            profile.client().clientId(), clientSecret, profile.client().tenantId())
                    .forEach(h -> out.println(h.line()));
            case REFRESH_TOKEN -> {
                if (response.refreshToken() == null) {
                    return new ErrorReport(ctx).error(ExitCodes.UNREADABLE_ANSWER, "cli.noRefreshToken");
                }
                out.println(response.refreshToken());
            }
            case ENV -> {
                out.println("ACCESS_TOKEN=" + shellQuoted(response.accessToken()));
                if (response.refreshToken() != null) {
                    out.println("REFRESH_TOKEN=" + shellQuoted(response.refreshToken()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** JWTs are shell-safe as they are; anything else is single-quoted so {@code eval} cannot run it. */
    static String shellQuoted(String value) {
        if (SHELL_SAFE.matcher(value).matches()) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
