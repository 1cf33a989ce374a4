package io.tokenrefresher.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-12-08T08:00:00Z");

    @Test
    void secondsAreReadAsSuch() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void anHttpDateCountsFromNow() {
        assertThat(RetryAfter.parse("Tue, 08 Dec 2026 08:00:45 GMT", NOW)).contains(Duration.ofSeconds(45));
        assertThat(RetryAfter.parse("Tue, 08 Dec 2026 07:59:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void longWaitsAreCappedAtAnHour() {
        assertThat(RetryAfter.parse("86400", NOW)).contains(Duration.ofHours(1));
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).contains(Duration.ofHours(1));
    }

    @Test
    void missingOrUnreadableValuesAreNoAdvice() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    }
}
