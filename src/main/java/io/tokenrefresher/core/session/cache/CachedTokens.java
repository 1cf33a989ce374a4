package io.tokenrefresher.core.session.cache;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The newest pair of one profile as the token cache keeps it: the whole answer (so a
 * {@link TokenResponse} and the pair decoded from it can be rebuilt), where it came from, and the
 * fingerprints of the refresh tokens this chain has already used up.
 *
 * <p>The fingerprints (SHA-256, never the tokens) let a process tell "my refresh token is older than
 * the cache's" (it is among the used ones: sending it again would be a reuse) from "my token is an
 * unrelated one the user pasted" (send it as asked).
 *
 * @param refreshToken the refresh token to use next: the answer's, or the one sent when the answer
 *                     had none (the server keeps the old one then); null when neither is known
 * @param usedRefreshTokens fingerprints, oldest first, at most {@value #USED_KEPT}
 */
public record CachedTokens(String profileId, TokenResponse response, String refreshToken, URI endpoint,
                           ParameterPlacement placementUsed, Instant storedAt, List<String> usedRefreshTokens) {
    /** Enough to recognise any token of a chain refreshed for days at short lifetimes. */
    static final int USED_KEPT = 64;
    /** Without {@code expires_in}, a JWT access token counts as fresh while it has this much left. */
    private static final Duration JWT_ONLY_FRESH_MARGIN = Duration.ofSeconds(60);

    public CachedTokens {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(storedAt, "storedAt");
        placementUsed = placementUsed == null ? ParameterPlacement.AUTO : placementUsed;
        usedRefreshTokens = List.copyOf(usedRefreshTokens);
    }

    /**
     * The entry after {@code answer} arrived for a request that sent {@code sentRefreshToken} (null for
     * a log-in): the chain's used tokens so far plus the one just sent.
     */
    public static CachedTokens after(CachedTokens previous, String profileId, TokenResponse answer,
                                     String sentRefreshToken, URI endpoint, ParameterPlacement placementUsed,
                                     Instant now) {
        List<String> used = new ArrayList<>(previous == null ? List.of() : previous.usedRefreshTokens());
        String next = answer.refreshToken();
        if (sentRefreshToken != null && !sentRefreshToken.isEmpty()) {
            if (next == null || next.isEmpty()) {
                next = sentRefreshToken;
            } else if (!next.equals(sentRefreshToken)) {
                used.remove(fingerprint(sentRefreshToken));
                used.add(fingerprint(sentRefreshToken));
            }
        }
        while (used.size() > USED_KEPT) {
            used.remove(0);
        }
        return new CachedTokens(profileId, answer, next, endpoint, placementUsed, now, used);
    }

    /** True when {@code token} is one this chain has already traded in (sending it again is a reuse). */
    public boolean hasUsed(String token) {
        return token != null && usedRefreshTokens.contains(fingerprint(token));
    }

    /** When the access token expires: {@code expires_in} from arrival, else the JWT's {@code exp}. */
    public Optional<Instant> accessExpiresAt() {
        if (response.expiresIn() != null) {
            return Optional.of(response.receivedAt().plusSeconds(response.expiresIn()));
        }
        return jwtExpiry(response.accessToken());
    }

    /**
     * True while the access token is as good as one a refresh would give now: more than half of its
     * lifetime left (or, with only a JWT {@code exp} to go by, more than a minute). A caller that wanted
     * a refresh takes such a pair instead of sending; an older one is refreshed.
     */
    public boolean accessFreshAt(Instant now) {
        if (response.expiresIn() != null) {
            Instant halfway = response.receivedAt().plusMillis(response.expiresIn() * 500);
            return now.isBefore(halfway);
        }
        return jwtExpiry(response.accessToken()).map(exp -> now.plus(JWT_ONLY_FRESH_MARGIN).isBefore(exp))
                .orElse(false);
    }

    /** A token's fingerprint as kept in the cache: SHA-256, base64url, never reversible to the token. */
    public static String fingerprint(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Optional<Instant> jwtExpiry(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JWT.decode(token).getExpiresAtAsInstant());
        } catch (JWTDecodeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "CachedTokens[profileId=" + profileId + ", storedAt=" + storedAt + ", used="
                + usedRefreshTokens.size() + "]";
    }
}
