package io.tokenrefresher.cli;

import static io.tokenrefresher.cli.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.testing.TestTokens;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code token-refresher decode}: the table, JSON, the sources of the token and what is not a JWT. */
class DecodeCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // 2026-11-25 09:05:03 +08:00
    private static final Instant NOW = Instant.parse("2026-11-25T01:05:03Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final TestTokens.TokenPair pair =
            new TestTokens(TestTokens.DEFAULT_SECRET, CLOCK).pair(Duration.ofHours(1), Duration.ofDays(7));

    private CliRunner runner() {
        return new CliRunner().clock(CLOCK).zone(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void tableShowsHeaderAndClaimsAlignedWithLocalAndRelativeTimes() {
        CliRunner.Result r = runner().run("decode", pair.accessToken());

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Header");
        assertThat(lines).contains("  alg                        HS256", "  typ                        JWT", "Payload",
                "  nick_name                  牛蛙-cpms对接账",
                "  authorities                1454989741942476801",
                "  exp                        2026-11-25 10:05:03 +08:00 (in 1 h)",
                "  jti                        " + pair.accessJti());
        assertThat(lines).contains("Not a refresh token: no \"ati\" claim (an access token or another JWT).",
                "Not verified: no key given");
        // claims keep the token's order
        assertThat(r.out().indexOf("company_id")).isLessThan(r.out().indexOf("nick_name"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aRefreshTokenIsNamedAsOneAndAPastExpiryReadsAgo() {
        CliRunner.Result r = runner().clock(Clock.fixed(NOW.plus(Duration.ofDays(8)), ZoneOffset.UTC))
                .run("decode", pair.refreshToken());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("  ati ").contains("A refresh token: it has \"ati\"")
                .contains("2026-12-02 09:05:03 +08:00 (1 day ago)");
    }

    @Test
    void jsonGivesHeaderAndPayloadObjects() throws IOException {
        CliRunner.Result r = runner().run("decode", "--output", "json", pair.refreshToken());

        assertThat(r.exitCode()).isZero();
        JsonNode json = MAPPER.readTree(r.out());
        assertThat(json.path("header").path("alg").asText()).isEqualTo("HS256");
        assertThat(json.path("payload").path("ati").asText()).isEqualTo(pair.accessJti());
        assertThat(json.path("payload").path("exp").isNumber()).isTrue();
        assertThat(json.path("payload").path("authorities").isArray()).isTrue();
        List<String> names = new ArrayList<>();
        json.path("payload").fieldNames().forEachRemaining(names::add);
        assertThat(names).startsWith("company_id", "password_expired", "user_name");
    }

    @Test
    void fromStdinWithDashOrWithoutArgumentAndFromAJsonAnswer() {
        String answer = "{\"access_token\":\"" + pair.accessToken() + "\",\"refresh_token\":\"" + pair.refreshToken() + "\"}";

        CliRunner.Result dash = runner().stdin("Bearer " + pair.accessToken() + "\n").run("decode", "-");
        CliRunner.Result none = runner().stdin(pair.refreshToken()).run("decode");
        CliRunner.Result json = runner().stdin(answer).run("decode", "-");

        assertThat(dash.exitCode()).isZero();
        assertThat(dash.out()).contains(pair.accessJti()).contains("Not a refresh token");
        assertThat(none.out()).contains("A refresh token");
        assertThat(json.out()).contains("Not a refresh token").contains(pair.accessJti());
    }

    @Test
    void notAJwtExplainsWhyOnStderrAndExits2() {
        CliRunner.Result opaque = cli("decode", "2YotnFZFEjr1zCsicMWpAA");
        CliRunner.Result parts = cli("decode", "abc.def");
        CliRunner.Result base64 = cli("decode", "eyJhbGciOiJIUzI1NiJ9.!!!.sig");

        assertThat(opaque.exitCode()).isEqualTo(2);
        assertThat(opaque.out()).isEmpty();
        assertThat(opaque.err()).isEqualTo("Error: Not a JWT: an opaque token (no dots), so there are no claims to show."
                + System.lineSeparator());
        assertThat(parts.err()).contains("it has 2 parts");
        assertThat(base64.err()).contains("not valid Base64URL");
    }

    @Test
    void chineseLocaleGivesChineseHeadings() {
        CliRunner.Result r = runner().locale(Locale.SIMPLIFIED_CHINESE).run("decode", pair.accessToken());

        assertThat(r.out()).startsWith("头部").contains("载荷").contains("1 小时后");
    }

    @Test
    void wideCharactersCountTwoColumns() {
        assertThat(TextWidth.of("牛蛙-cpms")).isEqualTo(9);
        assertThat(TextWidth.padRight("名字", 6)).isEqualTo("名字  ");
    }
}
