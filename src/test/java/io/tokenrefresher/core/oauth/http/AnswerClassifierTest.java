package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.auth0.jwt.JWT;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.testing.FakeGateway.Fault;
import io.tokenrefresher.testing.TestTokens;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What is made of an answer that came back ({@link AnswerClassifier}): tokens from the shapes gateways
 * send, and answers that should carry tokens and do not, with the words the user reads (English bundle).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AnswerClassifierTest extends ExchangeTestSupport {
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
        Messages.Text text = words(failure);
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
        Messages.Text text = words(failure);
        assertThat(text.headline()).isEqualTo("HTTP 200: the JSON answer is malformed.");
        assertThat(text.details()).contains("Unrecognized token");
    }

    private static String field(TokenResponse response, String name) {
        return response.otherFields().stream().filter(f -> f.name().equals(name)).findFirst()
                .map(TokenResponse.Field::value).orElseThrow(() -> new AssertionError("no field " + name));
    }
}
