package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.exchange.RequestCommands;
import io.tokenrefresher.core.oauth.exchange.WireReply;
import io.tokenrefresher.core.oauth.exchange.WireRequest;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestRequests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated bash cURL, run by bash and the real curl against the same gateway, gets the answer the
 * app got: the request that worked after Auto's fallback, with secrets written in or taken from the
 * variables the placeholder form names.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CopiedCurlTest extends ExchangeTestSupport {
    private static final String SECRET = "saber_$ecret";

    @Test
    void curlWithSecretsGetsTheSameTokensAfterTheFallback() throws Exception {
        gateway(FakeGateway.builder().ignoreJsonBodies().requireClient("saber", SECRET).requireTenant("000000"));
        TokenRequest request = TestRequests.withTenant(
                TestRequests.withClient(refresh(ParameterPlacement.AUTO), "saber", SECRET), "000000");
        TokenOutcome.Success app = success(client.send(request));
        WireRequest worked = app.exchange().last().orElseThrow().request();
        assertThat(worked.placement()).isEqualTo(ParameterPlacement.FORM);

        Answer curl = run(RequestCommands.render(worked, RequestCommands.Shell.CURL_BASH, true), Map.of());

        assertSameTokenAnswer(curl, app.exchange().lastReply().orElseThrow());
        assertThat(gateway.lastRequest().bodyText()).isEqualTo(worked.body());
        assertThat(gateway.lastRequest().contentType()).isEqualTo(worked.header("Content-Type"));
    }

    @Test
    void curlWithVariablesGetsTheSameAnswer() throws Exception {
        gateway(FakeGateway.builder().requireClient("saber", SECRET));
        TokenRequest request = TestRequests.withClient(refresh(ParameterPlacement.JSON), "saber", SECRET);
        TokenOutcome.Success app = success(client.send(request));
        WireRequest worked = app.exchange().last().orElseThrow().request();

        Answer curl = run(RequestCommands.render(worked, RequestCommands.Shell.CURL_BASH, false),
                Map.of("CLIENT_SECRET", SECRET, "REFRESH_TOKEN", request.parameters().get("refresh_token")));

        assertSameTokenAnswer(curl, app.exchange().lastReply().orElseThrow());
    }

    @Test
    void aRefusalComesBackWordForWord() throws Exception {
        gateway(FakeGateway.builder().requireClient("saber", SECRET));
        TokenOutcome app = client.send(TestRequests.withClient(refresh(ParameterPlacement.FORM), "saber", "wrong"));
        WireRequest sent = app.exchange().last().orElseThrow().request();

        Answer curl = run(RequestCommands.render(sent, RequestCommands.Shell.CURL_BASH, false),
                Map.of("CLIENT_SECRET", "wrong", "REFRESH_TOKEN", "x"));

        WireReply reply = app.exchange().lastReply().orElseThrow();
        assertThat(curl.status).isEqualTo(401).isEqualTo(reply.status());
        assertThat(curl.body).isEqualTo(reply.body());
    }

    private void assertSameTokenAnswer(Answer curl, WireReply app) throws Exception {
        assertThat(curl.status).isEqualTo(app.status()).isEqualTo(200);
        JsonNode fromCurl = MAPPER.readTree(curl.body);
        JsonNode fromApp = MAPPER.readTree(app.body());
        // new tokens each time (fresh jti), the same answer otherwise
        List<String> curlFields = new ArrayList<>();
        fromCurl.fieldNames().forEachRemaining(curlFields::add);
        List<String> appFields = new ArrayList<>();
        fromApp.fieldNames().forEachRemaining(appFields::add);
        assertThat(curlFields).isEqualTo(appFields);
        for (String same : List.of("token_type", "user_name", "tenant_id", "scope")) {
            assertThat(fromCurl.get(same)).as(same).isEqualTo(fromApp.get(same));
        }
        assertThat(fromCurl.get("access_token").asText()).startsWith("eyJ");
    }

    private record Answer(int status, String body) {
    }

    /** Runs the command in bash with curl writing the status on a last line of its own. */
    private static Answer run(String command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command + " -w '\\n%{http_code}'");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("curl: %s", err).isZero();
        int lastLine = out.lastIndexOf('\n');
        return new Answer(Integer.parseInt(out.substring(lastLine + 1).trim()), out.substring(0, lastLine));
    }
}
