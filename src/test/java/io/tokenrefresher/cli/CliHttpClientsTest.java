package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenrefresher.testing.FakeGateway;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CliHttpClientsTest {

    @Test
    void onlyAnHttpsAddressNeedsTheTrustStore() {
        assertThat(CliHttpClients.isHttps("https://gw.test.example.com")).isTrue();
        assertThat(CliHttpClients.isHttps("  HTTPS://gw")).isTrue();
        assertThat(CliHttpClients.isHttps("http://10.1.2.3:8080")).isFalse();
        assertThat(CliHttpClients.isHttps("10.1.2.3:8080")).isFalse();
        assertThat(CliHttpClients.isHttps(null)).isFalse();
    }

    @Test
    void theGatewayIsFoundInEverySpellingBeforeParsing() {
        assertThat(Cli.gatewayArgument(new String[] {"refresh", "-t", "x", "-g", "https://a"})).isEqualTo("https://a");
        assertThat(Cli.gatewayArgument(new String[] {"refresh", "--gateway", "https://b"})).isEqualTo("https://b");
        assertThat(Cli.gatewayArgument(new String[] {"refresh", "--gateway=https://c"})).isEqualTo("https://c");
        assertThat(Cli.gatewayArgument(new String[] {"refresh", "-ghttps://d"})).isEqualTo("https://d");
        assertThat(Cli.gatewayArgument(new String[] {"refresh", "-g=https://e"})).isEqualTo("https://e");
        assertThat(Cli.gatewayArgument(new String[] {"refresh", "--profile", "test"})).isNull();
    }

    @Test
    void eachClientIsBuiltOnceAndThePlainOneIsNotTheTlsOne() {
        CliHttpClients clients = new CliHttpClients();
        clients.warm(false);

        assertThat(clients.get(false)).isSameAs(clients.get(false));
        assertThat(clients.get(true)).isSameAs(clients.get(true)).isNotSameAs(clients.get(false));
        assertThat(clients.get(false).followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
    }

    @Test
    void thePlainClientSpeaksHttpWithoutEverSettingUpTls() throws IOException, InterruptedException {
        HttpClient plain = CliHttpClients.plainHttpOnly();
        try (FakeGateway gateway = FakeGateway.start()) {
            HttpResponse<String> response = plain.send(HttpRequest.newBuilder(URI.create(gateway.tokenUrl()))
                    .header("Content-Type", "application/json;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"refresh_token\",\"refresh_token\":\""
                            + gateway.validRefreshToken() + "\",\"scope\":\"all\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("access_token");
        }
        // it is never given an https:// address; if it were, it would fail at once, not hang or connect
        assertThatThrownBy(() -> new CliHttpClients.HttpOnlyTlsContext().createSSLEngine())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("http:// gateways only");
    }
}
