package io.tokenrefresher.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.notify.Notice.Kind;
import io.tokenrefresher.core.notify.Notice.Severity;
import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import io.tokenrefresher.testing.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The words of each notice in both languages, and that no token reaches them. */
class NoticesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-12-08 09:40:00 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-12-08T01:40:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, SHANGHAI);

    private static Notices notices(Locale locale) {
        return new Notices(Messages.forLocale(locale), CLOCK);
    }

    @Test
    void aFailedSessionNamesTheProfileAndTheFailureInBothLanguages() {
        GatewayFailure refused = new GatewayFailure.ServerRefused(400,
                new OAuthError("invalid_grant", "Bad credentials", null), FailureHint.REFRESH_TOKEN_EXPIRED, "", true);

        Notice english = notices(Locale.ENGLISH).sessionFailed("staging", refused);
        Notice chinese = notices(Locale.SIMPLIFIED_CHINESE).sessionFailed("staging", refused);

        assertThat(english.kind()).isEqualTo(Kind.SESSION_FAILED);
        assertThat(english.severity()).isEqualTo(Severity.ERROR);
        assertThat(english.profileName()).isEqualTo("staging");
        assertThat(english.title()).isEqualTo("staging: the session failed");
        assertThat(english.body()).isEqualTo("HTTP 400 — the server refused: invalid_grant: Bad credentials\n"
                + "Refresh or log in again to continue.");
        assertThat(chinese.title()).isEqualTo("staging：会话失败");
        assertThat(chinese.body()).startsWith("HTTP 400 — 服务器拒绝：invalid_grant: Bad credentials\n")
                .endsWith("请刷新或重新登录以继续。");
    }

    @Test
    void theChainsEndSaysWhenToLogInAgainInTheClocksZone() {
        Instant refreshEnds = NOW.plus(Duration.ofMinutes(55)); // 10:35 in Shanghai

        Notice english = notices(Locale.ENGLISH).chainEnding("prod", refreshEnds);
        Notice chinese = notices(Locale.SIMPLIFIED_CHINESE).chainEnding("prod", refreshEnds);

        assertThat(english.kind()).isEqualTo(Kind.CHAIN_ENDING);
        assertThat(english.severity()).isEqualTo(Severity.WARNING);
        assertThat(english.title()).isEqualTo("prod: log in again before 10:35");
        assertThat(english.body()).isEqualTo("The refresh token ends at 10:35; after that prod cannot be refreshed."
                + " Log in again before 10:35.");
        assertThat(chinese.title()).isEqualTo("prod：请在 10:35 前重新登录");
        assertThat(chinese.body()).isEqualTo("刷新令牌将于 10:35 到期，之后 prod 无法再刷新。请在 10:35 前重新登录。");
    }

    @Test
    void anEndAfterMidnightCarriesItsDay() {
        Instant tomorrow = Instant.parse("2026-12-08T16:20:00Z"); // 00:20 on the 9th in Shanghai

        assertThat(notices(Locale.ENGLISH).chainEnding("prod", tomorrow).title())
                .isEqualTo("prod: log in again before 12-09 00:20");
        assertThat(notices(Locale.SIMPLIFIED_CHINESE).chainEnding("prod", tomorrow).title())
                .isEqualTo("prod：请在 12月9日 00:20 前重新登录");
    }

    @Test
    void anExpiringAccessTokenSaysHowManyMinutesAreLeftAndThatAutoRefreshIsOff() {
        Instant expires = NOW.plus(Duration.ofMinutes(4).plusSeconds(30)); // 09:44:30, rounds up to 5 min

        Notice english = notices(Locale.ENGLISH).accessExpiring("dev", expires);
        Notice chinese = notices(Locale.SIMPLIFIED_CHINESE).accessExpiring("dev", expires);

        assertThat(english.kind()).isEqualTo(Kind.ACCESS_EXPIRING);
        assertThat(english.title()).isEqualTo("dev: the access token expires in 5 min");
        assertThat(english.body()).isEqualTo("Auto-refresh is off for dev, and its access token expires at 09:44."
                + " Refresh it, or turn auto-refresh on.");
        assertThat(chinese.title()).isEqualTo("dev：访问令牌将在 5 分钟后过期");
        assertThat(chinese.body()).isEqualTo("dev 未开启自动刷新，访问令牌将于 09:44 过期。请刷新，或开启自动刷新。");
    }

    @Test
    void aTokenQuotedInTheFailureReachesNoNoticeInAnyLanguage() {
        String jwt = new TestTokens().pair().refreshToken();
        String opaque = "5f0c2a9e-7d41-4b8e-9c3a-1e6f2d8b7a90";
        List<GatewayFailure> failures = List.of(
                new GatewayFailure.ServerRefused(401, new OAuthError("invalid_token",
                        "Invalid refresh token (expired): " + jwt, null), FailureHint.REFRESH_TOKEN_EXPIRED, "", true),
                new GatewayFailure.ServerRefused(400, new OAuthError("invalid_grant",
                        "Invalid refresh token: " + opaque, null), null, "", true),
                new GatewayFailure.NetworkError("reset while sending refresh_token=" + jwt));

        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (GatewayFailure failure : failures) {
                Notice notice = notices(locale).sessionFailed("staging", failure);
                assertThat(notice.body()).as("the headline is there, cut").contains("…");
                assertNoFragmentOf(jwt, notice);
                assertNoFragmentOf(opaque, notice);
            }
            // a headline worded elsewhere, and a token in a profile's name, are cut as well
            Notice worded = notices(locale).sessionFailed("x " + jwt, "HTTP 401: " + jwt);
            assertNoFragmentOf(jwt, worded);
        }
    }

    /** No run of more than {@link io.tokenrefresher.core.jwt.TokenMask#SHOWN_CHARS} characters of the token. */
    private static void assertNoFragmentOf(String token, Notice notice) {
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i + 13 <= token.length(); i++) {
            fragments.add(token.substring(i, i + 13));
        }
        assertThat(fragments).hasSizeGreaterThan(10);
        for (String fragment : fragments) {
            assertThat(notice.title()).doesNotContain(fragment);
            assertThat(notice.body()).doesNotContain(fragment);
        }
    }
}
