package io.tokenrefresher.core.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final RelativeTime ENGLISH = new RelativeTime(Messages.bundle(Locale.ENGLISH));
    private static final RelativeTime CHINESE = new RelativeTime(Messages.bundle(Locale.SIMPLIFIED_CHINESE));

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PT0S        | just now            | 刚刚
            PT4.9S      | just now            | 刚刚
            PT-4S       | just now            | 刚刚
            PT5S        | in 5 s              | 5 秒后
            PT-59S      | 59 s ago            | 59 秒前
            PT1M        | in 1 min            | 1 分钟后
            PT59M59S    | in 59 min           | 59 分钟后
            PT-59M      | 59 min ago          | 59 分钟前
            PT1H        | in 1 h              | 1 小时后
            PT1H30M     | in 1 h 30 min       | 1 小时 30 分钟后
            PT-2H5M     | 1 h 55 min ago      | 1 小时 55 分钟前
            PT9H59M     | in 9 h 59 min       | 9 小时 59 分钟后
            PT10H30M    | in 10 h             | 10 小时后
            PT23H59M    | in 23 h             | 23 小时后
            PT24H       | in 1 day            | 1 天后
            PT-72H      | 3 days ago          | 3 天前
            PT168H      | in 7 days           | 7 天后
            PT1439H     | in 59 days          | 59 天后
            PT1440H     | in 2 months         | 2 个月后
            PT-4380H    | 6 months ago        | 6 个月前
            PT17520H    | in 2 years          | 2 年后
            PT-43800H   | 5 years ago         | 5 年前
            """)
    void saysHowFarAwayInEnglishAndChinese(Duration offset, String english, String chinese) {
        Instant then = NOW.plus(offset);

        assertThat(ENGLISH.between(NOW, then)).isEqualTo(english);
        assertThat(CHINESE.between(NOW, then)).isEqualTo(chinese);
    }
}
