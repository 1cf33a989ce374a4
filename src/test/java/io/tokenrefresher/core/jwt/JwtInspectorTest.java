package io.tokenrefresher.core.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.jwt.ClaimRow.Kind;
import io.tokenrefresher.core.jwt.ClaimRow.Section;
import io.tokenrefresher.testing.SeedTokens;
import io.tokenrefresher.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JwtInspectorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JwtInspector inspector = new JwtInspector(MAPPER);

    private DecodedToken decode(String token) {
        TokenInspection inspection = inspector.inspect(token);
        assertThat(inspection).isInstanceOf(TokenInspection.Jwt.class);
        return ((TokenInspection.Jwt) inspection).token();
    }

    @Test
    void seedRefreshTokenKeepsItsClaimOrder() {
        DecodedToken token = decode(SeedTokens.REQUEST_REFRESH_TOKEN);

        assertThat(token.header()).extracting(ClaimRow::name).containsExactly("alg", "typ");
        assertThat(token.header()).allMatch(r -> r.section() == Section.HEADER);
        assertThat(token.algorithm()).isEqualTo("HS256");
        assertThat(token.payload()).extracting(ClaimRow::name).containsExactly(
                "company_id", "password_expired", "user_name", "real_name", "avatar", "authorities", "client_id",
                "role_name", "license", "post_id", "user_id", "role_id", "scope", "nick_name", "ati", "oauth_id",
                "job_number", "exp", "dept_id", "password_last_update_date", "jti", "account");
        assertThat(token.payload()).allMatch(r -> r.section() == Section.PAYLOAD);
    }

    @Test
    void seedRefreshTokenIsARefreshToken() {
        DecodedToken token = decode(SeedTokens.REQUEST_REFRESH_TOKEN);

        assertThat(token.isRefreshToken()).isTrue();
        assertThat(token.ati()).isEqualTo("fb135265-4f72-40b8-8d7d-b159d2fe732e");
        assertThat(token.jti()).isEqualTo("01cb778a-2102-4e3c-9d81-4c30a37232e7");
        assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(1636336798));
        assertThat(token.issuedAt()).isNull();
        assertThat(token.notBefore()).isNull();
    }

    @Test
    void seedAnswerTokensPointAtEachOther() {
        DecodedToken access = decode(SeedTokens.ANSWER_ACCESS_TOKEN);
        DecodedToken refresh = decode(SeedTokens.ANSWER_REFRESH_TOKEN);

        assertThat(access.isRefreshToken()).isFalse();
        assertThat(access.ati()).isNull();
        assertThat(access.claim("ati")).isEmpty();
        assertThat(access.jti()).isEqualTo("d93a94bc-4ced-4e43-93a0-7d288850dabb");
        assertThat(access.expiresAt()).isEqualTo(Instant.ofEpochSecond(1635736890));
        // Spring keeps the refresh token's jti and exp and points ati at the new access token
        assertThat(refresh.ati()).isEqualTo(access.jti());
        assertThat(refresh.jti()).isEqualTo(decode(SeedTokens.REQUEST_REFRESH_TOKEN).jti());
        assertThat(refresh.expiresAt()).isEqualTo(Instant.ofEpochSecond(1636336798));
    }

    @Test
    void claimKindsAndValues() {
        DecodedToken token = decode(SeedTokens.ANSWER_ACCESS_TOKEN);

        assertThat(token.claim("authorities")).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.ARRAY);
            assertThat(r.value()).isEqualTo("1454989741942476801");
            assertThat(r.raw()).isEqualTo("[\"1454989741942476801\"]");
        });
        assertThat(token.claim("scope")).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.ARRAY);
            assertThat(r.value()).isEqualTo("all");
        });
        assertThat(token.claim("nick_name")).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.TEXT);
            assertThat(r.value()).isEqualTo("牛蛙-cpms对接账");
            assertThat(r.raw()).isEqualTo("\"牛蛙-cpms对接账\"");
        });
        assertThat(token.claim("password_expired")).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.BOOLEAN);
            assertThat(r.value()).isEqualTo("false");
        });
        assertThat(token.claim("avatar")).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.TEXT);
            assertThat(r.value()).isEmpty();
        });
        assertThat(token.claim("exp")).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.TIME);
            assertThat(r.value()).isEqualTo("1635736890");
            assertThat(r.instant()).isEqualTo(Instant.ofEpochSecond(1635736890));
        });
        assertThat(token.claim("dept_id")).get().extracting(ClaimRow::kind).isEqualTo(Kind.TEXT);
        assertThat(token.header().get(0)).isEqualTo(new ClaimRow(Section.HEADER, "alg", "HS256", "\"HS256\"",
                Kind.TEXT, null));
    }

    @Test
    void passwordLastUpdateDateInMillisecondsIsATime() {
        // 1635731763000 ms is 2021-11-01 09:56:03 in China, the answer's password_last_update_date text
        ClaimRow row = decode(SeedTokens.ANSWER_ACCESS_TOKEN).claim("password_last_update_date").orElseThrow();

        assertThat(row.kind()).isEqualTo(Kind.TIME);
        assertThat(row.instant()).isEqualTo(Instant.parse("2021-11-01T01:56:03Z"));
        assertThat(row.instant().atOffset(ZoneOffset.ofHours(8)).toLocalDateTime())
                .hasToString("2021-11-01T09:56:03");
    }

    @Test
    void otherNumbersNamedLikeTimesStayNumbersWhenTheyCannotBeDates() {
        TestTokens tokens = new TestTokens();
        ObjectNode payload = MAPPER.createObjectNode();
        payload.put("retry_time", 30);
        payload.put("updatedAt", 1700000000);
        payload.put("count", 1700000000);
        DecodedToken token = decode(tokens.sign(payload));

        assertThat(token.claim("retry_time")).get().extracting(ClaimRow::kind).isEqualTo(Kind.NUMBER);
        assertThat(token.claim("updatedAt")).get().extracting(ClaimRow::instant)
                .isEqualTo(Instant.ofEpochSecond(1700000000));
        assertThat(token.claim("count")).get().extracting(ClaimRow::kind).isEqualTo(Kind.NUMBER);
    }

    @Test
    void issuedAtAndNotBeforeAreTimes() {
        Instant now = Instant.parse("2026-11-25T09:00:00Z");
        TestTokens tokens = new TestTokens(TestTokens.DEFAULT_SECRET, Clock.fixed(now, ZoneOffset.UTC));
        ObjectNode payload = tokens.payload(now.plusSeconds(3600), "jti-1", null);
        payload.put("iat", now.getEpochSecond());
        payload.put("nbf", now.getEpochSecond());
        payload.putNull("tenant_id");
        payload.putObject("detail").put("type", "web");

        DecodedToken token = decode(tokens.sign(payload));

        assertThat(token.issuedAt()).isEqualTo(now);
        assertThat(token.notBefore()).isEqualTo(now);
        assertThat(token.expiresAt()).isEqualTo(now.plusSeconds(3600));
        assertThat(token.claim("iat")).get().extracting(ClaimRow::kind).isEqualTo(Kind.TIME);
        assertThat(token.claim("nbf")).get().extracting(ClaimRow::instant).isEqualTo(now);
        assertThat(token.claim("tenant_id")).get().extracting(ClaimRow::kind).isEqualTo(Kind.NULL);
        assertThat(token.claim("detail")).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.OBJECT);
            assertThat(r.value()).isEqualTo("{\"type\":\"web\"}");
        });
        assertThat(token.isRefreshToken()).isFalse();
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(decode("\n  " + SeedTokens.ANSWER_ACCESS_TOKEN + "  \n").jti())
                .isEqualTo("d93a94bc-4ced-4e43-93a0-7d288850dabb");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                  | empty     | 0
            '   '                                               | empty     | 0
            2YotnFZFEjr1zCsicMWpAA                              | opaque    | 1
            a.b                                                 | parts     | 2
            a.b.c.d                                             | parts     | 4
            eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d                    | encrypted | 5
            eyJhbGciOiJIUzI1NiJ9.e*30.sig                       | base64    | 3
            eyJhbGciOiJIUzI1NiJ9.aGVsbG8gd29ybGQ.sig            | json      | 3
            eyJhbGciOiJIUzI1NiJ9.WzEsMl0.sig                    | json      | 3
            """)
    void notAJwtSaysWhy(String text, String reason, int parts) {
        assertThat(inspector.inspect(text)).isEqualTo(new TokenInspection.NotJwt(reason, parts));
    }

    @Test
    void nullIsEmpty() {
        assertThat(inspector.inspect(null)).isEqualTo(new TokenInspection.NotJwt("empty", 0));
    }

    @Test
    void tokenDamagedWhileCopyingIsBase64() {
        // a character lost in the middle of the payload leaves a length no Base64 text can have
        String seed = SeedTokens.ANSWER_ACCESS_TOKEN;
        int dot = seed.indexOf('.');
        String payload = seed.substring(dot + 1, seed.lastIndexOf('.'));
        String damaged = payload.length() % 4 == 1 ? payload : cutToInvalidLength(payload);

        TokenInspection inspection = inspector.inspect(seed.substring(0, dot + 1) + damaged
                + seed.substring(seed.lastIndexOf('.')));

        assertThat(inspection).isEqualTo(new TokenInspection.NotJwt("base64", 3));
    }

    @Test
    void tokenWithAForeignCharacterIsBase64() {
        String seed = SeedTokens.ANSWER_ACCESS_TOKEN;
        String damaged = seed.substring(0, 60) + "…" + seed.substring(61);

        assertThat(inspector.inspect(damaged)).asInstanceOf(type(TokenInspection.NotJwt.class))
                .extracting(TokenInspection.NotJwt::reason).isEqualTo("base64");
    }

    @Test
    void headerThatIsNotAnObjectIsJson() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("\"HS256\"".getBytes(StandardCharsets.UTF_8));

        assertThat(inspector.inspect(header + ".e30.sig")).isEqualTo(new TokenInspection.NotJwt("json", 3));
    }

    private static String cutToInvalidLength(String payload) {
        int drop = (payload.length() % 4 + 3) % 4; // chars to drop so that length % 4 == 1
        return payload.substring(0, 40) + payload.substring(40 + drop);
    }
}
