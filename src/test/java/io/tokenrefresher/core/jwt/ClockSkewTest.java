package io.tokenrefresher.core.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.exchange.WireReply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gateway's clock from an answer's Date header, against the middle of the round trip. */
class ClockSkewTest {
    private static final Instant SENT = Instant.parse("2026-11-25T02:05:03.400Z");

    private static WireReply answerDated(String date) {
        return new WireReply(200, List.of(new HeaderLine("date", date)), "{}", false);
    }

    @Test
    void aGatewayTwoMinutesAheadIsNoticedAndGivesTheGatewaysTime() {
        WireReply reply = answerDated("Wed, 25 Nov 2026 02:07:04 GMT");

        ClockSkew skew = ClockSkew.of(reply.date(), SENT, Duration.ofMillis(1200)).orElseThrow();

        assertThat(skew.offset()).isEqualTo(Duration.ofSeconds(120));
        assertThat(skew.noticeable()).isTrue();
        assertThat(ClockSkew.describe(skew.offset())).isEqualTo("2 min");
        assertThat(skew.gatewayTime(SENT)).isEqualTo(SENT.plusSeconds(120));
    }

    @Test
    void aFewSecondsEitherWayAreNotWorthAWordAndBehindIsNegative() {
        ClockSkew close = ClockSkew.of(answerDated("Wed, 25 Nov 2026 02:05:06 GMT").date(), SENT, Duration.ZERO)
                .orElseThrow();
        ClockSkew behind = ClockSkew.of(answerDated("Wed, 25 Nov 2026 01:05:03 GMT").date(), SENT, null).orElseThrow();

        assertThat(close.noticeable()).isFalse();
        assertThat(behind.noticeable()).isTrue();
        assertThat(behind.offset()).isNegative();
        assertThat(ClockSkew.describe(behind.offset())).isEqualTo("1 h");
    }

    @Test
    void noOrUnreadableDateGivesNoSkew() {
        assertThat(answerDated("yesterday").date()).isEmpty();
        assertThat(ClockSkew.of(Optional.empty(), SENT, Duration.ZERO)).isEmpty();
        assertThat(new WireReply(200, List.of(), "", false).date()).isEmpty();
    }
}
