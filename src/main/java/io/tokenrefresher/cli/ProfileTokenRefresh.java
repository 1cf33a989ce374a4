package io.tokenrefresher.cli;

import io.tokenrefresher.core.AppVersion;
import io.tokenrefresher.core.handoff.TokenTimes;
import io.tokenrefresher.core.net.ConnectionSetupException;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import io.tokenrefresher.core.session.cache.TokenCache;
import java.net.http.HttpClient;
import java.time.Instant;

/**
 * The refresh {@code token} makes when the cached access token will not do: through the profile's lock
 * and the shared cache (so parallel callers and the window make one request), storing the new pair and
 * keeping the refresh token in the profile's remembered slot when it remembers one. A class of its own
 * because only this path may load the HTTP client.
 */
final class ProfileTokenRefresh {
    /** Prints the answer; returns the exit code. */
    @FunctionalInterface
    interface Printer {
        int print(TokenResponse response, Instant expiresAt, boolean refreshed);
    }

    private final CliContext ctx;
    private final SelectedProfile selected;

    ProfileTokenRefresh(CliContext ctx, SelectedProfile selected) {
        this.ctx = ctx;
        this.selected = selected;
    }

    /** Refreshes with {@code refreshToken} through the shared cache and lock, then hands the answer to {@code printer}. */
    int refresh(String refreshToken, Printer printer) throws InterruptedException {
        GatewayProfile gatewayProfile = selected.profile();
        TokenRequest request = gatewayProfile.toRequest(
                TokenRequest.refreshParameters(refreshToken, gatewayProfile.endpoint().scope()),
                selected.clientSecret(false));
        HttpClient profileClient;
        try {
            profileClient = selected.httpClient();
        } catch (ConnectionSetupException e) {
            return new ErrorReport(ctx).failure(e.failure());
        }
        boolean https = CliHttpClients.isHttps(request.gateway());
        TokenEndpointClient endpointClient = new TokenEndpointClient(
                () -> profileClient != null ? profileClient : ctx.httpClients().forGateway(https),
                ctx.mapper(), ctx.clock(), "TokenRefresher/" + AppVersion.get() + " (cli token)");
        SharedRefresh.Exchange exchange = ctx.sharedRefresh().exchange(gatewayProfile.id(), request,
                gatewayProfile.connection().tlsTrust(), gatewayProfile.connection().proxy(),
                (r, tls, proxy) -> endpointClient.send(r));
        ErrorReport report = new ErrorReport(ctx);
        if (exchange.outcome() instanceof TokenOutcome.Failure failure) {
            int code = report.failure(failure.failure());
            if (failure.failure() instanceof GatewayFailure.ServerRefused) {
                report.error(code, "cli.token.refused", gatewayProfile.name());
            }
            return code;
        }
        if (exchange.storedIn() == TokenCache.Place.NOWHERE) {
            report.warning("cli.warning.cacheNotWritten", gatewayProfile.name());
        }
        TokenOutcome.Success success = (TokenOutcome.Success) exchange.outcome();
        boolean refreshed = exchange.how() != SharedRefresh.How.TAKEN_FROM_CACHE;
        if (refreshed) {
            selected.rememberIfRemembering(success.response().refreshToken(), report);
        }
        TokenResponse response = success.response();
        return printer.print(response, TokenTimes.expiresAt(response), refreshed);
    }
}
