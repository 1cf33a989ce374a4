package io.tokenrefresher.core.history;

import io.tokenrefresher.core.jwt.TokenInspection;
import java.util.Objects;

/** What a refresh did to the refresh token, compared with the one the session had before. */
public enum RefreshVerdict {
    /** A new jti: a rotating gateway; the old token is spent. */
    ROTATED,
    /**
     * Same jti and exp, another signature: Spring Security OAuth2's JwtTokenStore with
     * {@code reuseRefreshTokens} re-encodes it (a new {@code ati}); the chain still ends at the first exp.
     */
    RESIGNED,
    /** The very same string. */
    UNCHANGED,
    /** The session had no refresh token before (a first log-in or refresh). */
    FIRST,
    /** No refresh token to judge (a failure, or an answer without one). */
    NONE;

    /** Compares two refresh tokens as text and, when both are JWTs, by jti and exp. */
    public static RefreshVerdict of(String before, TokenInspection beforeReading, String after,
                                    TokenInspection afterReading) {
        if (after == null || after.isEmpty()) {
            return NONE;
        }
        if (before == null || before.isEmpty()) {
            return FIRST;
        }
        if (before.equals(after)) {
            return UNCHANGED;
        }
        if (beforeReading instanceof TokenInspection.Jwt b && afterReading instanceof TokenInspection.Jwt a
                && b.token().jti() != null && b.token().jti().equals(a.token().jti())
                && Objects.equals(b.token().expiresAt(), a.token().expiresAt())) {
            return RESIGNED;
        }
        return ROTATED;
    }
}
