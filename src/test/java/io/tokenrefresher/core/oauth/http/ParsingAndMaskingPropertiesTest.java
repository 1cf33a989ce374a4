package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.jwt.PastedToken;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.core.oauth.GatewayFailure;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of reading answers and pasted tokens (issue 16): whatever bytes come back and whatever is
 * pasted, the result is a typed outcome, never an exception; and no message built from an answer that
 * holds a token shows a run of 13 or more of its characters, in either language.
 */
class ParsingAndMaskingPropertiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AnswerClassifier CLASSIFIER = new AnswerClassifier(MAPPER, Clock.systemUTC());
    private static final List<Messages> LANGUAGES = List.of(Messages.forLocale(Locale.ENGLISH),
            Messages.forLocale(Locale.SIMPLIFIED_CHINESE), Messages.forLocale(Locale.ENGLISH).forCommandLine());
    private static final List<String> CONTENT_TYPES = List.of("application/json;charset=UTF-8", "text/html",
            "text/plain; charset=GBK", "", "application/json; charset=nonsense");
    private static final JwtInspector INSPECTOR = new JwtInspector(MAPPER);

    // ---- no exception from any answer ----

    @Property(tries = 500)
    void anyBytesAsAnAnswerGiveATypedOutcome(@ForAll("statuses") int status, @ForAll("contentTypes") String type,
                                             @ForAll("bodies") byte[] body) {
        Attempt attempt = CLASSIFIER.classify(answer(status, type, body));

        assertThat(attempt.response() != null || attempt.failure() != null).isTrue();
        if (attempt.failure() != null) {
            for (Messages m : LANGUAGES) {
                assertThat(m.describe(attempt.failure()).headline()).isNotBlank();
            }
        }
    }

    @Property(tries = 500)
    void anyPastedTextGivesATypedInspection(@ForAll("pastedTexts") String pasted) {
        TokenInspection inspection = INSPECTOR.inspect(PastedToken.clean(pasted));

        assertThat(inspection).isInstanceOfAny(TokenInspection.Jwt.class, TokenInspection.NotJwt.class);
    }

    // ---- masking ----

    @Property(tries = 1000)
    void noMessageShowsThirteenCharactersOfATokenInTheAnswer(@ForAll("tokens") String token,
                                                              @ForAll @IntRange(min = 0, max = 6) int shape,
                                                              @ForAll @IntRange(min = 0, max = 1000) int cutPermille) {
        boolean jwt = token.startsWith("eyJ");
        if (shape == 5 && !jwt) {
            return; // an opaque token in free text is indistinguishable from text; only known places are masked
        }
        WireAnswer answer = switch (shape) {
            case 0 -> truncated(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"refresh_token\":\""
                    + token + "\",\"expires_in\":3599}", cutPermille);
            case 1 -> answer(401, CONTENT_TYPES.get(0), ("{\"error\":\"invalid_token\",\"error_description\":"
                    + "\"Invalid refresh token (expired): " + token + "\"}").getBytes(StandardCharsets.UTF_8));
            case 2 -> answer(400, CONTENT_TYPES.get(0), ("{\"error\":\"invalid_grant\",\"error_description\":"
                    + "\"Invalid access token: " + token + "\"}").getBytes(StandardCharsets.UTF_8));
            case 3 -> answer(200, "text/plain", ("access_token=" + token + "&token_type=bearer&refresh_token="
                    + token).getBytes(StandardCharsets.UTF_8));
            case 4 -> truncated(200, "{\"code\":200,\"success\":true,\"data\":{\"accessToken\":\"" + token
                    + "\",\"refreshToken\":\"" + token + "\"}}", cutPermille);
            case 5 -> answer(502, "text/html", ("<html><head><title>502</title></head><body>upstream said " + token
                    + "</body></html>").getBytes(StandardCharsets.UTF_8));
            default -> answer(500, CONTENT_TYPES.get(0), ("{\"error\":\"server_error\",\"error_description\":"
                    + "\"token " + token + " could not be stored\"}").getBytes(StandardCharsets.UTF_8));
        };

        GatewayFailure failure = CLASSIFIER.classify(answer).failure();
        if (failure == null) {
            return; // tokens came: showing them is what the user asked for
        }
        for (Messages m : LANGUAGES) {
            String text = m.describe(failure).full();
            for (int i = 0; i + 13 <= token.length(); i++) {
                assertThat(text).as("13 characters of the token from %s", i).doesNotContain(token.substring(i, i + 13));
            }
        }
    }

    // ---- generators ----

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.of(200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503, 504);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+truefalsnl \\u\t\n")
                .withChars("access_token").ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> envelopes = Arbitraries.of("{\"access_token\":", "{\"data\":{\"access_token\":",
                "{\"success\":false,\"code\":", "{\"error\":", "[", "{\"access_token\":null}", "{\"access_token\":[1]}",
                "{\"access_token\":\"a\",\"expires_in\":\"x\"}", "{\"access_token\":\"a\",\"expires_in\":1e999}")
                .flatMap(head -> Arbitraries.strings().ofMaxLength(60).map(tail -> (head + tail)
                        .getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(raw, jsonish, envelopes);
    }

    @Provide
    Arbitrary<String> pastedTexts() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(300);
        Arbitrary<String> segment = Arbitraries.strings().ofMaxLength(80).map(ParsingAndMaskingPropertiesTest::b64);
        Arbitrary<String> jsonSegment = Arbitraries.strings().withChars("{}[]\":,0123456789 abcexpnul")
                .ofMaxLength(80).map(ParsingAndMaskingPropertiesTest::b64);
        Arbitrary<String> threeParts = Combinators.combine(Arbitraries.oneOf(segment, jsonSegment),
                Arbitraries.oneOf(segment, jsonSegment), segment).as((a, b, c) -> a + "." + b + "." + c);
        Arbitrary<String> wrapped = threeParts.map(t -> "  Bearer " + t + "\n");
        return Arbitraries.oneOf(any, threeParts, wrapped);
    }

    @Provide
    Arbitrary<String> tokens() {
        Arbitrary<String> opaque = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+/")
                .ofMinLength(13).ofMaxLength(200);
        Arbitrary<String> payload = Arbitraries.strings().alpha().numeric().ofMaxLength(200)
                .map(s -> b64("{\"user_name\":\"" + s + "\",\"exp\":4102444800}"));
        Arbitrary<String> jwt = Combinators.combine(payload, Arbitraries.bytes().array(byte[].class).ofSize(32))
                .as((p, sig) -> b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + p + "."
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(sig));
        return Arbitraries.oneOf(opaque, jwt);
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static WireAnswer answer(int status, String contentType, byte[] body) {
        Map<String, List<String>> headers = contentType.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(contentType));
        return new WireAnswer(status, HttpHeaders.of(headers, (a, b) -> true), body);
    }

    /** The first {@code permille}/1000 of {@code body}: an answer cut off in transit. */
    private static WireAnswer truncated(int status, String body, int permille) {
        String cut = body.substring(0, (int) ((long) body.length() * permille / 1000));
        return answer(status, CONTENT_TYPES.get(0), cut.getBytes(StandardCharsets.UTF_8));
    }
}
