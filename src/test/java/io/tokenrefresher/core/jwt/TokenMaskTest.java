package io.tokenrefresher.core.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenMaskTest {
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl";

    @Test
    void aTokenInsideAServerMessageKeepsOnlyItsFirstCharacters() {
        assertThat(TokenMask.maskJwtsIn("Invalid refresh token (expired): " + JWT + " (see log)"))
                .isEqualTo("Invalid refresh token (expired): eyJhbGciOiJI… (see log)");
    }

    @Test
    void textWithoutTokensIsUnchanged() {
        assertThat(TokenMask.maskJwtsIn("Bad credentials")).isEqualTo("Bad credentials");
        assertThat(TokenMask.maskJwtsIn("eyJ alone is no token")).isEqualTo("eyJ alone is no token");
        assertThat(TokenMask.maskJwtsIn(null)).isNull();
    }

    @Test
    void maskShortensOneToken() {
        assertThat(TokenMask.mask(JWT)).isEqualTo("eyJhbGciOiJI…");
        assertThat(TokenMask.mask("short")).isEqualTo("short");
    }
}
