package io.tokenrefresher.core.jwt;

/** What a token string turned out to be: a decodable JWT, or not one, with why. */
public sealed interface TokenInspection {

    record Jwt(DecodedToken token) implements TokenInspection {
    }

    /**
     * @param reason message key below {@code jwt.notJwt.}: {@code empty}, {@code opaque} (no dots),
     *               {@code parts} (not three parts), {@code encrypted} (five parts: JWE), {@code base64},
     *               {@code json}
     */
    record NotJwt(String reason, int parts) implements TokenInspection {
    }
}
