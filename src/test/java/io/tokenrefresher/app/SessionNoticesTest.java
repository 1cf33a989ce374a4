package io.tokenrefresher.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.notify.Notice;
import io.tokenrefresher.core.notify.Notices;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.session.SessionEvent;
import io.tokenrefresher.testing.TestTokens;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SessionNoticesTest {
    private static final Instant NOW = Instant.parse("2026-12-08T09:00:00Z");
    private static final Notices NOTICES = new Notices(new Messages(Messages.bundle(Locale.ENGLISH)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void everyKindOfSessionEventHasANoticeNamingTheProfile() {
        List<SessionEvent> samples = List.of(
                new SessionEvent.Failed(failure("Invalid refresh token: x")),
                new SessionEvent.ChainEnding(NOW.plus(Duration.ofMinutes(50))),
                new SessionEvent.AccessExpiringSoon(NOW.plus(Duration.ofMinutes(4))));
        assertThat(samples.stream().map(Object::getClass))
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(SessionEvent.class.getPermittedSubclasses()));

        assertThat(SessionNotices.of(NOTICES, "UAT", samples.get(0)).title()).isEqualTo("UAT: the session failed");
        assertThat(SessionNotices.of(NOTICES, "UAT", samples.get(1)).title()).isEqualTo("UAT: log in again before 09:50");
        assertThat(SessionNotices.of(NOTICES, "UAT", samples.get(2)).kind()).isEqualTo(Notice.Kind.ACCESS_EXPIRING);
    }

    @Test
    void aFailureQuotingTheRefreshTokenShowsNoPieceOfIt() {
        String token = new TestTokens().pair(NOW.plusSeconds(60), NOW.plusSeconds(600), "r-jti").refreshToken();

        Notice notice = SessionNotices.of(NOTICES, "UAT",
                new SessionEvent.Failed(failure("Invalid refresh token (expired): " + token)));

        String shown = notice.title() + "\n" + notice.body();
        for (int i = 0; i + 13 <= token.length(); i++) {
            assertThat(shown).doesNotContain(token.substring(i, i + 13));
        }
        assertThat(shown).contains("invalid_token");
    }

    private static TokenOutcome.Failure failure(String description) {
        GatewayFailure refused = new GatewayFailure.ServerRefused(401,
                new OAuthError("invalid_token", description, null), null, "", true);
        return new TokenOutcome.Failure(URI.create("http://127.0.0.1/cams-auth/oauth/token"), refused,
                ParameterPlacement.JSON, false, Duration.ofMillis(12));
    }
}
