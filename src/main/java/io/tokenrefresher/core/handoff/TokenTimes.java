package io.tokenrefresher.core.handoff;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import io.tokenrefresher.core.oauth.TokenResponse;
import java.time.Instant;

/**
 * When the tokens handed out expire, as the token cache reckons it. A class of its own, free of the HTTP
 * client, so the command line's cached answer can use it without loading that.
 */
public final class TokenTimes {
    private TokenTimes() {
    }

    /** A JWT refresh token past its {@code exp} would only be refused; an opaque one only the gateway can judge. */
    public static boolean expired(String refreshToken, Instant now) {
        try {
            Instant exp = JWT.decode(refreshToken).getExpiresAtAsInstant();
            return exp != null && !now.isBefore(exp);
        } catch (JWTDecodeException e) {
            return false;
        }
    }

    /** {@code expires_in} from arrival, else the JWT's {@code exp}; null when neither. */
    public static Instant expiresAt(TokenResponse response) {
        if (response.expiresIn() != null) {
            return response.receivedAt().plusSeconds(response.expiresIn());
        }
        try {
            return JWT.decode(response.accessToken()).getExpiresAtAsInstant();
        } catch (JWTDecodeException e) {
            return null;
        }
    }
}
