package io.tokenrefresher.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.testing.GatewayFailureSamples;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Messages#describe} has words of its own for every kind of {@link GatewayFailure}, in each
 * language: there is no generic fallback, so a type it misses would throw, and a key missing from a
 * bundle would show as the key itself.
 */
class MessagesTest {
    private static final List<Locale> ENGLISH = List.of(Locale.ENGLISH, Locale.ROOT);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void theSamplesCoverEveryPermittedFailureType() {
        Set<Class<?>> sampled = GatewayFailureSamples.all().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(GatewayFailureSamples.permittedTypes()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(sampled).as("one sample per permitted GatewayFailure type")
                .containsExactlyInAnyOrderElementsOf(GatewayFailureSamples.permittedTypes());
    }

    @Test
    void everyFailureHasAHeadlineInEnglishAndChinese() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ROOT, CHINESE)) {
            Messages messages = Messages.forLocale(locale);
            for (GatewayFailure failure : GatewayFailureSamples.all()) {
                Messages.Text text = messages.describe(failure);

                assertThat(text.headline()).as("%s in %s", failure, locale).isNotBlank();
                assertThat(List.of(text.headline(), text.details(), text.hint()))
                        .as("%s in %s", failure, locale)
                        .noneMatch(MessagesTest::isMissingKey)
                        .noneMatch(s -> s.matches("(?s).*\\{\\d+[^}]*}.*"));
            }
        }
    }

    @Test
    void englishAndChineseWordsDiffer() {
        Messages chinese = Messages.forLocale(CHINESE);
        for (Locale english : ENGLISH) {
            Messages messages = Messages.forLocale(english);
            for (GatewayFailure failure : GatewayFailureSamples.all()) {
                assertThat(chinese.describe(failure).headline()).as("%s, %s vs Chinese", failure, english)
                        .isNotEqualTo(messages.describe(failure).headline());
            }
        }
    }

    @Test
    void aMissingKeyShowsAsTheKeyItself() {
        // what the checks above look for: text() gives the key back when the bundle has no such text
        assertThat(Messages.forLocale(Locale.ENGLISH).text("failure.noSuchKey")).isEqualTo("failure.noSuchKey");
        assertThat(isMissingKey("failure.noSuchKey")).isTrue();
    }

    private static boolean isMissingKey(String s) {
        return s.matches("(failure|hint|cli|rel|app)\\.[\\w.]+");
    }
}
