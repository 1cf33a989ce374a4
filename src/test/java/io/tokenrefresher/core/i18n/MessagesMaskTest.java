package io.tokenrefresher.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesMaskTest {
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX25hbWUiOiJidWxsZnJvZyJ9.c2lnbmF0dXJl";

    @Test
    void aTokenQuotedByTheServerIsCutInTheHeadline() {
        GatewayFailure refused = new GatewayFailure.ServerRefused(401,
                new OAuthError("invalid_token", "Invalid refresh token (expired): " + TOKEN, null),
                FailureHint.REFRESH_TOKEN_EXPIRED, "", true);

        Messages.Text text = Messages.forLocale(Locale.ENGLISH).describe(refused);

        assertThat(text.headline()).doesNotContain(TOKEN).contains("Invalid refresh token (expired): eyJhbGciOiJI…");
        assertThat(text.hint()).contains("log in again");
    }
}
