package io.tokenrefresher.core.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.jwt.DecodedToken;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.testing.SeedTokens;
import io.tokenrefresher.testing.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** All "now"s are fixed instants: nothing here waits or depends on the machine's clock. */
class ExpiryTest {
    private static final Instant ISSUED = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofHours(1));
    private static final Expiry ONE_HOUR = new Expiry(ISSUED, EXPIRES, Expiry.Source.EXP_CLAIM);

    @ParameterizedTest(name = "{0} before exp -> {1}")
    @CsvSource(textBlock = """
            PT1H,          CALM
            PT5M0.001S,    CALM
            PT5M,          CALM
            PT4M59.999S,   WARNING
            PT1M0.001S,    WARNING
            PT1M,          WARNING
            PT59.999S,     CRITICAL
            PT1S,          CRITICAL
            PT0.000000001S, CRITICAL
            PT0S,          EXPIRED
            PT-1S,         EXPIRED
            PT-72H,        EXPIRED
            """)
    void stateByTimeLeft(Duration left, ExpiryState expected) {
        assertThat(ONE_HOUR.state(EXPIRES.minus(left))).isEqualTo(expected);
    }

    @Test
    void thresholdsAreFiveAndOneMinutes() {
        assertThat(Expiry.WARNING_BELOW).isEqualTo(Duration.ofMinutes(5));
        assertThat(Expiry.CRITICAL_BELOW).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void remainingGoesNegativeOnceExpired() {
        assertThat(ONE_HOUR.remaining(ISSUED)).isEqualTo(Duration.ofHours(1));
        assertThat(ONE_HOUR.remaining(EXPIRES)).isZero();
        assertThat(ONE_HOUR.remaining(EXPIRES.plusSeconds(90))).isEqualTo(Duration.ofSeconds(-90));
    }

    @Test
    void fractionUsedRunsFromZeroToOne() {
        assertThat(ONE_HOUR.fractionUsed(ISSUED)).isZero();
        assertThat(ONE_HOUR.fractionUsed(ISSUED.plus(Duration.ofMinutes(15)))).isCloseTo(0.25, within(1e-9));
        assertThat(ONE_HOUR.fractionUsed(ISSUED.plus(Duration.ofMinutes(54)))).isCloseTo(0.9, within(1e-9));
        assertThat(ONE_HOUR.fractionUsed(EXPIRES)).isEqualTo(1.0);
        // clamped: a clock before iat (skew) or long after exp stays within 0..1
        assertThat(ONE_HOUR.fractionUsed(ISSUED.minusSeconds(30))).isZero();
        assertThat(ONE_HOUR.fractionUsed(EXPIRES.plus(Duration.ofDays(3)))).isEqualTo(1.0);
    }

    @Test
    void fractionUsedIsUnknownWithoutAStart() {
        Expiry noStart = new Expiry(null, EXPIRES, Expiry.Source.EXP_CLAIM);

        assertThat(noStart.fractionUsed(ISSUED)).isEqualTo(-1);
        assertThat(noStart.fractionUsed(EXPIRES)).isEqualTo(1);
        assertThat(new Expiry(EXPIRES, EXPIRES, Expiry.Source.EXP_CLAIM).fractionUsed(ISSUED)).isEqualTo(-1);
    }

    @Test
    void expiresInCountsFromTheArrival() {
        Instant received = Instant.parse("2026-11-25T10:15:30.250Z");

        Expiry expiry = Expiry.ofExpiresIn(received, 3599);

        assertThat(expiry.source()).isEqualTo(Expiry.Source.EXPIRES_IN);
        assertThat(expiry.issuedAt()).isEqualTo(received);
        assertThat(expiry.expiresAt()).isEqualTo(Instant.parse("2026-11-25T11:15:29.250Z"));
        assertThat(expiry.fractionUsed(received.plusSeconds(3599 / 2))).isCloseTo(0.5, within(1e-3));
        assertThat(expiry.state(received.plusSeconds(3599 - 299))).isEqualTo(ExpiryState.WARNING);
    }

    @Test
    void fromAMintedTokenUsesExpAndIat() {
        Clock clock = Clock.fixed(ISSUED, ZoneOffset.UTC);
        TestTokens tokens = new TestTokens(TestTokens.DEFAULT_SECRET, clock);
        var payload = tokens.payload(EXPIRES, "jti-1", null);
        payload.put("iat", ISSUED.getEpochSecond());

        Expiry expiry = Expiry.ofToken(decode(tokens.sign(payload)));

        assertThat(expiry).isEqualTo(new Expiry(ISSUED, EXPIRES, Expiry.Source.EXP_CLAIM));
        Instant later = clock.instant().plus(Duration.ofMinutes(56));
        assertThat(expiry.state(later)).isEqualTo(ExpiryState.WARNING);
        assertThat(Expiry.clock(expiry.remaining(later))).isEqualTo("00:04:00");
    }

    @Test
    void seedRefreshTokenHasNoIatSoOnlyTheEndIsKnown() {
        Expiry expiry = Expiry.ofToken(decode(SeedTokens.REQUEST_REFRESH_TOKEN));

        assertThat(expiry.expiresAt()).isEqualTo(Instant.ofEpochSecond(1636336798));
        assertThat(expiry.issuedAt()).isNull();
        assertThat(expiry.state(Instant.parse("2026-11-25T09:00:00Z"))).isEqualTo(ExpiryState.EXPIRED);
        // when the seed's answer was issued (its access exp less one hour) the week-long refresh had 6d 23:38 left
        Instant seedAnswer = Instant.ofEpochSecond(1635736890).minusSeconds(3600);
        assertThat(Expiry.clock(expiry.remaining(seedAnswer))).isEqualTo("6d 23:38:28");
    }

    @Test
    void tokenWithoutExpHasNoExpiry() {
        TestTokens tokens = new TestTokens();
        var payload = new ObjectMapper().createObjectNode().put("user_name", "x");

        assertThat(Expiry.ofToken(decode(tokens.sign(payload)))).isNull();
        assertThat(Expiry.ofToken(null)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            PT0S,          00:00:00
            PT59S,         00:00:59
            PT59M59S,      00:59:59
            PT1H,          01:00:00
            PT23H59M59S,   23:59:59
            PT24H,         1d 00:00:00
            PT168H,        7d 00:00:00
            PT169H1M1S,    7d 01:01:01
            PT3599.999S,   00:59:59
            PT-90S,        00:01:30
            PT-1.5S,       00:00:01
            PT-0.5S,       00:00:00
            PT-49H,        2d 01:00:00
            """)
    void clockFormatsHoursMinutesSecondsAndDays(Duration duration, String expected) {
        assertThat(Expiry.clock(duration)).isEqualTo(expected);
    }

    private static DecodedToken decode(String token) {
        return ((TokenInspection.Jwt) new JwtInspector(new ObjectMapper()).inspect(token)).token();
    }
}
