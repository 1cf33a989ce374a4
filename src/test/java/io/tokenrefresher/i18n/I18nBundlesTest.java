package io.tokenrefresher.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.testing.GatewayFailureSamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The English and Simplified Chinese bundles stay in step: same keys, no empty text, every value a
 * valid MessageFormat with the same arguments in both, and every key the code builds at run time
 * ({@code failure.<key>}, {@code hint.<HINT>}, {@code jwt.notJwt.<reason>}) present.
 */
class I18nBundlesTest {
    private static final String ENGLISH = "/io/tokenrefresher/i18n/messages.properties";
    private static final String CHINESE = "/io/tokenrefresher/i18n/messages_zh_CN.properties";

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = load(ENGLISH).stringPropertyNames();
        Set<String> chinese = load(CHINESE).stringPropertyNames();

        assertThat(english).as("keys").hasSizeGreaterThan(50);
        assertThat(difference(english, chinese)).as("in English, missing in Chinese").isEmpty();
        assertThat(difference(chinese, english)).as("in Chinese, missing in English").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, CHINESE})
    void noValueIsEmpty(String bundle) throws IOException {
        Properties p = load(bundle);

        assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).sorted().toList())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, CHINESE})
    void everyValueIsAValidMessageFormat(String bundle) throws IOException {
        Properties p = load(bundle);
        List<String> broken = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            try {
                new MessageFormat(p.getProperty(key), Locale.ROOT);
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        }

        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, CHINESE})
    void apostrophesInFormattedValuesAreDoubled(String bundle) throws IOException {
        // in a pattern with {0}, a lone ' starts a quote: "it's {0}" would print "its {0}"
        Properties p = load(bundle);

        assertThat(p.stringPropertyNames().stream().sorted()
                .filter(k -> arguments(p.getProperty(k)) > 0 && p.getProperty(k).replace("''", "").contains("'"))
                .toList()).isEmpty();
    }

    @Test
    void bothLanguagesTakeTheSameArguments() throws IOException {
        Properties english = load(ENGLISH);
        Properties chinese = load(CHINESE);
        TreeMap<String, String> mismatched = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String zh = chinese.getProperty(key);
            if (zh != null && arguments(english.getProperty(key)) != arguments(zh)) {
                mismatched.put(key, arguments(english.getProperty(key)) + " vs " + arguments(zh));
            }
        }

        assertThat(mismatched).isEmpty();
    }

    @Test
    void chineseBundleIsReadAsUtf8() {
        Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.text("rel.now")).isEqualTo("刚刚");
        assertThat(Messages.forLocale(Locale.ROOT).text("rel.now")).isEqualTo("just now");
    }

    @Test
    void englishIsEnglishOnAChineseDesktop() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

            assertThat(Messages.forLocale(Locale.ENGLISH).text("rel.now")).isEqualTo("just now");
            assertThat(Messages.forLocale(Locale.FRENCH).text("rel.now")).isEqualTo("just now");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyFailureAndHintHasWordsInBothLanguages() {
        List<GatewayFailure> samples = GatewayFailureSamples.all();
        Set<Class<?>> covered = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).as("one sample per failure class")
                .containsAll(GatewayFailureSamples.permittedTypes());

        for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = Messages.forLocale(locale);
            for (GatewayFailure failure : samples) {
                Messages.Text text = messages.describe(failure);
                assertThat(List.of(text.headline(), text.hint()))
                        .as("%s in %s", failure, locale)
                        .noneMatch(s -> s.startsWith("failure.") || s.startsWith("hint."))
                        .noneMatch(s -> s.matches("(?s).*\\{\\d.*"));
                assertThat(text.headline()).isNotBlank();
            }
        }
    }

    @Test
    void everyNotJwtReasonHasWords() throws IOException {
        JwtInspector inspector = new JwtInspector(new ObjectMapper());
        Properties english = load(ENGLISH);
        Properties chinese = load(CHINESE);
        // one input per reason the inspector gives, so a new reason without words fails here
        Set<String> reasons = new TreeSet<>();
        for (String input : List.of("", "opaque", "a.b", "a.b.c.d.e", "e30.*.x", "e30.aGVsbG8.x")) {
            String reason = ((TokenInspection.NotJwt) inspector.inspect(input)).reason();
            reasons.add(reason);
            assertThat(english.getProperty("jwt.notJwt." + reason)).as(reason).isNotBlank();
            assertThat(chinese.getProperty("jwt.notJwt." + reason)).as(reason).isNotBlank();
        }
        assertThat(reasons).containsExactlyInAnyOrder("empty", "opaque", "parts", "encrypted", "base64", "json");
    }

    private static int arguments(String pattern) {
        try {
            return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
