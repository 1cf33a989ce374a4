package io.tokenrefresher.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestRequests;
import io.tokenrefresher.testing.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Log-in and refreshes against the real fake gateway in each refresh-token mode, then the export. */
class RefreshHistoryTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClients HTTP = new HttpClients();

    private record Run(FakeGateway gateway, RefreshHistory history) {
    }

    private static List<RefreshRecord> logInAndRefreshTwice(FakeGateway.RefreshTokens mode) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC);
        try (FakeGateway gateway = FakeGateway.builder().clock(clock).refreshTokens(mode).start()) {
            TokenEndpointClient client = new TokenEndpointClient(HTTP::defaultClient, MAPPER, clock, "t");
            SessionRegistry sessions = new SessionRegistry(TokenSender.over(() -> client, () -> HTTP),
                    () -> new JwtInspector(MAPPER), clock);
            RefreshHistory history = new RefreshHistory();
            sessions.addListener(history);
            ProfileSession session = sessions.session("uat");
            session.send(new TokenRequest(gateway.baseUrl(), null, TokenRequest.passwordParameters(
                    TestTokens.USER_NAME, "bullfrog_password", "all"), null, null, null, null, null, null),
                    TlsTrust.SYSTEM, ProxySetting.NONE);
            for (int i = 0; i < 2; i++) {
                session.send(TestRequests.refresh(gateway.baseUrl(), session.currentRefreshToken()), TlsTrust.SYSTEM,
                        ProxySetting.NONE);
            }
            return history.records();
        }
    }

    /** A log-in and two refreshes in {@code mode}: the first pair, then {@code verdict} twice. */
    private static List<RefreshRecord> judged(FakeGateway.RefreshTokens mode, RefreshVerdict verdict) throws Exception {
        List<RefreshRecord> records = logInAndRefreshTwice(mode);
        assertThat(records).extracting(RefreshRecord::verdict).containsExactly(RefreshVerdict.FIRST, verdict, verdict);
        return records;
    }

    @Test
    void aSpringGatewayReSignsTheRefreshTokenAndTheChainKeepsItsEnd() throws Exception {
        List<RefreshRecord> records = judged(FakeGateway.RefreshTokens.RE_SIGN, RefreshVerdict.RESIGNED);

        assertThat(records).extracting(r -> r.refresh().exp()).containsOnly(records.get(0).refresh().exp());
        assertThat(records.get(1).changes()).extracting(c -> c.part() + "." + c.name() + ":" + c.kind())
                .contains("access.jti:CHANGED", "refresh.ati:CHANGED")
                .doesNotContain("refresh.jti:CHANGED", "refresh.exp:CHANGED");
    }

    @Test
    void aRotatingGatewayGivesANewJtiEachTime() throws Exception {
        List<RefreshRecord> records = judged(FakeGateway.RefreshTokens.ROTATE, RefreshVerdict.ROTATED);

        assertThat(records.get(2).changes()).extracting(c -> c.part() + "." + c.name())
                .contains("refresh.jti", "access.jti");
    }

    @Test
    void theSameStringBackIsUnchanged() throws Exception {
        List<RefreshRecord> records = judged(FakeGateway.RefreshTokens.UNCHANGED, RefreshVerdict.UNCHANGED);

        assertThat(records).extracting(RefreshRecord::grantType)
                .containsExactly("password", "refresh_token", "refresh_token");
    }

    @Test
    void theExportHoldsIdsAndOutcomesButNoTokenNorFragmentOfOne() throws Exception {
        List<RefreshRecord> records = logInAndRefreshTwice(FakeGateway.RefreshTokens.ROTATE);
        Function<String, String> names = id -> "UAT";

        String csv = HistoryExport.csv(records, names);
        String json = HistoryExport.json(records, names);

        assertThat(csv.lines()).hasSize(4).first().asString().startsWith("time,profile,grant");
        assertThat(csv).contains(records.get(1).refresh().jti()).contains("ROTATED");
        assertThat(MAPPER.readTree(json)).hasSize(3);
        assertThat(MAPPER.readTree(json).get(2).get("refresh").get("jti").asText())
                .isEqualTo(records.get(2).refresh().jti());
        for (RefreshRecord r : records) {
            for (String token : List.of(r.pair().response().accessToken(), r.pair().response().refreshToken())) {
                for (int i = 0; i + 13 <= token.length(); i += 7) {
                    String fragment = token.substring(i, i + 13);
                    assertThat(csv).doesNotContain(fragment);
                    assertThat(json).doesNotContain(fragment);
                }
            }
        }
    }

    @Test
    void failuresAreRecordedWithTheirCodeOnly() throws Exception {
        Clock clock = Clock.systemUTC();
        try (FakeGateway gateway = FakeGateway.start()) {
            TokenEndpointClient client = new TokenEndpointClient(HTTP::defaultClient, MAPPER, clock, "t");
            SessionRegistry sessions = new SessionRegistry(TokenSender.over(() -> client, () -> HTTP),
                    () -> new JwtInspector(MAPPER), clock);
            RefreshHistory history = new RefreshHistory();
            sessions.addListener(history);
            String expired = gateway.tokens().expiredRefreshToken(Duration.ofMinutes(1));
            sessions.session("uat").send(TestRequests.refresh(gateway.baseUrl(), expired), TlsTrust.SYSTEM,
                    ProxySetting.NONE);

            RefreshRecord failed = history.records().get(0);
            assertThat(failed.succeeded()).isFalse();
            assertThat(failed.failureCode()).isEqualTo("invalid_token");
            assertThat(failed.verdict()).isEqualTo(RefreshVerdict.NONE);
            assertThat(HistoryExport.csv(history.records(), id -> id)).contains("failure:invalid_token")
                    .doesNotContain(expired.substring(40, 60));
        }
    }
}
