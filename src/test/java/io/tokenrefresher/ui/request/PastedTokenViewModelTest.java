package io.tokenrefresher.ui.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.testing.SessionFixture;
import io.tokenrefresher.testing.TestTokens;
import io.tokenrefresher.ui.common.ClaimFormatter;
import io.tokenrefresher.ui.common.StatusKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PastedTokenViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final TestTokens tokens = new TestTokens(TestTokens.DEFAULT_SECRET, clock);
    private final ResourceBundle bundle = Messages.bundle(Locale.ENGLISH);
    private final PastedTokenViewModel pasted = new PastedTokenViewModel(SessionFixture::inspector, clock,
            new Messages(bundle), new ClaimFormatter(bundle));

    @Test
    void aRefreshTokenPastedWithBearerAndALineBreakIsCleanedAndNamesItsOwner() {
        String refresh = tokens.pair().refreshToken();

        pasted.inputProperty().set("Bearer " + refresh + "\n");

        assertThat(pasted.cleanedToken()).isEqualTo(refresh);
        assertThat(pasted.inspectionProperty().get()).isInstanceOf(TokenInspection.Jwt.class);
        assertThat(pasted.noticeProperty().get()).startsWith("Refresh token of " + TestTokens.USER_NAME + ", valid until");
        assertThat(pasted.noticeKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
    }

    @Test
    void anAccessTokenIsFlaggedAsAWarning() {
        pasted.inputProperty().set(tokens.pair().accessToken());

        assertThat(pasted.noticeProperty().get()).contains("looks like an access token");
        assertThat(pasted.noticeKindProperty().get()).isEqualTo(StatusKind.WARNING);
    }

    @Test
    void anExpiredTokenIsAnError() {
        pasted.inputProperty().set(tokens.expiredRefreshToken(Duration.ofMinutes(3)));

        assertThat(pasted.noticeProperty().get()).startsWith("This token expired 3 min ago");
        assertThat(pasted.noticeKindProperty().get()).isEqualTo(StatusKind.ERROR);
    }

    @Test
    void textThatIsNoJwtSaysWhyAndThatItWillBeSentAnyway() {
        pasted.inputProperty().set("not-a-jwt");

        assertThat(pasted.inspectionProperty().get()).isInstanceOf(TokenInspection.NotJwt.class);
        assertThat(pasted.noticeProperty().get()).endsWith("It will be sent as it is.");
        assertThat(pasted.noticeKindProperty().get()).isEqualTo(StatusKind.WARNING);
    }

    @Test
    void clearingTheFieldClearsTheNotice() {
        pasted.inputProperty().set("not-a-jwt");

        pasted.inputProperty().set("  \n");

        assertThat(pasted.cleanedToken()).isEmpty();
        assertThat(pasted.noticeProperty().get()).isEmpty();
        assertThat(pasted.noticeKindProperty().get()).isEqualTo(StatusKind.NEUTRAL);
    }

    @Test
    void theNoticeTurnsToExpiredWhenTimeMovesPastTheExpiry() {
        pasted.inputProperty().set(tokens.pair(Duration.ofHours(1), Duration.ofMinutes(10)).refreshToken());
        assertThat(pasted.noticeKindProperty().get()).isEqualTo(StatusKind.SUCCESS);

        pasted.refreshNotice(NOW.plus(Duration.ofMinutes(15)));

        assertThat(pasted.noticeProperty().get()).startsWith("This token expired 5 min ago");
        assertThat(pasted.noticeKindProperty().get()).isEqualTo(StatusKind.ERROR);
    }
}
