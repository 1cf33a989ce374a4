package io.tokenrefresher.cli;

import io.tokenrefresher.core.handoff.AccessTokenJson;
import io.tokenrefresher.core.handoff.TokenTimes;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.session.cache.CachedTokens;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Hands a valid access token of a saved profile to another tool, as {@code gcloud auth print-access-token}
 * does: from the token cache the window shares while it stays valid long enough, else refreshed once
 * through the profile's lock (so any number of these and the window cause one refresh at the server).
 *
 * <p>The cached answer builds no HTTP client and reads no client secret (a keyring can take seconds):
 * both happen only when a refresh is due.
 */
@Command(name = "token", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Print a valid access token of a saved profile: the cached one while it stays valid for "
                + "--min-valid seconds, else a refreshed one (one refresh at the server however many ask at once). "
                + "Never prompts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:a valid token was printed", "2:bad options or an unknown profile",
                "3:the gateway refused the refresh, or no refresh token is known or it has expired (log in again)",
                "4:network, timeout, TLS, proxy or rate limit", "5:the gateway answered without usable tokens"},
        footer = {"", "Examples:",
                "  curl -H \"$(token-refresher token --profile uat -o header)\" https://uat.example/api/blade-user/info",
                "  eval \"$(token-refresher token --profile uat -o env)\"",
                "  token-refresher token --min-valid 600 -o json"})
final class AccessTokenCommand implements Callable<Integer> {
    private static final Set<TokenOutputFormat> OFFERED = Set.of(TokenOutputFormat.ACCESS_TOKEN,
            TokenOutputFormat.HEADER, TokenOutputFormat.ENV, TokenOutputFormat.JSON);

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "The saved profile. Default: the one the window used last.")
    String profile;

    @Option(names = "--min-valid", paramLabel = "SECONDS", defaultValue = "60",
            description = "Refresh when the cached access token expires within this many seconds. "
                    + "Default: ${DEFAULT-VALUE}.")
    long minValidSeconds;

    @Option(names = "--force", description = "Refresh even when the cached token is still valid long enough.")
    boolean force;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = TokenOutputFormat.Converter.class,
            defaultValue = "access-token",
            description = "access-token, header (the profile's: Authorization: Bearer ... or Blade-Auth: bearer ...), "
                    + "env (an ACCESS_TOKEN=... line), json ({access_token, token_type, expires_at, expires_in, "
                    + "profile, refreshed}). Default: ${DEFAULT-VALUE}.")
    TokenOutputFormat output;

    private final CliContext ctx;

    AccessTokenCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!OFFERED.contains(output)) {
            throw UsageError.of(spec, ctx, "cli.token.outputNotOffered", output.toString());
        }
        if (minValidSeconds < 0) {
            throw UsageError.of(spec, ctx, "cli.token.negativeMinValid");
        }
        SelectedProfile selected = profile != null ? SelectedProfile.find(profile, spec, ctx)
                : SelectedProfile.lastUsed(spec, ctx);
        GatewayProfile gatewayProfile = selected.profile();
        SharedRefresh shared = ctx.sharedRefresh();
        Optional<CachedTokens> cached = shared.cache().read(gatewayProfile.id());
        Instant now = ctx.clock().instant();
        if (!force && cached.isPresent() && validLongEnough(cached.get(), now)) {
            return print(cached.get().response(), cached.get().accessExpiresAt().orElse(null), gatewayProfile, false);
        }
        String refreshToken = cached.map(CachedTokens::refreshToken).orElse(null);
        if (refreshToken == null) {
            refreshToken = selected.rememberedRefreshToken();
        }
        if (refreshToken == null) {
            return new ErrorReport(ctx).error(ExitCodes.SERVER_REFUSED, "cli.token.noRefreshToken",
                    gatewayProfile.name());
        }
        if (TokenTimes.expired(refreshToken, now)) {
            return new ErrorReport(ctx).error(ExitCodes.SERVER_REFUSED, "cli.token.refreshTokenExpired",
                    gatewayProfile.name());
        }
        // in a class of its own: verifying this one must not load the HTTP client's classes
        return new ProfileTokenRefresh(ctx, selected).refresh(refreshToken,
                (response, expiresAt, refreshed) -> print(response, expiresAt, gatewayProfile, refreshed));
    }

    private boolean validLongEnough(CachedTokens cached, Instant now) {
        return cached.accessExpiresAt().map(exp -> !now.plusSeconds(minValidSeconds).isAfter(exp)).orElse(false);
    }

    private int print(TokenResponse response, Instant expiresAt, GatewayProfile gatewayProfile, boolean refreshed) {
        PrintWriter out = ctx.out();
        String token = response.accessToken();
        switch (output) {
            case HEADER -> out.println(gatewayProfile.kind().headerFormat().tokenHeader(token).line());
            case ENV -> out.println("ACCESS_TOKEN=" + TokenCommand.shellQuoted(token));
            case JSON -> out.println(AccessTokenJson.of(ctx.mapper(), response, expiresAt, gatewayProfile.name(),
                    refreshed, ctx.clock().instant()).toPrettyString());
            default -> out.println(token);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
