package io.tokenrefresher.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderLineTest {
    @Test
    void linesRoundTripAndBlankLinesAreSkipped() {
        String typed = "X-Env: uat\n\n  Accept-Language : zh-CN \r\n";

        List<HeaderLine> headers = HeaderLine.parseLines(typed);

        assertThat(headers).containsExactly(new HeaderLine("X-Env", "uat"), new HeaderLine("Accept-Language", "zh-CN"));
        assertThat(HeaderLine.toLines(headers)).isEqualTo("X-Env: uat\nAccept-Language: zh-CN");
        assertThat(HeaderLine.firstBadLine(typed)).isZero();
    }

    @Test
    void theFirstLineWithoutNameAndColonIsNamed() {
        assertThat(HeaderLine.firstBadLine("X-Env: uat\n\nno colon here\n: empty name")).isEqualTo(3);
        assertThat(HeaderLine.parseLines("no colon here")).isEmpty();
        assertThat(HeaderLine.firstBadLine(null)).isZero();
    }
}
