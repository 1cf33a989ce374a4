package io.tokenrefresher.core.negative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.negative.NegativeResult.Verdict;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestRequests;
import io.tokenrefresher.testing.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The negative tests against a gateway that refuses each wrong refresh as Spring Security OAuth2 /
 * BladeX do, and against one that lets a wrong scope through (a fail), with skips that say why.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NegativeTestsTest {
    private static final TokenEndpointClient CLIENT = new TokenEndpointClient(
            TokenEndpointClient::defaultHttpClient, new ObjectMapper(), Clock.systemUTC(), "test");
    private final NegativeTests tests = new NegativeTests(CLIENT::send);

    private static TokenRequest strictRefresh(FakeGateway gateway) {
        TokenRequest r = TestRequests.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                gateway.validRefreshToken(), "all", ParameterPlacement.AUTO);
        return TestRequests.withTenant(TestRequests.withClient(r, "saber", "saber_secret"), "000000");
    }

    @Test
    void aStrictGatewayPassesEveryCase() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().requireClient("saber", "saber_secret")
                .requireTenant("000000").grantedScope("all").start()) {
            String expired = new TestTokens(TestTokens.DEFAULT_SECRET,
                    Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC)).pair().refreshToken();
            String access = gateway.tokens().pair().accessToken();

            List<NegativeResult> results = tests.runAll(new NegativeTests.Inputs(strictRefresh(gateway), access, expired));

            assertThat(results).extracting(NegativeResult::testCase).containsExactly(NegativeCase.values());
            assertThat(results).allSatisfy(r -> assertThat(r.verdict()).as("%s: %s", r.testCase(), r.actual())
                    .isEqualTo(Verdict.PASS));
            assertThat(results.get(NegativeCase.ALTERED_SIGNATURE.ordinal()).actual())
                    .isEqualTo("401 invalid_token: Cannot convert access token to JSON");
            assertThat(results.get(NegativeCase.NO_TENANT.ordinal()).actual()).contains("租户ID未找到");
            // the expired token the gateway quoted back is cut to 12 characters
            assertThat(results.get(NegativeCase.EXPIRED_REFRESH.ordinal()).actual()).doesNotContain(expired);
        }
    }

    @Test
    void aGatewayThatIgnoresTheScopeFailsThatCaseAndMissingInputsAreSkipped() throws Exception {
        try (FakeGateway gateway = FakeGateway.start()) {
            TokenRequest plain = TestRequests.refresh(gateway.baseUrl(), gateway.validRefreshToken());

            List<NegativeResult> results = tests.runAll(new NegativeTests.Inputs(plain, null, null));

            Map<NegativeCase, NegativeResult> byCase = new HashMap<>();
            results.forEach(r -> byCase.put(r.testCase(), r));
            assertThat(byCase.get(NegativeCase.OTHER_SCOPE).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(byCase.get(NegativeCase.OTHER_SCOPE).actual()).isEqualTo("200 — tokens issued");
            assertThat(byCase.get(NegativeCase.ACCESS_AS_REFRESH).actual()).isEqualTo("noAccessToken");
            assertThat(byCase.get(NegativeCase.EXPIRED_REFRESH).actual()).isEqualTo("noExpired");
            assertThat(byCase.get(NegativeCase.NO_TENANT).actual()).isEqualTo("noTenant");
            assertThat(byCase.get(NegativeCase.WRONG_CLIENT_SECRET).actual()).isEqualTo("noClient");
            assertThat(byCase.get(NegativeCase.EMPTY_BODY).verdict()).isEqualTo(Verdict.PASS);
            assertThat(byCase.get(NegativeCase.ALTERED_SIGNATURE).verdict()).isEqualTo(Verdict.PASS);

            Map<String, String> labels = new HashMap<>(Map.of("case", "Case", "expected", "Expected",
                    "actual", "Actual", "result", "Result", "PASS", "pass", "FAIL", "FAIL", "SKIPPED", "skipped"));
            for (NegativeCase c : NegativeCase.values()) {
                labels.put(c.name(), c.name().toLowerCase());
            }
            labels.put("skip.noTenant", "no Tenant-Id | set");
            String markdown = NegativeTests.markdown(results, labels);
            assertThat(markdown).startsWith("| Case | Expected | Actual | Result |\n| --- | --- | --- | --- |\n")
                    .contains("| other_scope | 400 invalid_scope | 200 — tokens issued | FAIL |")
                    .contains("| no_tenant | 4xx 租户 / tenant | no Tenant-Id \\| set | skipped |");
        }
    }

    @Test
    void theAlteredSignatureDiffersInARealBit() {
        String token = "eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.Abcdefgh";

        assertThat(NegativeTests.alteredSignature(token)).isEqualTo("eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.Qbcdefgh");
        assertThat(NegativeTests.alteredSignature("a.b.xyz")).isEqualTo("a.b.Ayz");
    }
}
