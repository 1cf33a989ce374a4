package io.tokenrefresher.core.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenMaskTest {
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl";
    private static final String OPAQUE = "3f9c1e2a-77b0-4d51-9a3e-5b1f0c6d2e8a";

    @Test
    void aTokenInsideAServerMessageKeepsOnlyItsFirstCharacters() {
        assertThat(TokenMask.maskIn("Invalid refresh token (expired): " + JWT + " (see log)"))
                .isEqualTo("Invalid refresh token (expired): eyJhbGciOiJI… (see log)");
    }

    @Test
    void textWithoutTokensIsUnchanged() {
        assertThat(TokenMask.maskIn("Bad credentials")).isEqualTo("Bad credentials");
        assertThat(TokenMask.maskIn("eyJ alone is no token")).isEqualTo("eyJ alone is no token");
        assertThat(TokenMask.maskIn("request 3f9c1e2a77b04d519a3e5b1f0c6d2e8a failed at /oauth/token"))
                .as("a lower-case hex id is no token").isEqualTo("request 3f9c1e2a77b04d519a3e5b1f0c6d2e8a failed"
                        + " at /oauth/token");
        assertThat(TokenMask.maskIn(null)).isNull();
    }

    @Test
    void maskShortensOneToken() {
        assertThat(TokenMask.mask(JWT)).isEqualTo("eyJhbGciOiJI…");
        assertThat(TokenMask.mask("short")).isEqualTo("short");
    }

    @Test
    void aCutOffJwtWithOneDotOrNoneIsMaskedToo() {
        String header = JWT.substring(0, JWT.indexOf('.'));
        assertThat(TokenMask.maskIn("x " + header + ".eyJzdWIiOiIx")).isEqualTo("x eyJhbGciOiJI…");
        assertThat(TokenMask.maskIn(header.substring(0, 30))).isEqualTo("eyJhbGciOiJI…");
        assertThat(TokenMask.maskIn(JWT + ".")).isEqualTo("eyJhbGciOiJI….");
    }

    @Test
    void theTruncatedAnswerOfTheIssueShowsNoPartOfItsToken() {
        // an answer cut off inside its new access token: the excerpt used to show 583 characters of it
        String cut = "{\"access_token\":\"" + JWT + "xyzABC123" + JWT.substring(10);

        String masked = TokenMask.maskIn(cut);

        assertThat(masked).isEqualTo("{\"access_token\":\"eyJhbGciOiJI…");
    }

    @Test
    void opaqueTokensInKnownFieldsAreMaskedInJsonFormsAndServerWords() {
        assertThat(TokenMask.maskIn("{\"access_token\": \"" + OPAQUE + "\", \"token_type\": \"bearer\"}"))
                .isEqualTo("{\"access_token\": \"3f9c1e2a-77b…\", \"token_type\": \"bearer\"}");
        assertThat(TokenMask.maskIn("{\"refreshToken\":\"" + OPAQUE + "\"}")).isEqualTo("{\"refreshToken\":\"3f9c1e2a-77b…\"}");
        assertThat(TokenMask.maskIn("grant_type=refresh_token&refresh_token=" + OPAQUE + "&scope=all"))
                .isEqualTo("grant_type=refresh_token&refresh_token=3f9c1e2a-77b…&scope=all");
        assertThat(TokenMask.maskIn("Invalid refresh token: " + OPAQUE)).isEqualTo("Invalid refresh token: 3f9c1e2a-77b…");
    }

    @Test
    void secretsInKnownFieldsAreHiddenWhole() {
        assertThat(TokenMask.maskIn("{\"client_secret\":\"saber_secret\",\"password\":\"p\"}"))
                .isEqualTo("{\"client_secret\":\"***\",\"password\":\"***\"}");
        assertThat(TokenMask.maskIn("username=admin&password=hunter2")).isEqualTo("username=admin&password=***");
    }

    @Test
    void longMixedCaseRunsAreMaskedWhereverTheyStand() {
        String opaque = "Q2xpZW50SWQ9c2FiZXImc2VjcmV0PXNhYmVyX3NlY3JldA";
        assertThat(TokenMask.maskIn("value " + opaque + " end")).isEqualTo("value Q2xpZW50SWQ9… end");
    }
}
