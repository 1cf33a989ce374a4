package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayKind;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.session.cache.CachedTokens;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import io.tokenrefresher.testing.FakeGateway;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code token}: the cached access token while it stays valid for {@code --min-valid}, else one refresh
 * through the shared cache and lock, against a gateway that rotates refresh tokens and revokes on reuse.
 */
class AccessTokenCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path home;

    private RememberingProfileFixture fixture;
    private FakeGateway gateway;

    @BeforeEach
    void setUp() {
        fixture = new RememberingProfileFixture(home);
        gateway = fixture.gateway;
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }


    private CachedTokens cached() {
        return SharedRefresh.inDataFolder(home, fixture.keyring, MAPPER, Clock.systemUTC()).cache().read(fixture.profile.id())
                .orElseThrow();
    }

    @Test
    void aValidCachedTokenIsPrintedWithoutARequestAndWithoutAnHttpClient() {
        CliRunner.Result first = fixture.process().run("token", "--profile", "UAT");
        AtomicInteger clientsAsked = new AtomicInteger();
        CliRunner.Result second = fixture.process().httpClients(https -> {
            clientsAsked.incrementAndGet();
            throw new AssertionError("the cached answer asked for an HTTP client");
        }).run("token", "--profile", "UAT");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out().strip()).isEqualTo(first.out().strip()).isEqualTo(cached().response().accessToken());
        assertThat(gateway.requests()).hasSize(1);
        assertThat(clientsAsked).hasValue(0);
        assertThat(second.err()).isEmpty();
    }

    @Test
    void aCachedTokenExpiringWithinMinValidIsRefreshedOnceAndTheNewPairStoredAndRemembered() {
        CliRunner.Result first = fixture.process().run("token", "--profile", "UAT");
        CliRunner.Result second = fixture.process().run("token", "--profile", "UAT", "--min-valid", "3700");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out().strip()).isNotEqualTo(first.out().strip())
                .isEqualTo(cached().response().accessToken());
        assertThat(gateway.refreshCount()).isEqualTo(2);
        assertThat(gateway.grant(fixture.remembered)).isEqualTo(new FakeGateway.GrantState(2, false));
        assertThat(fixture.service().rememberedRefreshToken(fixture.profile.id()).valueOr("")).isEqualTo(cached().refreshToken());
    }

    @Test
    void forceRefreshesAValidCachedToken() {
        CliRunner.Result first = fixture.process().run("token", "--profile", "UAT", "-o", "json");
        CliRunner.Result forced = fixture.process().run("token", "--profile", "UAT", "--force", "-o", "json");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(gateway.requests()).hasSize(2);
        assertThat(gateway.grant(fixture.remembered).revoked()).isFalse();
        assertThat(json(forced).get("refreshed").asBoolean()).isTrue();
        assertThat(json(forced).get("access_token").asText()).isNotEqualTo(json(first).get("access_token").asText());
    }

    @Test
    void jsonSaysWhetherItRefreshedAndWhenTheTokenExpires() {
        Instant before = Instant.now();
        JsonNode refreshed = json(fixture.process().run("token", "--profile", "UAT", "-o", "json"));
        JsonNode fromCache = json(fixture.process().run("token", "--profile", "UAT", "-o", "json"));

        assertThat(refreshed.get("refreshed").asBoolean()).isTrue();
        assertThat(fromCache.get("refreshed").asBoolean()).isFalse();
        assertThat(fromCache.get("access_token").asText()).isEqualTo(refreshed.get("access_token").asText());
        assertThat(fromCache.get("profile").asText()).isEqualTo("UAT");
        assertThat(fromCache.get("token_type").asText()).isEqualToIgnoringCase("bearer");
        Instant expiresAt = Instant.parse(fromCache.get("expires_at").asText());
        assertThat(expiresAt).isBetween(before.plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(fromCache.get("expires_in").asLong()).isBetween(3500L, 3600L);
        assertThat(JWT.decode(fromCache.get("access_token").asText()).getExpiresAtAsInstant())
                .isAfter(before.plus(Duration.ofMinutes(59)));
    }

    @Test
    void withoutProfileTheWindowsLastUsedOneAnswersInItsHeaderFormat() {
        ProfileService service = fixture.service();
        GatewayProfile blade = service.update(service.create("Blade")
                .withEndpoint(Endpoint.defaults().withGateway(gateway.baseUrl()).withPlacement(ParameterPlacement.FORM))
                .withKind(new GatewayKind(GatewayPreset.CAMS, null, false, false, null, HeaderFormat.BLADE_AUTH, null))
                .withRememberRefreshToken(true));
        String bladeToken = gateway.validRefreshToken();
        service.afterRefresh(blade.id(), bladeToken);
        service.select(blade.id());

        CliRunner.Result r = fixture.process().run("token", "-o", "header");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Blade-Auth: bearer ey");
        assertThat(gateway.requests()).extracting(q -> q.formParameters().get("refresh_token"))
                .containsExactly(bladeToken);
    }

    @Test
    void envIsOneShellLineWithTheAccessTokenOnly() {
        CliRunner.Result r = fixture.process().run("token", "--profile", "UAT", "-o", "env");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("ACCESS_TOKEN=" + cached().response().accessToken());
    }

    @Test
    void noRefreshTokenKnownExitsThreeAskingToLogInAgainInBothLanguages() {
        ProfileService service = fixture.service();
        service.update(service.create("Fresh").withEndpoint(Endpoint.defaults().withGateway(gateway.baseUrl())));

        CliRunner.Result en = fixture.process().run("token", "--profile", "Fresh");
        CliRunner.Result zh = fixture.process().locale(Locale.SIMPLIFIED_CHINESE).run("token", "--profile", "Fresh");

        assertThat(en.exitCode()).isEqualTo(ExitCodes.SERVER_REFUSED);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).contains("\"Fresh\"").contains("log in again");
        assertThat(zh.exitCode()).isEqualTo(ExitCodes.SERVER_REFUSED);
        assertThat(zh.err()).contains("“Fresh”").contains("重新登录");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void anExpiredRefreshTokenExitsThreeWithoutSendingIt() {
        Clock eightDaysOn = Clock.offset(Clock.systemUTC(), Duration.ofDays(8));

        CliRunner.Result r = fixture.process().clock(eightDaysOn).run("token", "--profile", "UAT");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.SERVER_REFUSED);
        assertThat(r.err()).contains("has expired").contains("log in again").contains("\"UAT\"");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void aRefreshTokenTheGatewayRefusesExitsThreeAskingToLogInAgain() {
        // the fixture.remembered token is used up behind this app's back: the gateway revokes the grant on its reuse
        fixture.process().run("refresh", "-g", gateway.baseUrl(), "--placement", "form", "-t", fixture.remembered, "-o", "access-token");

        CliRunner.Result r = fixture.process().run("token", "--profile", "UAT");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.SERVER_REFUSED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("log in again").contains("\"UAT\"");
        assertThat(r.err()).doesNotContain(fixture.remembered);
    }

    @Test
    void anOutputTokenDoesNotOfferIsAUsageError() {
        CliRunner.Result r = fixture.process().run("token", "--profile", "UAT", "-o", "refresh-token");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("access-token, header, env or json");
        assertThat(gateway.requests()).isEmpty();
    }

    private static JsonNode json(CliRunner.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        try {
            return MAPPER.readTree(r.out());
        } catch (Exception e) {
            throw new AssertionError(r.out(), e);
        }
    }
}
