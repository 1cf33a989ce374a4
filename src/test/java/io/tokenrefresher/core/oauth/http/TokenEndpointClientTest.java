package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.FailureMessages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.OAuthError;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenEndpoint;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FakeGateway.Fault;
import io.tokenrefresher.testing.RecordedRequest;
import io.tokenrefresher.testing.TestCertificates;
import io.tokenrefresher.testing.TestTokens;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The refresh exchange against a real HTTP server ({@link FakeGateway}): what goes on the wire, the
 * Auto fallback, and every failure class with the words the user reads (English bundle).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TokenEndpointClientTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String USER_AGENT = "TokenRefresher-test/1.0";
    /** Built once: each HttpClient costs a TLS set-up. */
    private static final Supplier<HttpClient> SHARED_HTTP = memoize(TokenEndpointClient::defaultHttpClient);
    private static final FailureMessages ENGLISH = FailureMessages.forLocale(Locale.ROOT);

    private final TokenEndpointClient client =
            new TokenEndpointClient(SHARED_HTTP, MAPPER, Clock.systemUTC(), USER_AGENT);
    private FakeGateway gateway;

    @AfterEach
    void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private FakeGateway gateway(FakeGateway.Builder builder) {
        gateway = builder.start();
        return gateway;
    }

    private FakeGateway gateway() {
        return gateway(FakeGateway.builder());
    }

    private TokenRequest refresh(ParameterPlacement placement) {
        return TokenRequest.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH, gateway.validRefreshToken(),
                "all", placement);
    }

    private GatewayFailure failureOf(TokenRequest request) throws InterruptedException {
        TokenOutcome outcome = client.send(request);
        assertThat(outcome).as("outcome of %s", request).isInstanceOf(TokenOutcome.Failure.class);
        return ((TokenOutcome.Failure) outcome).failure();
    }

    private static TokenOutcome.Success success(TokenOutcome outcome) {
        assertThat(outcome).isInstanceOf(TokenOutcome.Success.class);
        return (TokenOutcome.Success) outcome;
    }

    private static FailureMessages.Text words(GatewayFailure failure) {
        return ENGLISH.describe(failure);
    }

    @Nested
    class OnTheWire {
        @Test
        void jsonPlacementSendsTheSeedsRequest() throws Exception {
            gateway();
            String refreshToken = gateway.validRefreshToken();
            TokenRequest request = TokenRequest.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                    refreshToken, "all", ParameterPlacement.JSON);

            TokenOutcome.Success ok = success(client.send(request));

            RecordedRequest sent = gateway.lastRequest();
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.path()).isEqualTo("/cams-auth/oauth/token");
            assertThat(sent.rawQuery()).isNull();
            assertThat(sent.protocol()).isEqualTo("HTTP/1.1");
            assertThat(sent.contentType()).isEqualTo("application/json;charset=UTF-8");
            assertThat(sent.header("Accept")).isEqualTo("application/json");
            assertThat(sent.header("User-Agent")).isEqualTo(USER_AGENT);
            assertThat(sent.hasHeader("Upgrade")).as("no h2c upgrade on plain http").isFalse();
            assertThat(sent.hasHeader("HTTP2-Settings")).isFalse();
            assertThat(sent.hasHeader("Authorization")).isFalse();
            assertThat(sent.hasHeader("Tenant-Id")).isFalse();
            JsonNode body = MAPPER.readTree(sent.body());
            assertThat(body.fieldNames()).toIterable().containsExactly("grant_type", "refresh_token", "scope");
            assertThat(body.get("grant_type").asText()).isEqualTo("refresh_token");
            assertThat(body.get("refresh_token").asText()).isEqualTo(refreshToken);
            assertThat(body.get("scope").asText()).isEqualTo("all");
            assertThat(ok.placementUsed()).isEqualTo(ParameterPlacement.JSON);
            assertThat(ok.fellBackToForm()).isFalse();
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.endpoint()).isEqualTo(URI.create(gateway.tokenUrl()));
        }

        @Test
        void formPlacementSendsAnUrlEncodedBody() throws Exception {
            gateway();
            TokenRequest request = refresh(ParameterPlacement.FORM);

            success(client.send(request));

            RecordedRequest sent = gateway.lastRequest();
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.contentType()).isEqualTo("application/x-www-form-urlencoded;charset=UTF-8");
            assertThat(sent.formParameters()).containsExactly(
                    entry("grant_type", "refresh_token"),
                    entry("refresh_token", request.parameters().get("refresh_token")),
                    entry("scope", "all"));
            assertThat(sent.rawQuery()).isNull();
        }

        @Test
        void queryPlacementPutsTheParametersInTheUrlAndSendsNoBody() throws Exception {
            gateway();
            TokenRequest request = refresh(ParameterPlacement.QUERY);

            TokenOutcome.Success ok = success(client.send(request));

            RecordedRequest sent = gateway.lastRequest();
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.path()).isEqualTo("/cams-auth/oauth/token");
            assertThat(sent.queryParameters()).containsExactly(
                    entry("grant_type", "refresh_token"),
                    entry("refresh_token", request.parameters().get("refresh_token")),
                    entry("scope", "all"));
            assertThat(sent.body()).isEmpty();
            assertThat(ok.placementUsed()).isEqualTo(ParameterPlacement.QUERY);
        }

        @Test
        void queryPlacementKeepsAQueryTheGatewayAddressAlreadyHad() throws Exception {
            gateway();
            TokenRequest request = TokenRequest.refresh(gateway.tokenUrl() + "?tenant=000000", null,
                    gateway.validRefreshToken(), "all", ParameterPlacement.QUERY);

            success(client.send(request));

            assertThat(gateway.lastRequest().queryParameters())
                    .containsKeys("tenant", "grant_type", "refresh_token", "scope")
                    .containsEntry("tenant", "000000");
        }

        @Test
        void clientCredentialsTenantAndExtraHeadersAreSent() throws Exception {
            gateway(FakeGateway.builder().requireClient("saber", "saber_secret").requireTenant("000000"));
            TokenRequest request = refresh(ParameterPlacement.JSON)
                    .withClient("saber", "saber_secret")
                    .withTenant("000000")
                    .withHeaders(List.of(HeaderLine.parse("Blade-Auth: bearer abc"), HeaderLine.parse("X-Trace: 42")));

            success(client.send(request));

            RecordedRequest sent = gateway.lastRequest();
            String basic = "Basic " + Base64.getEncoder()
                    .encodeToString("saber:saber_secret".getBytes(StandardCharsets.UTF_8));
            assertThat(sent.header("Authorization")).isEqualTo(basic);
            assertThat(sent.header("Tenant-Id")).isEqualTo("000000");
            assertThat(sent.header("Blade-Auth")).isEqualTo("bearer abc");
            assertThat(sent.header("X-Trace")).isEqualTo("42");
        }

        @Test
        void passwordGrantGoesOutWithItsOwnParameters() throws Exception {
            gateway();
            TokenRequest request = new TokenRequest(gateway.baseUrl(), null,
                    TokenRequest.passwordParameters(TestTokens.USER_NAME, "bullfrog_password", "all"),
                    ParameterPlacement.JSON, null, null, null, null, null);

            TokenOutcome.Success ok = success(client.send(request));

            JsonNode body = MAPPER.readTree(gateway.lastRequest().body());
            assertThat(body.fieldNames()).toIterable().containsExactly("grant_type", "username", "password", "scope");
            assertThat(ok.response().accessToken()).isNotBlank();
        }
    }

    @Nested
    class AutoPlacement {
        @Test
        void jsonThatWorksIsSentOnce() throws Exception {
            gateway();

            TokenOutcome.Success ok = success(client.send(refresh(ParameterPlacement.AUTO)));

            assertThat(gateway.requests()).hasSize(1);
            assertThat(ok.placementUsed()).isEqualTo(ParameterPlacement.JSON);
            assertThat(ok.fellBackToForm()).isFalse();
        }

        @Test
        void gatewayThatIgnoresJsonGetsTheFormOnce() throws Exception {
            gateway(FakeGateway.builder().ignoreJsonBodies());
            TokenRequest request = refresh(ParameterPlacement.AUTO);

            TokenOutcome.Success ok = success(client.send(request));

            List<RecordedRequest> sent = gateway.requests();
            assertThat(sent).hasSize(2);
            assertThat(sent.get(0).contentType()).isEqualTo("application/json;charset=UTF-8");
            assertThat(sent.get(1).contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(sent.get(1).formParameters())
                    .containsEntry("refresh_token", request.parameters().get("refresh_token"));
            assertThat(ok.fellBackToForm()).isTrue();
            assertThat(ok.placementUsed()).isEqualTo(ParameterPlacement.FORM);
            assertThat(ok.response().accessToken()).isNotBlank();
        }

        @Test
        void explicitJsonDoesNotFallBack() throws Exception {
            gateway(FakeGateway.builder().ignoreJsonBodies());

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(gateway.requests()).hasSize(1);
            assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class))
                    .satisfies(f -> assertThat(f.status()).isEqualTo(400))
                    .satisfies(f -> assertThat(f.error().description()).isEqualTo("Missing grant type"));
            assertThat(words(failure).headline())
                    .isEqualTo("HTTP 400 — the server refused: invalid_request: Missing grant type");
        }

        @Test
        void otherBadRequestsAreNotRetriedAsForm() throws Exception {
            gateway();
            TestTokens.TokenPair pair = gateway.tokens().pair();
            TokenRequest pastedAccessToken = TokenRequest.refresh(gateway.baseUrl(), pair.accessToken());

            TokenOutcome outcome = client.send(pastedAccessToken);

            assertThat(gateway.requests()).hasSize(1);
            assertThat(outcome).isInstanceOf(TokenOutcome.Failure.class);
            assertThat(((TokenOutcome.Failure) outcome).fellBackToForm()).isFalse();
        }

        @Test
        void invalidRequestAboutSomethingElseIsNotRetried() throws Exception {
            gateway();
            gateway.enqueue(Fault.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"Missing refresh token\"}"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.AUTO));

            assertThat(gateway.requests()).hasSize(1);
            assertThat(failure).isInstanceOf(GatewayFailure.ServerRefused.class);
        }

        @Test
        void fallbackThatAlsoFailsReportsTheFormAnswer() throws Exception {
            gateway(FakeGateway.builder().ignoreJsonBodies());
            TokenRequest expired = TokenRequest.refresh(gateway.baseUrl(),
                    gateway.tokens().expiredRefreshToken(Duration.ofMinutes(3)));

            TokenOutcome outcome = client.send(expired);

            assertThat(gateway.requests()).hasSize(2);
            assertThat(outcome).asInstanceOf(type(TokenOutcome.Failure.class)).satisfies(f -> {
                assertThat(f.fellBackToForm()).isTrue();
                assertThat(f.placementUsed()).isEqualTo(ParameterPlacement.FORM);
                assertThat(f.failure()).asInstanceOf(type(GatewayFailure.ServerRefused.class))
                        .extracting(GatewayFailure.ServerRefused::hint).isEqualTo(FailureHint.REFRESH_TOKEN_EXPIRED);
            });
        }
    }

    @Nested
    class Answers {
        @Test
        void seedShapedAnswerKeepsEveryFieldInTheServersOrder() throws Exception {
            gateway();

            TokenResponse response = success(client.send(refresh(ParameterPlacement.JSON))).response();

            assertThat(response.tokenType()).isEqualTo("bearer");
            assertThat(response.expiresIn()).isEqualTo(3599L);
            assertThat(response.scope()).isEqualTo("all");
            assertThat(response.otherFields()).extracting(TokenResponse.Field::name).containsExactly(
                    "company_id", "password_expired", "user_name", "real_name", "avatar", "client_id", "role_name",
                    "license", "post_id", "user_id", "role_id", "nick_name", "oauth_id", "job_number", "dept_id",
                    "password_last_update_date", "account", "jti");
            assertThat(field(response, "nick_name")).isEqualTo("牛蛙-cpms对接账");
            assertThat(field(response, "password_expired")).isEqualTo("false");
            assertThat(field(response, "password_last_update_date")).isEqualTo("2021-11-01 09:56:03");
            // the answer's jti is the new access token's, and the new refresh token points at it
            String accessJti = JWT.decode(response.accessToken()).getId();
            assertThat(field(response, "jti")).isEqualTo(accessJti);
            assertThat(JWT.decode(response.refreshToken()).getClaim("ati").asString()).isEqualTo(accessJti);
            assertThat(response.receivedAt()).isNotNull();
        }

        @Test
        void chineseDecodesAsUtf8EvenWithoutACharset() throws Exception {
            gateway();
            TestTokens.TokenPair pair = gateway.tokens().pair();
            gateway.enqueue(Fault.respond(200, "application/json",
                    "{\"access_token\":\"" + pair.accessToken() + "\",\"nick_name\":\"牛蛙-cpms对接账\"}"));

            TokenResponse response = success(client.send(refresh(ParameterPlacement.JSON))).response();

            assertThat(field(response, "nick_name")).isEqualTo("牛蛙-cpms对接账");
        }

        @Test
        void bladeXEnvelopeIsUnwrapped() throws Exception {
            gateway();
            TestTokens.TokenPair pair = gateway.tokens().pair();
            gateway.enqueue(Fault.json(200, "{\"code\":200,\"success\":true,\"data\":{\"access_token\":\""
                    + pair.accessToken() + "\",\"refresh_token\":\"" + pair.refreshToken()
                    + "\",\"token_type\":\"bearer\",\"expires_in\":3599,\"nick_name\":\"牛蛙-cpms对接账\"},\"msg\":\"操作成功\"}"));

            TokenResponse response = success(client.send(refresh(ParameterPlacement.JSON))).response();

            assertThat(response.accessToken()).isEqualTo(pair.accessToken());
            assertThat(response.refreshToken()).isEqualTo(pair.refreshToken());
            assertThat(response.expiresIn()).isEqualTo(3599L);
            assertThat(field(response, "nick_name")).isEqualTo("牛蛙-cpms对接账");
        }

        @Test
        void lenientAboutHowStandardFieldsAreWritten() throws Exception {
            gateway();
            TestTokens.TokenPair pair = gateway.tokens().pair();
            gateway.enqueue(Fault.json(200, "{\"access_token\":\"" + pair.accessToken() + "\",\"expires_in\":\"3599\","
                    + "\"scope\":[\"all\",\"read\"],\"token_type\":\"Bearer\",\"tenant_id\":\"000000\","
                    + "\"detail\":{\"type\":\"web\"},\"roles\":[\"admin\",\"qa\"]}"));

            TokenResponse response = success(client.send(refresh(ParameterPlacement.JSON))).response();

            assertThat(response.expiresIn()).isEqualTo(3599L);
            assertThat(response.scope()).isEqualTo("all read");
            assertThat(response.refreshToken()).isNull();
            assertThat(response.otherFields()).extracting(TokenResponse.Field::name)
                    .containsExactly("tenant_id", "detail", "roles");
            assertThat(field(response, "detail")).isEqualTo("{\"type\":\"web\"}");
            assertThat(field(response, "roles")).isEqualTo("admin, qa");
        }

        @Test
        void okWithoutAccessTokenListsTheFieldsItHad() throws Exception {
            gateway();
            gateway.enqueue(Fault.json(200, "{\"code\":200,\"success\":true,\"msg\":\"操作成功\"}"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).isEqualTo(new GatewayFailure.MissingAccessToken(200, List.of("code", "success", "msg")));
            assertThat(words(failure).headline())
                    .isEqualTo("HTTP 200: the answer has no access_token. Fields: code, success, msg");
            assertThat(words(failure).hint()).contains("not a token endpoint");
            assertThat(failure.exitCode()).isEqualTo(5);
        }

        @Test
        void emptyOkAnswerSaysThereIsNoAccessToken() throws Exception {
            // not "the answer is not JSON (application/json)": there is no answer to judge
            gateway();
            gateway.enqueue(Fault.json(200, ""));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).isEqualTo(new GatewayFailure.MissingAccessToken(200, List.of()));
            assertThat(words(failure).headline()).isEqualTo("HTTP 200: the answer has no access_token. Fields: —");
        }

        @Test
        void htmlPageShowsItsFirstLines() throws Exception {
            gateway();
            gateway.enqueue(Fault.html(200, "<!DOCTYPE html>\n<html>\n<head><title>统一认证 Login</title></head>\n"
                    + "<body><form action=\"/login\"></form></body>\n</html>\n"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.NotJson.class)).satisfies(f -> {
                assertThat(f.html()).isTrue();
                assertThat(f.firstLines()).startsWith("<!DOCTYPE html>\n<html>\n<head><title>统一认证 Login</title>");
            });
            FailureMessages.Text text = words(failure);
            assertThat(text.headline())
                    .isEqualTo("HTTP 200: the server sent a web page (text/html;charset=UTF-8) instead of JSON.");
            assertThat(text.details()).contains("<title>统一认证 Login</title>");
            assertThat(text.hint()).contains("token path");
        }

        @Test
        void plainTextIsNotJson() throws Exception {
            gateway();
            gateway.enqueue(Fault.respond(200, "text/plain", "OK"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).isEqualTo(new GatewayFailure.NotJson(200, "text/plain", "OK", false));
            assertThat(words(failure).headline()).isEqualTo("HTTP 200: the answer is not JSON (text/plain).");
        }

        @Test
        void truncatedJsonIsCalledTruncated() throws Exception {
            gateway();
            gateway.enqueue(Fault.json(200, "{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.e30.x\",\"token_type\":\"bea"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.MalformedJson.class))
                    .satisfies(f -> assertThat(f.truncated()).isTrue());
            assertThat(words(failure).headline()).isEqualTo("HTTP 200: the JSON answer is cut off (truncated).");
        }

        @Test
        void malformedJsonIsCalledMalformed() throws Exception {
            gateway();
            gateway.enqueue(Fault.json(200, "{\"access_token\": eyJhbGciOiJIUzI1NiJ9, \"token_type\": \"bearer\"}"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.MalformedJson.class)).satisfies(f -> {
                assertThat(f.truncated()).isFalse();
                assertThat(f.excerpt()).contains("eyJhbGciOiJIUzI1NiJ9");
            });
            FailureMessages.Text text = words(failure);
            assertThat(text.headline()).isEqualTo("HTTP 200: the JSON answer is malformed.");
            assertThat(text.details()).contains("Unrecognized token");
        }

        @Test
        void bodyOverTheLimitIsReportedNotLoaded() throws Exception {
            gateway();
            gateway.enqueue(Fault.hugeBody(3L * 1024 * 1024));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).isEqualTo(new GatewayFailure.ResponseTooLarge(TokenEndpointClient.MAX_BODY_BYTES, -1));
            assertThat(words(failure).headline()).isEqualTo("The answer is larger than 2 MiB and was not loaded.");
        }

        @Test
        void chunkedBodyOverTheLimitIsReportedToo() throws Exception {
            gateway();
            gateway.enqueue(new Fault.HugeBody(5L * 1024 * 1024, false));

            assertThat(failureOf(refresh(ParameterPlacement.JSON))).isInstanceOf(GatewayFailure.ResponseTooLarge.class);
        }

        @Test
        void bodyJustUnderTheLimitIsRead() throws Exception {
            gateway();
            gateway.enqueue(Fault.hugeBody(TokenEndpointClient.MAX_BODY_BYTES));

            TokenOutcome.Success ok = success(client.send(refresh(ParameterPlacement.JSON)));

            assertThat(ok.response().accessToken()).hasSize((int) TokenEndpointClient.MAX_BODY_BYTES - 19);
        }

        private static String field(TokenResponse response, String name) {
            return response.otherFields().stream().filter(f -> f.name().equals(name)).findFirst()
                    .map(TokenResponse.Field::value).orElseThrow(() -> new AssertionError("no field " + name));
        }
    }

    @Nested
    class Refusals {
        @Test
        void basicChallengeAsksForClientCredentials() throws Exception {
            gateway(FakeGateway.builder().requireClient("saber", "saber_secret"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class)).satisfies(f -> {
                assertThat(f.status()).isEqualTo(401);
                assertThat(f.hint()).isEqualTo(FailureHint.SET_CLIENT_CREDENTIALS);
            });
            FailureMessages.Text text = words(failure);
            assertThat(text.headline()).isEqualTo("HTTP 401 — the server refused: unauthorized: "
                    + "Full authentication is required to access this resource");
            assertThat(text.hint()).isEqualTo(
                    "The gateway wants client credentials: set client id and secret under Advanced.");
            assertThat(failure.exitCode()).isEqualTo(3);
        }

        @Test
        void bareBasicChallengeWithoutJsonStillAsksForClientCredentials() throws Exception {
            gateway();
            gateway.enqueue(Fault.withHeader(401, "text/html", "", "WWW-Authenticate", FakeGateway.BASIC_REALM));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class)).satisfies(f -> {
                assertThat(f.error()).isNull();
                assertThat(f.hint()).isEqualTo(FailureHint.SET_CLIENT_CREDENTIALS);
            });
            assertThat(words(failure).headline()).isEqualTo("HTTP 401 — the server refused the request.");
        }

        @Test
        void pastedAccessTokenIsNamed() throws Exception {
            gateway();
            String accessToken = gateway.tokens().pair().accessToken();

            GatewayFailure failure = failureOf(TokenRequest.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                    accessToken, "all", ParameterPlacement.JSON));

            assertRefused(failure, 400, new OAuthError("invalid_grant", "Encoded token is not a refresh token", null),
                    FailureHint.PASTED_ACCESS_TOKEN);
            assertThat(words(failure).oneLine()).isEqualTo("HTTP 400 — the server refused: invalid_grant: "
                    + "Encoded token is not a refresh token — You pasted the access token: paste the refresh token instead.");
        }

        @Test
        void expiredRefreshTokenSaysLogInAgain() throws Exception {
            gateway();
            String expired = gateway.tokens().expiredRefreshToken(Duration.ofSeconds(30));

            GatewayFailure failure = failureOf(TokenRequest.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                    expired, "all", ParameterPlacement.JSON));

            assertRefused(failure, 401, new OAuthError("invalid_token", "Invalid refresh token (expired): " + expired, null),
                    FailureHint.REFRESH_TOKEN_EXPIRED);
            assertThat(words(failure).hint())
                    .isEqualTo("The refresh token has expired: log in again to get a new one.");
        }

        @Test
        void tokenFromAnotherEnvironmentCannotBeConverted() throws Exception {
            gateway();
            String foreign = new TestTokens("another-environments-signing-key", Clock.systemUTC()).pair().refreshToken();

            GatewayFailure failure = failureOf(TokenRequest.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                    foreign, "all", ParameterPlacement.JSON));

            assertRefused(failure, 401, new OAuthError("invalid_token", "Cannot convert access token to JSON", null),
                    FailureHint.TOKEN_FROM_OTHER_ENVIRONMENT);
            assertThat(words(failure).hint()).isEqualTo("The token is damaged or was signed by another environment.");
        }

        @Test
        void missingTenantAsksForTenantId() throws Exception {
            gateway(FakeGateway.builder().requireTenant("000000"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertRefused(failure, 400, new OAuthError(null, "租户ID未找到", "400"), FailureHint.SET_TENANT_ID);
            assertThat(words(failure).oneLine()).isEqualTo("HTTP 400 — the server refused: 400: 租户ID未找到"
                    + " — The gateway wants a tenant: set Tenant-Id under Advanced.");
        }

        @Test
        void bladeXEnvelopeWithSuccessFalseOnHttp200IsARefusal() throws Exception {
            gateway();
            gateway.enqueue(Fault.json(200, "{\"code\":400,\"success\":false,\"data\":null,\"msg\":\"租户ID未找到\"}"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertRefused(failure, 200, new OAuthError(null, "租户ID未找到", "400"), FailureHint.SET_TENANT_ID);
            assertThat(words(failure).headline()).isEqualTo("HTTP 200 — the server refused: 400: 租户ID未找到");
        }

        @Test
        void errorCodeShapeIsRead() throws Exception {
            gateway();
            gateway.enqueue(Fault.json(401, "{\"error_code\":\"40101\",\"error_description\":\"Invalid refresh token: abc\"}"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertRefused(failure, 401, new OAuthError(null, "Invalid refresh token: abc", "40101"),
                    FailureHint.REFRESH_TOKEN_INVALID);
            assertThat(words(failure).oneLine()).isEqualTo("HTTP 401 — the server refused: 40101: Invalid refresh token: abc"
                    + " — The refresh token is unknown to this gateway or was already used.");
        }

        @Test
        void errorCodeShapeOnHttp200IsARefusal() throws Exception {
            gateway();
            gateway.enqueue(Fault.json(200, "{\"error_code\":\"500\",\"error_description\":\"internal\"}"));

            assertRefused(failureOf(refresh(ParameterPlacement.JSON)), 200, new OAuthError(null, "internal", "500"), null);
        }

        @Test
        void htmlErrorPageFromAProxyShowsItsLines() throws Exception {
            gateway();
            gateway.enqueue(Fault.html(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                    + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class)).satisfies(f -> {
                assertThat(f.error()).isNull();
                assertThat(f.bodyIsJson()).isFalse();
            });
            FailureMessages.Text text = words(failure);
            assertThat(text.headline()).isEqualTo("HTTP 502 — the server refused the request.");
            assertThat(text.details()).startsWith("<html>\n<head><title>502 Bad Gateway</title></head>");
        }

        @Test
        void redirectIsNotFollowed() throws Exception {
            gateway();
            gateway.enqueue(Fault.redirect(302, "https://sso.test.example.com/login?service=x"));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).isEqualTo(new GatewayFailure.Redirect(302, "https://sso.test.example.com/login?service=x"));
            assertThat(gateway.requests()).hasSize(1);
            assertThat(words(failure).oneLine()).isEqualTo("The gateway answered with redirect 302 to "
                    + "https://sso.test.example.com/login?service=x: redirects are not followed."
                    + " — Often a login (SSO) page: check the gateway address and token path.");
        }

        @Test
        void wrongTokenPathGetsSpringsNotFound() throws Exception {
            gateway();
            TokenRequest request = TokenRequest.refresh(gateway.baseUrl(), "/blade-auth/oauth/token",
                    gateway.validRefreshToken(), "all", ParameterPlacement.JSON);

            GatewayFailure failure = failureOf(request);

            assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class)).satisfies(f -> {
                assertThat(f.status()).isEqualTo(404);
                assertThat(f.error().error()).isEqualTo("Not Found");
            });
        }

        private void assertRefused(GatewayFailure failure, int status, OAuthError error, FailureHint hint) {
            assertThat(failure).asInstanceOf(type(GatewayFailure.ServerRefused.class)).satisfies(f -> {
                assertThat(f.status()).isEqualTo(status);
                assertThat(f.error()).isEqualTo(error);
                assertThat(f.hint()).isEqualTo(hint);
                assertThat(f.bodyIsJson()).isTrue();
            });
            assertThat(failure.key()).isEqualTo("refused.oauth");
            assertThat(failure.exitCode()).isEqualTo(3);
        }
    }

    @Nested
    class Transport {
        @Test
        void invalidAddressFailsBeforeAnyNetwork() throws Exception {
            GatewayFailure failure = failureOf(TokenRequest.refresh("ftp://10.1.2.3", "x.y.z"));

            assertThat(failure).isEqualTo(new GatewayFailure.InvalidUrl("ftp://10.1.2.3", TokenEndpoint.Reason.SCHEME));
            assertThat(words(failure).oneLine()).isEqualTo("Not a valid gateway address: \"ftp://10.1.2.3\""
                    + " — Only http:// and https:// addresses are supported.");
            assertThat(failure.exitCode()).isEqualTo(2);
        }

        @Test
        void emptyAddressSaysWhatToType() throws Exception {
            GatewayFailure failure = failureOf(TokenRequest.refresh("  ", "x.y.z"));

            assertThat(words(failure).hint()).startsWith("Type the gateway address");
        }

        @Test
        void headerTheClientMayNotSendIsNamed() throws Exception {
            gateway();
            TokenRequest request = refresh(ParameterPlacement.JSON)
                    .withHeaders(List.of(new HeaderLine("X-Fine", "1"), new HeaderLine("Connection", "close")));

            GatewayFailure failure = failureOf(request);

            assertThat(failure).isEqualTo(new GatewayFailure.InvalidHeader("Connection"));
            assertThat(words(failure).headline()).startsWith("Header \"Connection\" cannot be sent");
            assertThat(gateway.requests()).isEmpty();
        }

        @Test
        void headerNameWithASpaceIsNamed() throws Exception {
            gateway();
            TokenRequest request = refresh(ParameterPlacement.JSON)
                    .withHeaders(List.of(HeaderLine.parse("Blade Auth: x")));

            assertThat(failureOf(request)).isEqualTo(new GatewayFailure.InvalidHeader("Blade Auth"));
        }

        @Test
        void unknownHostIsReportedQuickly() throws Exception {
            // RFC 6761: .invalid never resolves, so this needs no network and cannot hit a real host
            long started = System.nanoTime();

            GatewayFailure failure = failureOf(TokenRequest.refresh("http://gateway.invalid:8080", "x.y.z")
                    .withTimeout(Duration.ofSeconds(10)));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(failure).isEqualTo(new GatewayFailure.UnknownHost("gateway.invalid"));
            assertThat(words(failure).oneLine()).isEqualTo("Unknown host \"gateway.invalid\": the name does not resolve (DNS)."
                    + " — Check the address, your VPN and DNS.");
        }

        @Test
        void closedPortIsConnectionRefused() throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }

            GatewayFailure failure = failureOf(TokenRequest.refresh("127.0.0.1:" + port, "x.y.z"));

            assertThat(failure).isEqualTo(new GatewayFailure.ConnectionRefused("127.0.0.1", port));
            assertThat(words(failure).oneLine()).isEqualTo("Connection refused by 127.0.0.1:" + port
                    + ": nothing is listening there. — Check the port and whether the gateway is running.");
        }

        @Test
        void slowGatewayTimesOutAtTheRequestTimeout() throws Exception {
            gateway();
            gateway.enqueue(Fault.delay(Duration.ofSeconds(10)));
            long started = System.nanoTime();

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON).withTimeout(Duration.ofSeconds(1)));

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(4));
            assertThat(failure).isEqualTo(new GatewayFailure.Timeout(Duration.ofSeconds(1), false));
            assertThat(words(failure).oneLine()).isEqualTo("No answer within 1 s: the gateway accepted the request"
                    + " but did not reply in time. — Try again, or raise the timeout.");
        }

        @Test
        void autoFallbackStaysWithinOneOverallTimeout() throws Exception {
            gateway(FakeGateway.builder().ignoreJsonBodies());
            // the JSON try is answered after 700 ms; the form retry would take 10 s
            gateway.enqueue(Fault.delay(Duration.ofMillis(700)), Fault.delay(Duration.ofSeconds(10)));
            long started = System.nanoTime();

            TokenOutcome outcome = client.send(refresh(ParameterPlacement.AUTO).withTimeout(Duration.ofSeconds(1)));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(outcome).asInstanceOf(type(TokenOutcome.Failure.class))
                    .satisfies(f -> assertThat(f.failure()).isInstanceOf(GatewayFailure.Timeout.class));
        }

        @Test
        void connectionClosedMidAnswerIsANetworkError() throws Exception {
            gateway();
            gateway.enqueue(Fault.closeMidAnswer());

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).isEqualTo(
                    new GatewayFailure.NetworkError("connection closed before the answer was complete"));
            assertThat(failure.exitCode()).isEqualTo(4);
            assertThat(words(failure).oneLine()).isEqualTo("The gateway closed the connection before the answer was"
                    + " complete. — The connection broke off; try again.");
        }

        @Test
        void interruptingTheCallerCancelsPromptly() throws Exception {
            gateway();
            gateway.enqueue(Fault.delay(Duration.ofSeconds(20)));
            CompletableFuture<Object> result = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    result.complete(client.send(refresh(ParameterPlacement.JSON)));
                } catch (Throwable t) {
                    result.complete(t);
                }
            }, "refresh-caller");
            caller.start();
            while (gateway.requests().isEmpty()) {
                Thread.sleep(10);
            }
            long interrupted = System.nanoTime();

            caller.interrupt();

            Object ended = result.get(2, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).isLessThan(Duration.ofSeconds(1));
            assertThat(ended).isInstanceOf(InterruptedException.class);
            caller.join(1000);
            assertThat(caller.isAlive()).isFalse();
        }
    }

    @Nested
    class Tls {
        static TestCertificates forLoopback;
        static TestCertificates forOtherName;

        @BeforeAll
        static void loadCertificates() throws Exception {
            forLoopback = TestCertificates.loopback();
            forOtherName = TestCertificates.otherName();
        }

        @Test
        void selfSignedCertificateIsUntrusted() throws Exception {
            gateway(FakeGateway.builder().https(forLoopback.serverContext()));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.TlsFailure.class)).satisfies(f -> {
                assertThat(f.problem()).isEqualTo(GatewayFailure.TlsProblem.UNTRUSTED_CERTIFICATE);
                assertThat(f.host()).isEqualTo("127.0.0.1");
            });
            FailureMessages.Text text = words(failure);
            assertThat(text.headline())
                    .isEqualTo("TLS: the certificate of 127.0.0.1 is not trusted (self-signed or unknown CA).");
            assertThat(text.hint()).startsWith("Trust the environment's CA certificate");
            assertThat(gateway.requests()).isEmpty();
        }

        @Test
        void trustedCertificateWorks() throws Exception {
            gateway(FakeGateway.builder().https(forLoopback.serverContext()));
            TokenEndpointClient trusting = clientTrusting(forLoopback.trustingClientContext());

            TokenOutcome.Success ok = success(trusting.send(refresh(ParameterPlacement.JSON)));

            assertThat(ok.endpoint().getScheme()).isEqualTo("https");
            assertThat(gateway.lastRequest().contentType()).isEqualTo("application/json;charset=UTF-8");
        }

        @Test
        void certificateForAnotherNameIsAHostnameMismatch() throws Exception {
            gateway(FakeGateway.builder().https(forOtherName.serverContext()));
            TokenEndpointClient trusting = clientTrusting(forOtherName.trustingClientContext());

            GatewayFailure failure = failureVia(trusting, refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.TlsFailure.class))
                    .satisfies(f -> assertThat(f.problem()).isEqualTo(GatewayFailure.TlsProblem.HOSTNAME_MISMATCH));
            assertThat(words(failure).headline()).isEqualTo("TLS: the certificate does not match the host name 127.0.0.1.");
        }

        @Test
        void httpsToAPlainHttpPortIsNotTls() throws Exception {
            // like Tomcat or nginx, a plain HTTP server answers the TLS hello with a clear-text 400
            try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                Thread responder = new Thread(() -> answerInClearText(plain), "clear-text-responder");
                responder.setDaemon(true);
                responder.start();

                GatewayFailure failure = failureOf(TokenRequest.refresh("https://127.0.0.1:" + plain.getLocalPort(),
                        "x.y.z"));

                assertThat(failure).asInstanceOf(type(GatewayFailure.TlsFailure.class))
                        .satisfies(f -> assertThat(f.problem()).isEqualTo(GatewayFailure.TlsProblem.NOT_TLS));
                assertThat(words(failure).oneLine()).isEqualTo("TLS: 127.0.0.1 does not speak HTTPS on this port."
                        + " — Try http:// instead of https://.");
            }
        }

        @Test
        void handshakeThatNeverCompletesIsAConnectTimeoutOfTheClientsLimit() throws Exception {
            // a server that accepts and then says nothing: the TLS hello is never answered. (Not the JDK's
            // HttpServer: its request-line reader answers 400 in clear text whenever the hello's random
            // bytes happen to hold a CR LF, which made this test fail now and then.)
            try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                Thread holder = new Thread(() -> acceptAndStaySilent(silent), "silent-server");
                holder.setDaemon(true);
                holder.start();
                TokenEndpointClient impatient = new TokenEndpointClient(memoize(() -> HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(1))
                        .build()), MAPPER, Clock.systemUTC(), USER_AGENT);
                long started = System.nanoTime();

                GatewayFailure failure = failureVia(impatient, TokenRequest.refresh("https://127.0.0.1:"
                        + silent.getLocalPort(), "x.y.z").withTimeout(Duration.ofSeconds(20)));

                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
                assertThat(failure).isEqualTo(new GatewayFailure.Timeout(Duration.ofSeconds(1), true));
                assertThat(words(failure).oneLine()).isEqualTo("No connection within 1 s: the host does not answer."
                        + " — Check VPN, firewall or proxy; the host may be down.");
            }
        }

        private static void acceptAndStaySilent(ServerSocket server) {
            try (java.net.Socket connection = server.accept()) {
                connection.getInputStream().readAllBytes(); // until the client hangs up
            } catch (java.io.IOException e) {
                // the client hung up or the test closed the server: nothing to tell
            }
        }

        private static void answerInClearText(ServerSocket server) {
            try (java.net.Socket connection = server.accept()) {
                connection.getInputStream().read(new byte[1024]);
                connection.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 11\r\nConnection: close\r\n\r\nBad Request").getBytes(StandardCharsets.US_ASCII));
                connection.getOutputStream().flush();
            } catch (java.io.IOException e) {
                // the client hung up first: the test's assertions tell what happened
            }
        }

        private TokenEndpointClient clientTrusting(SSLContext context) {
            Supplier<HttpClient> http = memoize(() -> HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .sslContext(context)
                    .build());
            return new TokenEndpointClient(http, MAPPER, Clock.systemUTC(), USER_AGENT);
        }

        private GatewayFailure failureVia(TokenEndpointClient with, TokenRequest request) throws InterruptedException {
            TokenOutcome outcome = with.send(request);
            assertThat(outcome).isInstanceOf(TokenOutcome.Failure.class);
            return ((TokenOutcome.Failure) outcome).failure();
        }
    }

    @Nested
    class NoSecretsInText {
        @Test
        void requestAndResponseToStringHideTokensAndSecrets() throws Exception {
            gateway(FakeGateway.builder().requireClient("saber", "saber_secret"));
            String refreshToken = gateway.validRefreshToken();
            TokenRequest request = TokenRequest.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH,
                    refreshToken, "all", ParameterPlacement.JSON).withClient("saber", "saber_secret");
            TokenRequest login = new TokenRequest(gateway.baseUrl(), null,
                    TokenRequest.passwordParameters("bullfrog_cpms", "bullfrog_password", "all"),
                    ParameterPlacement.FORM, "saber", "saber_secret", null, null, null);

            TokenOutcome.Success ok = success(client.send(request));
            TokenResponse response = ok.response();

            assertThat(request.toString()).doesNotContain(refreshToken, "saber_secret", "eyJ")
                    .contains("grant_type=refresh_token");
            assertThat(login.toString()).doesNotContain("bullfrog_password", "saber_secret");
            assertThat(response.toString()).doesNotContain(response.accessToken(), response.refreshToken(), "eyJ");
            assertThat(ok.toString()).doesNotContain(response.accessToken(), response.refreshToken(), refreshToken);
        }
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
