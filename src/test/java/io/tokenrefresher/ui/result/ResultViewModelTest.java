package io.tokenrefresher.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.testing.SessionFixture;
import io.tokenrefresher.ui.common.ClaimRowView;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResultViewModelTest {
    private static SessionFixture fixture;
    private static TokenPair pair;
    private final ResultViewModel result = new ResultViewModel(Messages.forLocale(Locale.ENGLISH));

    @BeforeAll
    static void refreshOnce() {
        fixture = SessionFixture.start();
        pair = fixture.refreshedPair();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void startsEmpty() {
        assertThat(result.hasResultProperty().get()).isFalse();
        assertThat(result.accessTokenProperty().get()).isEmpty();
        assertThat(result.responseRows()).isEmpty();
    }

    @Test
    void showsBothTokensTheFactsAndEveryOtherFieldInTheServersOrder() {
        result.show(pair);

        assertThat(result.hasResultProperty().get()).isTrue();
        assertThat(result.accessTokenProperty().get()).isEqualTo(pair.response().accessToken());
        assertThat(result.newRefreshTokenProperty().get()).isEqualTo(pair.response().refreshToken());
        assertThat(result.tokenTypeProperty().get()).isEqualTo("bearer");
        assertThat(result.expiresInProperty().get()).matches("\\d+ s");
        assertThat(result.scopeProperty().get()).isEqualTo("all");
        assertThat(result.responseRows()).extracting(ClaimRowView::name)
                .startsWith("company_id", "password_expired", "user_name")
                .contains("nick_name", "dept_id", "jti")
                .doesNotContain("access_token", "refresh_token");
    }

    @Test
    void theHeaderToCopyIsABearerAuthorizationLine() {
        result.show(pair);

        assertThat(result.authorizationHeader()).isEqualTo("Authorization: Bearer " + pair.response().accessToken());
    }

    @Test
    void showingNoPairEmptiesEverything() {
        result.show(pair);

        result.show(null);

        assertThat(result.hasResultProperty().get()).isFalse();
        assertThat(result.accessTokenProperty().get()).isEmpty();
        assertThat(result.newRefreshTokenProperty().get()).isEmpty();
        assertThat(result.expiresInProperty().get()).isEmpty();
        assertThat(result.responseRows()).isEmpty();
    }
}
