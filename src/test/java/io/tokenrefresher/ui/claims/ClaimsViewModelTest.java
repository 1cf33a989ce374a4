package io.tokenrefresher.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.testing.SessionFixture;
import io.tokenrefresher.ui.common.ClaimFormatter;
import io.tokenrefresher.ui.common.ClaimRowView;
import io.tokenrefresher.ui.common.StatusKind;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimsViewModelTest {
    private static SessionFixture fixture;
    private static TokenPair pair;
    private final ResourceBundle bundle = Messages.bundle(Locale.ENGLISH);
    private final ClaimsViewModel claims = new ClaimsViewModel(Clock.systemUTC(), new Messages(bundle),
            new ClaimFormatter(bundle));

    @BeforeAll
    static void refreshOnce() {
        fixture = SessionFixture.start();
        pair = fixture.refreshedPair();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static List<String> names(List<ClaimRowView> rows) {
        return rows.stream().map(ClaimRowView::name).toList();
    }

    @Test
    void showsThePastedTokenUntilAPairArrives() {
        claims.showPasted(SessionFixture.inspector().inspect(fixture.gateway().validRefreshToken()));

        assertThat(claims.sourceProperty().get()).isEqualTo(ClaimsSource.PASTED);
        assertThat(names(claims.rows())).contains("alg", "user_name", "ati", "exp");
        assertThat(claims.noticeProperty().get()).isEqualTo("⚠ HS256 signature not verified");
        assertThat(claims.pairCheckProperty().get()).isEmpty();
    }

    @Test
    void aNewPairSwitchesToItsAccessTokenAndChecksThatThePairBelongsTogether() {
        claims.showPair(pair);

        assertThat(claims.sourceProperty().get()).isEqualTo(ClaimsSource.NEW_ACCESS);
        assertThat(names(claims.rows())).contains("user_name", "jti").doesNotContain("ati");
        assertThat(claims.pairCheckProperty().get()).isEqualTo("✓ refresh.ati = access.jti");
        assertThat(claims.pairCheckKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
    }

    @Test
    void theUserCanShowTheNewRefreshToken() {
        claims.showPair(pair);

        claims.sourceProperty().set(ClaimsSource.NEW_REFRESH);

        assertThat(names(claims.rows())).contains("ati");
    }

    @Test
    void aPastedTextThatIsNoJwtShowsWhyAndNoRows() {
        claims.showPasted(SessionFixture.inspector().inspect("abc.def"));

        assertThat(claims.rows()).isEmpty();
        assertThat(claims.noticeProperty().get()).isNotEmpty().doesNotContain("signature");
    }

    @Test
    void aPastedTokenChangesNothingWhileANewTokenIsShown() {
        claims.showPair(pair);
        List<ClaimRowView> before = List.copyOf(claims.rows());

        claims.showPasted(SessionFixture.inspector().inspect("abc.def"));

        assertThat(claims.rows()).containsExactlyElementsOf(before);
    }

    @Test
    void refreshingKeepsTheRowsThatDidNotChangeSoTheSelectionStays() {
        claims.showPair(pair);
        ClaimRowView firstRow = claims.rows().get(0);

        claims.refresh();

        assertThat(claims.rows().get(0)).isSameAs(firstRow);
    }

    @Test
    void noPairEmptiesTheNewTokensView() {
        claims.showPair(pair);

        claims.showPair(null);

        assertThat(claims.rows()).isEmpty();
        assertThat(claims.pairCheckProperty().get()).isEmpty();
    }
}
