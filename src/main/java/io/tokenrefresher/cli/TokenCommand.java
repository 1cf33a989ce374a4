package io.tokenrefresher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tokenrefresher.app.AppVersion;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenEndpointClient;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.TokenResponse;
import java.io.PrintWriter;
import java.util.Map;
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
                    + "header (Authorization: Bearer ...), env (ACCESS_TOKEN=... REFRESH_TOKEN=... lines). "
                    + "Default: ${DEFAULT-VALUE}.")
    TokenOutputFormat output;

    @Option(names = "--save-refresh-token",
            description = "With --profile: remember the new refresh token in the profile.")
    boolean saveRefreshToken;

    final CliContext ctx;

    TokenCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The grant's parameters ({@code grant_type} first); may throw usage errors. */
    abstract Map<String, String> grantParameters(ProfileSettings profile);

    @Override
    public Integer call() throws InterruptedException {
        ProfileSettings profile = ProfileSettings.NONE;
        if (gatewayOptions.profile != null) {
            throw UsageError.of(spec, ctx, "cli.usage.profilesUnavailable");
        }
        if (saveRefreshToken) {
            throw UsageError.of(spec, ctx, "cli.usage.saveNeedsProfile");
        }
        TokenRequest request = gatewayOptions.toRequest(grantParameters(profile), profile, spec, ctx);
        TokenEndpointClient client = new TokenEndpointClient(ctx.httpClient(), ctx.mapper(), ctx.clock(),
                "TokenRefresher/" + AppVersion.get() + " (cli)");
        TokenOutcome outcome = client.send(request);
        ErrorReport report = new ErrorReport(ctx);
        if (outcome instanceof TokenOutcome.Failure failure) {
            return report.failure(failure.failure());
        }
        TokenOutcome.Success success = (TokenOutcome.Success) outcome;
        if (success.fellBackToForm() && request.placement() == ParameterPlacement.AUTO) {
            report.note("cli.note.fellBackToForm");
        }
        return print(success.response(), report);
    }

    private int print(TokenResponse response, ErrorReport report) {
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
            case HEADER -> out.println("Authorization: Bearer " + response.accessToken());
            case REFRESH_TOKEN -> {
                if (response.refreshToken() == null) {
                    return report.error(ExitCodes.UNREADABLE_ANSWER, "cli.noRefreshToken");
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
