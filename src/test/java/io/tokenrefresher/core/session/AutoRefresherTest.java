package io.tokenrefresher.core.session;

import static io.tokenrefresher.core.session.KeepAliveRig.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.profile.AutoRefresh;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.testing.FakeGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The auto-refresher in virtual time against the real fake gateway (same clock). */
class AutoRefresherTest {
    private static final AutoRefresh ON = new AutoRefresh(true, 0);

    @Test
    void refreshesSixtySecondsBeforeAnHourLongTokenExpiresWithTheNewestRefreshToken() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b.refreshTokens(FakeGateway.RefreshTokens.ROTATE))) {
            GatewayProfile uat = rig.profile("uat", ON);
            TokenPair first = rig.logIn(uat);
            rig.refresher.keepAlive(uat);

            rig.time.advance(Duration.ofMinutes(59).minusSeconds(1));
            assertThat(rig.refreshesSeen()).isZero();
            assertThat(rig.refresher.status("uat").state()).isEqualTo(SessionState.ALIVE);

            rig.time.advance(Duration.ofSeconds(1));
            assertThat(rig.refreshesSeen()).isEqualTo(1);
            assertThat(rig.gateway.lastRequest().bodyText()).contains(first.response().refreshToken());
            TokenPair second = rig.sessions.session("uat").newest().orElseThrow();
            assertThat(second.accessExpiry().expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(119)));

            rig.time.advance(Duration.ofMinutes(59));
            assertThat(rig.refreshesSeen()).isEqualTo(2);
            assertThat(rig.gateway.lastRequest().bodyText()).contains(second.response().refreshToken())
                    .doesNotContain(first.response().refreshToken());
            assertThat(rig.answers).filteredOn(SessionAnswer::automatic).hasSize(2);
        }
    }

    @Test
    void shortLivedTokensAreRefreshedATenthOfTheirLifetimeAhead() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b.accessLifetime(Duration.ofSeconds(100)))) {
            rig.loggedInAndWatched("dev", ON);

            rig.time.advance(Duration.ofSeconds(89));
            assertThat(rig.refreshesSeen()).isZero();
            rig.time.advance(Duration.ofSeconds(1));
            assertThat(rig.refreshesSeen()).isEqualTo(1);
        }
    }

    @Test
    void anEditedLeadTimeIsUsed() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b)) {
            rig.loggedInAndWatched("uat", new AutoRefresh(true, 300));

            rig.time.advance(Duration.ofMinutes(55).minusSeconds(1));
            assertThat(rig.refreshesSeen()).isZero();
            rig.time.advance(Duration.ofSeconds(1));
            assertThat(rig.refreshesSeen()).isEqualTo(1);
        }
    }

    @Test
    void passingTroubleIsRetriedWithBackoffAndRetryAfterIsHonoured() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b)) {
            rig.loggedInAndWatched("uat", ON);
            rig.gateway.enqueue(FakeGateway.Fault.html(503, "<html>Service Unavailable</html>"),
                    FakeGateway.Fault.html(502, "<html>Bad Gateway</html>"),
                    FakeGateway.Fault.withHeader(429, "application/json", "{}", "Retry-After", "20"));

            rig.time.advance(Duration.ofMinutes(59)); // due: the 503
            assertThat(rig.refreshesSeen()).isEqualTo(1);
            assertThat(rig.refresher.status("uat").state()).isEqualTo(SessionState.REFRESHING);
            rig.time.advance(Duration.ofSeconds(4));
            assertThat(rig.refreshesSeen()).isEqualTo(1);
            rig.time.advance(Duration.ofSeconds(1)); // +5 s: the 502
            assertThat(rig.refreshesSeen()).isEqualTo(2);
            rig.time.advance(Duration.ofSeconds(10)); // +10 s: the 429 asking for 20 s
            assertThat(rig.refreshesSeen()).isEqualTo(3);
            rig.time.advance(Duration.ofSeconds(19));
            assertThat(rig.refreshesSeen()).isEqualTo(3);
            rig.time.advance(Duration.ofSeconds(1));
            assertThat(rig.refreshesSeen()).isEqualTo(4);

            assertThat(rig.refresher.status("uat").state()).isEqualTo(SessionState.ALIVE);
            assertThat(rig.events).isEmpty();
        }
    }

    @Test
    void aRefusalStopsAtOnceAndTheSessionFailsWithTheManualRefreshWords() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b)) {
            rig.loggedInAndWatched("uat", ON);
            rig.gateway.enqueue(FakeGateway.Fault.json(400,
                    "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token: abc\"}"));

            rig.time.advance(Duration.ofMinutes(59));
            rig.time.advance(Duration.ofMinutes(30));

            assertThat(rig.refreshesSeen()).isEqualTo(1);
            SessionStatus status = rig.refresher.status("uat");
            assertThat(status.state()).isEqualTo(SessionState.FAILED);
            assertThat(rig.events).hasSize(1).first().isInstanceOfSatisfying(SessionEvent.Failed.class,
                    f -> assertThat(f.failure()).isSameAs(status.failure()));
            Messages en = Messages.forLocale(Locale.ENGLISH);
            Messages.Text words = en.describe(status.failure().failure());
            Messages.Text manual = en.describe(((TokenOutcome.Failure) rig.sessions.session("uat").lastOutcome()
                    .orElseThrow()).failure());
            assertThat(words).isEqualTo(manual);
            assertThat(words.hint()).isNotEmpty();
        }
    }

    @Test
    void retriesEndWhenTheAccessTokenWouldExpireFirst() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b.accessLifetime(Duration.ofSeconds(100)))) {
            rig.loggedInAndWatched("dev", ON);
            for (int i = 0; i < 5; i++) {
                rig.gateway.enqueue(FakeGateway.Fault.html(503, "<html>down</html>"));
            }

            rig.time.advance(Duration.ofSeconds(200));

            // due at 90 s, again at 95 s; the next (105 s) would be after expiry at 100 s
            assertThat(rig.refreshesSeen()).isEqualTo(2);
            SessionStatus status = rig.refresher.status("dev");
            assertThat(status.state()).isEqualTo(SessionState.FAILED);
            // a proxy's 503 page: the auth service behind it is down, which is worth retrying until expiry
            assertThat(status.failure().failure()).isInstanceOfSatisfying(GatewayFailure.UpstreamUnavailable.class,
                    r -> assertThat(r.status()).isEqualTo(503));
        }
    }

    @Test
    void aRefreshThatFellDueDuringSleepIsSentRightAfterResume() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b)) {
            rig.loggedInAndWatched("uat", ON);
            rig.time.advance(Duration.ofMinutes(10));

            rig.time.sleep(Duration.ofHours(3)); // lid closed: the wall clock jumps, delays stand still
            assertThat(rig.refreshesSeen()).isZero();
            rig.time.advance(AutoRefresher.Settings.DEFAULTS.maxSleep());

            assertThat(rig.refreshesSeen()).isEqualTo(1);
            assertThat(rig.refresher.status("uat").state()).isEqualTo(SessionState.ALIVE);
            assertThat(rig.time.longestDelayAsked()).isLessThanOrEqualTo(AutoRefresher.Settings.DEFAULTS.maxSleep());
        }
    }

    @Test
    void theEndOfTheRefreshChainIsAnnouncedAnHourAheadOnce() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b.refreshLifetime(Duration.ofHours(3)))) {
            rig.loggedInAndWatched("uat", ON);

            rig.time.advance(Duration.ofHours(2).minusSeconds(1));
            assertThat(rig.events).isEmpty();
            rig.time.advance(Duration.ofSeconds(1));
            assertThat(rig.events).containsExactly(new SessionEvent.ChainEnding(T0.plus(Duration.ofHours(3))));
            assertThat(rig.refresher.status("uat").state()).isEqualTo(SessionState.EXPIRING);

            rig.time.advance(Duration.ofMinutes(50));
            assertThat(rig.events).hasSize(1);
        }
    }

    @Test
    void theLastRefreshTheChainAllowsIsNotMissed() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b.refreshLifetime(Duration.ofMinutes(90)))) {
            rig.loggedInAndWatched("uat", ON);

            rig.time.advance(Duration.ofMinutes(59)); // first refresh, access until 1:59, chain until 1:30
            rig.time.advance(Duration.ofMinutes(30).minusSeconds(1));
            assertThat(rig.refreshesSeen()).isEqualTo(1);
            rig.time.advance(Duration.ofSeconds(1)); // 1:29, a lead before the chain ends
            assertThat(rig.refreshesSeen()).isEqualTo(2);
            Instant accessEnd = rig.sessions.session("uat").newest().orElseThrow().accessExpiry().expiresAt();
            assertThat(accessEnd).isEqualTo(T0.plus(Duration.ofMinutes(149)));
        }
    }

    @Test
    void withAutoRefreshOffOnlyTheComingExpiryIsAnnounced() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b)) {
            rig.loggedInAndWatched("uat", AutoRefresh.OFF);

            rig.time.advance(Duration.ofMinutes(55).minusSeconds(1));
            assertThat(rig.events).isEmpty();
            rig.time.advance(Duration.ofSeconds(1));
            assertThat(rig.events).containsExactly(new SessionEvent.AccessExpiringSoon(T0.plus(Duration.ofHours(1))));
            assertThat(rig.refresher.status("uat").state()).isEqualTo(SessionState.EXPIRING);
            rig.time.advance(Duration.ofMinutes(10));
            assertThat(rig.refreshesSeen()).isZero();
            assertThat(rig.refresher.status("uat").state()).isEqualTo(SessionState.NONE);
        }
    }

    @Test
    void twoSessionsAreKeptAliveSideBySide() throws Exception {
        try (KeepAliveRig rig = new KeepAliveRig(b -> b.accessLifetime(Duration.ofMinutes(10)))) {
            rig.loggedInAndWatched("uat", ON);
            rig.time.advance(Duration.ofMinutes(3));
            rig.loggedInAndWatched("dev", ON);

            rig.time.advance(Duration.ofMinutes(60));

            assertThat(rig.answers).filteredOn(SessionAnswer::automatic).hasSizeGreaterThanOrEqualTo(12);
            assertThat(rig.refresher.status("uat").state()).isEqualTo(SessionState.ALIVE);
            assertThat(rig.refresher.status("dev").state()).isEqualTo(SessionState.ALIVE);
        }
    }
}
