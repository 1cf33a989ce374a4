package io.tokenrefresher.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.expiry.ExpiryState;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.testing.SessionFixture;
import io.tokenrefresher.ui.common.ClaimFormatter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The countdown in virtual time: the gateway minted the pair at {@code NOW}, the test moves the clock. */
class CountdownViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static SessionFixture fixture;
    private static TokenPair pair;
    private final ResourceBundle bundle = Messages.bundle(Locale.ENGLISH);
    private final CountdownViewModel countdown = new CountdownViewModel(CLOCK, new Messages(bundle),
            new ClaimFormatter(bundle));

    @BeforeAll
    static void refreshOnce() {
        fixture = SessionFixture.start(CLOCK);
        pair = fixture.refreshedPair();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void beforeAnyAnswerNothingCountsDown() {
        countdown.tick(NOW);

        assertThat(countdown.countdownProperty().get()).isEqualTo("--:--:--");
        assertThat(countdown.titleProperty().get()).isEqualTo("Access token expires in");
        assertThat(countdown.captionProperty().get()).isEmpty();
        assertThat(countdown.refreshExpiryProperty().get()).isEmpty();
        assertThat(countdown.stateProperty().get()).isNull();
    }

    @Test
    void countsDownFromTheExpClaimAndSaysUntilWhenTheRefreshTokenWorks() {
        countdown.show(pair);

        assertThat(countdown.countdownProperty().get()).isEqualTo("01:00:00");
        assertThat(countdown.stateProperty().get()).isEqualTo(ExpiryState.CALM);
        assertThat(countdown.lifetimeUsedProperty().get()).isZero();
        assertThat(countdown.captionProperty().get()).startsWith("At ").endsWith("(from the token's exp claim).");
        assertThat(countdown.refreshExpiryProperty().get()).startsWith("Refresh token valid until ")
                .endsWith("after that, log in again.");
    }

    @Test
    void turnsWarningThenCriticalThenExpired() {
        countdown.show(pair);

        countdown.tick(NOW.plus(Duration.ofMinutes(56)));
        assertThat(countdown.countdownProperty().get()).isEqualTo("00:04:00");
        assertThat(countdown.stateProperty().get()).isEqualTo(ExpiryState.WARNING);

        countdown.tick(NOW.plus(Duration.ofMinutes(59).plusSeconds(30)));
        assertThat(countdown.countdownProperty().get()).isEqualTo("00:00:30");
        assertThat(countdown.stateProperty().get()).isEqualTo(ExpiryState.CRITICAL);

        countdown.tick(NOW.plus(Duration.ofMinutes(63)));
        assertThat(countdown.countdownProperty().get()).isEqualTo("Expired 3 min ago");
        assertThat(countdown.titleProperty().get()).isEqualTo("Access token");
        assertThat(countdown.stateProperty().get()).isEqualTo(ExpiryState.EXPIRED);
    }

    @Test
    void aRefreshTokenPastItsExpirySaysLogInAgain() {
        countdown.show(pair);

        countdown.tick(pair.refreshExpiry().expiresAt().plusSeconds(1));

        assertThat(countdown.refreshExpiryProperty().get()).startsWith("Refresh token expired at ")
                .endsWith("log in again.");
    }

    @Test
    void showingNoPairResetsTheCountdown() {
        countdown.show(pair);

        countdown.show(null);

        assertThat(countdown.countdownProperty().get()).isEqualTo("--:--:--");
        assertThat(countdown.captionProperty().get()).isEmpty();
        assertThat(countdown.stateProperty().get()).isNull();
        assertThat(countdown.lifetimeUsedProperty().get()).isZero();
        assertThat(countdown.refreshExpiryProperty().get()).isEmpty();
    }
}
