package io.tokenrefresher.core.handoff;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.core.session.cache.CachedTokens;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid access token of a saved profile, as {@code token} hands it out: the cached one while it stays
 * valid for the asked number of seconds, else one refresh through the profile's lock and the shared cache
 * (so any number of callers, processes and the window cause one refresh at the server), keeping the new
 * refresh token in the remembered slot when the profile remembers one.
 */
public final class AccessTokenSource {
    /** What {@link #get} found. */
    public sealed interface Answer {
        /** @param expiresAt null when neither {@code expires_in} nor the JWT's {@code exp} says */
        record Token(GatewayProfile profile, TokenResponse response, Instant expiresAt, boolean refreshed)
                implements Answer {
        }

        record UnknownProfile(String name, List<String> savedNames) implements Answer {
        }

        /** No refresh token is known, or it has expired, or it cannot be read: only a log-in helps. */
        record LogInAgain(GatewayProfile profile, Reason reason, String detail) implements Answer {
        }

        /** The gateway (or the way to it) did not give tokens. */
        record Failed(GatewayProfile profile, GatewayFailure failure) implements Answer {
            public boolean refused() {
                return failure instanceof GatewayFailure.ServerRefused;
            }
        }
    }

    /** Why a log-in is needed. */
    public enum Reason {
        NO_REFRESH_TOKEN, REFRESH_TOKEN_EXPIRED, REFRESH_TOKEN_UNREADABLE
    }

    private final ProfileService profiles;
    private final SharedRefresh shared;
    private final TokenSender network;
    private final Clock clock;

    public AccessTokenSource(ProfileService profiles, SharedRefresh shared, TokenSender network, Clock clock) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.shared = Objects.requireNonNull(shared, "shared");
        this.network = Objects.requireNonNull(network, "network");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The token of the profile called {@code name}; blocks while a refresh is due. */
    public Answer get(String name, long minValidSeconds) throws InterruptedException {
        Optional<GatewayProfile> found = profiles.findByName(name);
        if (found.isEmpty()) {
            return new Answer.UnknownProfile(name, profiles.profiles().stream().map(GatewayProfile::name).toList());
        }
        GatewayProfile profile = found.get();
        Optional<CachedTokens> cached = shared.cache().read(profile.id());
        Instant now = clock.instant();
        if (cached.isPresent() && validFor(cached.get(), now, minValidSeconds)) {
            return new Answer.Token(profile, cached.get().response(), cached.get().accessExpiresAt().orElse(null), false);
        }
        String refreshToken = cached.map(CachedTokens::refreshToken).orElse(null);
        if (refreshToken == null) {
            SecretRead read = profiles.rememberedRefreshToken(profile.id());
            if (read instanceof SecretRead.CouldNotRead couldNot) {
                return new Answer.LogInAgain(profile, Reason.REFRESH_TOKEN_UNREADABLE, couldNot.detail());
            }
            refreshToken = read.valueOr(null);
        }
        if (refreshToken == null) {
            return new Answer.LogInAgain(profile, Reason.NO_REFRESH_TOKEN, "");
        }
        if (TokenTimes.expired(refreshToken, now)) {
            return new Answer.LogInAgain(profile, Reason.REFRESH_TOKEN_EXPIRED, "");
        }
        return refresh(profile, refreshToken);
    }

    private Answer refresh(GatewayProfile profile, String refreshToken) throws InterruptedException {
        String clientSecret = profile.client().clientId().isBlank() ? ""
                : profiles.clientSecret(profile.id()).valueOr("");
        TokenRequest request = profile.toRequest(
                TokenRequest.refreshParameters(refreshToken, profile.endpoint().scope()), clientSecret);
        SharedRefresh.Exchange exchange = shared.exchange(profile.id(), request, profile.connection().tlsTrust(),
                profile.connection().proxy(), network);
        if (exchange.outcome() instanceof TokenOutcome.Failure failure) {
            return new Answer.Failed(profile, failure.failure());
        }
        TokenResponse response = ((TokenOutcome.Success) exchange.outcome()).response();
        boolean refreshed = exchange.how() != SharedRefresh.How.TAKEN_FROM_CACHE;
        if (refreshed && profile.rememberRefreshToken() && response.refreshToken() != null) {
            profiles.afterRefresh(profile.id(), response.refreshToken());
        }
        return new Answer.Token(profile, response, TokenTimes.expiresAt(response), refreshed);
    }

    private static boolean validFor(CachedTokens cached, Instant now, long minValidSeconds) {
        return cached.accessExpiresAt().map(exp -> !now.plusSeconds(minValidSeconds).isAfter(exp)).orElse(false);
    }
}
