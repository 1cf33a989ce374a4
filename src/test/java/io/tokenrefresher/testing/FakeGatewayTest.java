package io.tokenrefresher.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake gateway itself, checked with the JDK's HttpClient only (not the code under test), so the
 * other tests can trust what it answers.
 */
class FakeGatewayTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private FakeGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void mintedTokensHaveTheSeedsClaimsInTheSeedsOrder() throws Exception {
        gateway = FakeGateway.start();
        TestTokens.TokenPair pair = gateway.tokens().pair();

        assertThat(claimNames(pair.refreshToken())).isEqualTo(claimNames(SeedTokens.REQUEST_REFRESH_TOKEN));
        List<String> accessClaims = claimNames(SeedTokens.ANSWER_ACCESS_TOKEN);
        assertThat(claimNames(pair.accessToken())).isEqualTo(accessClaims).doesNotContain("ati");
        assertThat(pair.refreshToken()).startsWith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.");
        JWT.require(Algorithm.HMAC256(TestTokens.DEFAULT_SECRET)).withClaim("ati", pair.accessJti()).build()
                .verify(pair.refreshToken());
    }

    @Test
    void refreshFromJsonFormOrQueryAnswersInTheSeedsShape() throws Exception {
        gateway = FakeGateway.start();
        String token = gateway.validRefreshToken();
        String form = "grant_type=refresh_token&refresh_token=" + token + "&scope=all";

        List<HttpResponse<String>> answers = List.of(
                post("", "application/json;charset=UTF-8",
                        "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + token + "\",\"scope\":\"all\"}"),
                post("", "application/x-www-form-urlencoded", form),
                post("?" + form, null, ""));

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode json = MAPPER.readTree(answer.body());
            List<String> names = new ArrayList<>();
            json.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactly("access_token", "token_type", "refresh_token", "expires_in", "scope",
                    "company_id", "password_expired", "user_name", "real_name", "avatar", "client_id", "role_name",
                    "license", "post_id", "user_id", "role_id", "nick_name", "oauth_id", "job_number", "dept_id",
                    "password_last_update_date", "account", "jti");
            assertThat(json.get("expires_in").asLong()).isBetween(3599L, 3600L);
            assertThat(json.get("nick_name").asText()).isEqualTo("牛蛙-cpms对接账");
            // the new refresh token keeps the old one's jti and exp and points at the new access token
            assertThat(JWT.decode(json.get("refresh_token").asText()).getId()).isEqualTo(JWT.decode(token).getId());
            assertThat(JWT.decode(json.get("refresh_token").asText()).getClaim("ati").asString())
                    .isEqualTo(json.get("jti").asText());
        }
        assertThat(gateway.requests()).hasSize(3);
    }

    @Test
    void stockSpringModeIgnoresJson() throws Exception {
        gateway = FakeGateway.builder().ignoreJsonBodies().start();

        HttpResponse<String> answer = post("", "application/json", "{\"grant_type\":\"refresh_token\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .isEqualTo("{\"error\":\"invalid_request\",\"error_description\":\"Missing grant type\"}");
    }

    @Test
    void clientAuthenticationIsChallenged() throws Exception {
        gateway = FakeGateway.builder().requireClient("saber", "saber_secret").start();

        HttpResponse<String> answer = post("", "application/x-www-form-urlencoded", "grant_type=refresh_token");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"oauth2/client\"");
    }

    @Test
    void expiryFollowsTheGatewaysClock() throws Exception {
        Instant now = Instant.parse("2026-11-25T09:00:00Z");
        gateway = FakeGateway.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).start();
        String expired = gateway.tokens().expiredRefreshToken(Duration.ofSeconds(1));

        HttpResponse<String> answer = post("", "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=" + expired);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(MAPPER.readTree(answer.body()).get("error_description").asText())
                .isEqualTo("Invalid refresh token (expired): " + expired);
        assertThat(JWT.decode(expired).getExpiresAtAsInstant()).isEqualTo(now.minusSeconds(1));
    }

    @Test
    void passwordGrantWithMd5Passwords() throws Exception {
        gateway = FakeGateway.builder().user("tester", "secret-1").md5Passwords().start();
        // md5("secret-1") as coreutils md5sum prints it, independent of FakeGateway.md5
        String md5 = "5926ed10493e613137208e1d5360d8f3";

        HttpResponse<String> plain = post("", "application/x-www-form-urlencoded",
                "grant_type=password&username=tester&password=secret-1");
        HttpResponse<String> hashed = post("", "application/x-www-form-urlencoded",
                "grant_type=password&username=tester&password=" + FakeGateway.md5("secret-1"));

        assertThat(FakeGateway.md5("secret-1")).isEqualTo(md5);
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("Bad credentials");
        assertThat(hashed.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(hashed.body()).get("access_token").asText()).startsWith("eyJ");
    }

    @Test
    void unknownGrantAndPathAreRefusedLikeSpring() throws Exception {
        gateway = FakeGateway.start();

        HttpResponse<String> grant = post("", "application/x-www-form-urlencoded", "grant_type=client_magic");
        HttpResponse<String> path = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/nope"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(grant.statusCode()).isEqualTo(400);
        assertThat(grant.body()).contains("unsupported_grant_type");
        assertThat(path.statusCode()).isEqualTo(404);
        assertThat(gateway.requests()).extracting(RecordedRequest::path)
                .containsExactly(FakeGateway.TOKEN_PATH, "/nope");
    }

    @Test
    void reuseDetectionRotatesEveryRefreshAndRevokesTheWholeGrantWhenATokenIsUsedTwice() throws Exception {
        gateway = FakeGateway.builder().rotateWithReuseDetection().start();
        String first = gateway.validRefreshToken();

        HttpResponse<String> one = refresh(first);
        String second = MAPPER.readTree(one.body()).get("refresh_token").asText();
        HttpResponse<String> two = refresh(second);
        String third = MAPPER.readTree(two.body()).get("refresh_token").asText();

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(two.statusCode()).isEqualTo(200);
        assertThat(JWT.decode(second).getId()).isNotEqualTo(JWT.decode(first).getId());
        assertThat(JWT.decode(third).getId()).isNotEqualTo(JWT.decode(second).getId());
        assertThat(gateway.grant(third)).isEqualTo(new FakeGateway.GrantState(2, false));

        HttpResponse<String> reused = refresh(first);
        HttpResponse<String> newestAfterReuse = refresh(third);

        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(reused.body()).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(newestAfterReuse.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(newestAfterReuse.body()).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(gateway.grant(second)).isEqualTo(new FakeGateway.GrantState(2, true));
        assertThat(gateway.refreshCount()).isEqualTo(2);
        // another log-in's chain is a grant of its own, untouched by the revocation
        assertThat(refresh(gateway.validRefreshToken()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return post("", "application/x-www-form-urlencoded", "grant_type=refresh_token&refresh_token=" + refreshToken);
    }

    private HttpResponse<String> post(String query, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway.tokenUrl() + query))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> claimNames(String token) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        MAPPER.readTree(payload).fieldNames().forEachRemaining(names::add);
        return names;
    }
}
