package io.tokenrefresher.core.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.SeedTokens;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What testers paste into the token field, from chat, logs, Postman and the seed document. */
class PastedTokenTest {
    private static final String TOKEN = SeedTokens.REQUEST_REFRESH_TOKEN;

    static Stream<Arguments> pastes() {
        return Stream.of(
                Arguments.of("bare", TOKEN),
                Arguments.of("surrounding blanks", "  \t" + TOKEN + " \r\n"),
                Arguments.of("wrapped by a chat window", wrap(TOKEN, 76, "\n")),
                Arguments.of("wrapped with CRLF and indent", wrap(TOKEN, 64, "\r\n    ")),
                Arguments.of("spaces inside", TOKEN.substring(0, 30) + " " + TOKEN.substring(30)),
                Arguments.of("Bearer prefix", "Bearer " + TOKEN),
                Arguments.of("lower-case bearer", "bearer " + TOKEN),
                Arguments.of("Bearer and a tab", "Bearer\t" + TOKEN),
                Arguments.of("Authorization header", "Authorization: Bearer " + TOKEN),
                Arguments.of("Authorization header, odd case", "authorization:bearer  " + TOKEN),
                Arguments.of("Authorization as a JSON line", "\"Authorization\": \"Bearer " + TOKEN + "\","),
                Arguments.of("double quotes", "\"" + TOKEN + "\""),
                Arguments.of("single quotes", "'" + TOKEN + "'"),
                Arguments.of("back quotes", "`" + TOKEN + "`"),
                Arguments.of("Chinese IME quotes", "“" + TOKEN + "”"),
                Arguments.of("one quote lost", "\"" + TOKEN),
                Arguments.of("seed request line", "    \"refresh_token\": \"" + TOKEN + "\","),
                Arguments.of("JSON line without comma", "\"refresh_token\":\"" + TOKEN + "\""),
                Arguments.of("access_token JSON line", "\"access_token\": \"" + TOKEN + "\","),
                Arguments.of("form field", "refresh_token=" + TOKEN),
                Arguments.of("label with colon", "refresh_token: " + TOKEN),
                Arguments.of("wrapped JSON line", "\"refresh_token\": \"" + wrap(TOKEN, 80, "\n") + "\",\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastes")
    void cleansToTheBareToken(String what, String pasted) {
        assertThat(PastedToken.clean(pasted)).isEqualTo(TOKEN);
    }

    @Test
    void nothingGivesEmpty() {
        assertThat(PastedToken.clean(null)).isEmpty();
        assertThat(PastedToken.clean("")).isEmpty();
        assertThat(PastedToken.clean(" \n\t ")).isEmpty();
        assertThat(PastedToken.clean("\"\"")).isEmpty();
        assertThat(PastedToken.clean("Bearer ")).isEmpty();
    }

    @Test
    void opaqueTokensAreLeftAlone() {
        assertThat(PastedToken.clean("  2YotnFZFEjr1zCsicMWpAA ")).isEqualTo("2YotnFZFEjr1zCsicMWpAA");
        // a token that merely starts with the letters of "bearer" keeps them
        assertThat(PastedToken.clean("bearerish.token.value")).isEqualTo("bearerish.token.value");
    }

    private static String wrap(String text, int width, String lineBreak) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i += width) {
            if (i > 0) {
                sb.append(lineBreak);
            }
            sb.append(text, i, Math.min(text.length(), i + width));
        }
        return sb.toString();
    }
}
