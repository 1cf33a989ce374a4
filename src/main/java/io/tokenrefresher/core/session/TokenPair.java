package io.tokenrefresher.core.session;

import io.tokenrefresher.core.expiry.Expiry;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.core.oauth.TokenResponse;
import java.util.Optional;

/**
 * A successful answer with what the app reads from it: both tokens decoded and their expiries.
 * Decoded once, when the answer arrives, so every view shows the same reading.
 *
 * @param accessExpiry  from the access token's {@code exp}, else from {@code expires_in} counted from
 *                      the answer's arrival; null when neither is known
 * @param refreshExpiry from the refresh token's {@code exp}; null when it has none or is not a JWT
 */
public record TokenPair(TokenResponse response, TokenInspection access, TokenInspection refresh,
                        Expiry accessExpiry, Expiry refreshExpiry) {
    /** What an absent token reads as. */
    public static final TokenInspection NONE = new TokenInspection.NotJwt("empty", 0);

    public static TokenPair of(TokenResponse response, JwtInspector inspector) {
        TokenInspection access = inspect(response.accessToken(), inspector);
        TokenInspection refresh = inspect(response.refreshToken(), inspector);
        return new TokenPair(response, access, refresh, accessExpiry(access, response),
                refresh instanceof TokenInspection.Jwt j && j.token().expiresAt() != null ? Expiry.ofToken(j.token())
                        : null);
    }

    public Optional<Expiry> accessExpiryIfKnown() {
        return Optional.ofNullable(accessExpiry);
    }

    public Optional<Expiry> refreshExpiryIfKnown() {
        return Optional.ofNullable(refreshExpiry);
    }

    /** {@code refresh.ati = access.jti}; empty when either claim is missing (not a Spring pair). */
    public Optional<Boolean> refreshBelongsToAccess() {
        if (access instanceof TokenInspection.Jwt a && refresh instanceof TokenInspection.Jwt r
                && r.token().ati() != null) {
            return Optional.of(r.token().ati().equals(a.token().jti()));
        }
        return Optional.empty();
    }

    private static TokenInspection inspect(String token, JwtInspector inspector) {
        return token == null || token.isEmpty() ? NONE : inspector.inspect(token);
    }

    private static Expiry accessExpiry(TokenInspection access, TokenResponse response) {
        if (access instanceof TokenInspection.Jwt j && j.token().expiresAt() != null) {
            return Expiry.ofToken(j.token());
        }
        if (response.expiresIn() != null) {
            return Expiry.ofExpiresIn(response.receivedAt(), response.expiresIn());
        }
        return null;
    }
}
