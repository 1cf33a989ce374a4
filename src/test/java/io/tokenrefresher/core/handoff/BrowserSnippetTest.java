package io.tokenrefresher.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console snippet read back: no JavaScript engine ships with the JDK, so the test reads the
 * statements it is made of and checks each cookie and storage key, and that the tokens are the values.
 */
class BrowserSnippetTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CONST = Pattern.compile("const (access|refresh) = (\"(?:[^\"\\\\]|\\\\.)*\"|null);");
    private static final Pattern COOKIE = Pattern.compile("setCookie\\((\"[^\"]+\"), (access|refresh)\\);");
    private static final Pattern STORAGE = Pattern.compile("localStorage\\.setItem\\((\"[^\"]+\"), wrap\\((access|refresh)\\)\\);");

    private static Map<String, String> matches(Pattern p, String js) throws Exception {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = p.matcher(js);
        while (m.find()) {
            found.put(MAPPER.readValue(m.group(1), String.class), m.group(2));
        }
        return found;
    }

    @Test
    void setsEveryKnownSaberCookieAndStorageKeyToTheRightToken() throws Exception {
        String access = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0In0.c2ln";
        String refresh = "eyJhbGciOiJIUzI1NiJ9.eyJhdGkiOiJ4In0.c2lo";

        String js = BrowserSnippet.forTokens(access, refresh);

        Map<String, String> constants = new LinkedHashMap<>();
        Matcher c = CONST.matcher(js);
        while (c.find()) {
            constants.put(c.group(1), MAPPER.readValue(c.group(2), String.class));
        }
        assertThat(constants).containsEntry("access", access).containsEntry("refresh", refresh);
        assertThat(matches(COOKIE, js)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "saber-access-token", "access", "saber3-access-token", "access", "x-access-token", "access",
                "saber-refresh-token", "refresh", "saber3-refresh-token", "refresh"));
        assertThat(matches(STORAGE, js)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "saber-token", "access", "saber-refreshToken", "refresh"));
        assertThat(js).contains("JSON.stringify({dataType: 'string', content: value, datetime: Date.now()})");
        assertThat(balanced(js)).as("brackets and quotes close").isTrue();
    }

    @Test
    void aChosenVersionSetsOnlyItsOwnKeys() throws Exception {
        String vue3 = BrowserSnippet.forTokens("a.b.c", "r.s.t", SaberVersion.SABER3);
        String legacy = BrowserSnippet.forTokens("a.b.c", "r.s.t", SaberVersion.LEGACY);

        assertThat(matches(COOKIE, vue3)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "saber3-access-token", "access", "saber3-refresh-token", "refresh"));
        assertThat(matches(STORAGE, vue3)).isEmpty();
        assertThat(matches(COOKIE, legacy)).containsExactlyInAnyOrderEntriesOf(Map.of("x-access-token", "access"));
        assertThat(matches(STORAGE, legacy)).containsOnlyKeys("saber-token", "saber-refreshToken");
        assertThat(balanced(vue3) && balanced(legacy)).isTrue();
    }

    @Test
    void aTokenWithQuotesCannotBreakOutOfItsString() throws Exception {
        String hostile = "abc\"); alert(1); (\"";

        String js = BrowserSnippet.forTokens(hostile, null);

        Matcher c = CONST.matcher(js);
        List<String> values = new ArrayList<>();
        while (c.find()) {
            values.add(c.group(2));
        }
        assertThat(values).hasSize(2);
        assertThat(MAPPER.readValue(values.get(0), String.class)).isEqualTo(hostile);
        assertThat(values.get(1)).isEqualTo("null");
        assertThat(js).doesNotContain("alert(1); (\"\"");
    }

    /** Brackets balance outside string literals (a cheap syntax check without an engine). */
    private static boolean balanced(String js) {
        StringBuilder stack = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < js.length(); i++) {
            char ch = js.charAt(i);
            if (quote != 0) {
                if (ch == '\\') {
                    i++;
                } else if (ch == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (ch) {
                case '"', '\'' -> quote = ch;
                case '(', '{', '[' -> stack.append(ch);
                case ')', '}', ']' -> {
                    if (stack.isEmpty() || "({[".indexOf(stack.charAt(stack.length() - 1)) != ")}]".indexOf(ch)) {
                        return false;
                    }
                    stack.setLength(stack.length() - 1);
                }
                default -> { }
            }
        }
        return stack.isEmpty() && quote == 0;
    }
}
