package io.tokenrefresher.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.testing.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "Copy as header" and "Copy headers for API calls" follow the profile's header format. */
class HandOffHeadersTest {
    private final ResultViewModel result = new ResultViewModel(Messages.forLocale(Locale.ENGLISH));

    private void showToken(String access) {
        ObjectNode json = new ObjectMapper().createObjectNode().put("access_token", access)
                .put("token_type", "bearer").put("refresh_token", "r.t.x");
        result.show(TokenPair.of(TokenResponse.from(json, Instant.now()), new JwtInspector(new ObjectMapper())));
    }

    @Test
    void bladeAuthFormatGivesTheBladeAuthHeaderAndAllThreeForApiCalls() {
        String access = new TestTokens().pair().accessToken();
        showToken(access);
        result.useApiHeaders(token -> HeaderFormat.BLADE_AUTH.apiHeaders(token, "saber", "saber_secret", "000000"));

        assertThat(result.authorizationHeader()).isEqualTo("Blade-Auth: bearer " + access);
        assertThat(result.apiCallHeaders()).isEqualTo("Blade-Auth: bearer " + access + "\n"
                + "Authorization: Basic c2FiZXI6c2FiZXJfc2VjcmV0\nTenant-Id: 000000");
    }

    @Test
    void bearerFormatGivesOneAuthorizationLineAndTheTenantWhenSet() {
        showToken("opaque-token");
        result.useApiHeaders(token -> HeaderFormat.BEARER.apiHeaders(token, "saber", "s", "000000"));

        assertThat(result.authorizationHeader()).isEqualTo("Authorization: Bearer opaque-token");
        assertThat(result.apiCallHeaders()).isEqualTo("Authorization: Bearer opaque-token\nTenant-Id: 000000");
        assertThat(result.browserSnippet()).contains("\"opaque-token\"").contains("\"r.t.x\"");
    }
}
