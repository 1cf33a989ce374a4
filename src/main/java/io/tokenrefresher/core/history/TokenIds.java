package io.tokenrefresher.core.history;

import io.tokenrefresher.core.jwt.TokenInspection;
import java.time.Instant;

/** What identifies a token in the history and its export without the token: its jti and exp (null when unknown). */
public record TokenIds(String jti, Instant exp) {
    public static final TokenIds NONE = new TokenIds(null, null);

    public static TokenIds of(TokenInspection inspection) {
        if (inspection instanceof TokenInspection.Jwt j) {
            return new TokenIds(j.token().jti(), j.token().expiresAt());
        }
        return NONE;
    }
}
