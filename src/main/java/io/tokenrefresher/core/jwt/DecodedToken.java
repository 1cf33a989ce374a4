package io.tokenrefresher.core.jwt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A JWT read without verifying its signature: header and payload rows in the token's own order,
 * and the claims the app reasons about.
 */
public record DecodedToken(
        List<ClaimRow> header,
        List<ClaimRow> payload,
        String algorithm,
        Instant expiresAt,
        Instant issuedAt,
        Instant notBefore,
        String jti,
        String ati) {

    /**
     * Spring Security OAuth2 puts {@code ati} (the access token's jti) only into refresh tokens, so
     * its absence means an access token was pasted where a refresh token belongs.
     */
    public boolean isRefreshToken() {
        return ati != null;
    }

    public Optional<ClaimRow> claim(String name) {
        return payload.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
