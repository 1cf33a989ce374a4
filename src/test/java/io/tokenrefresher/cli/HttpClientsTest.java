package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpClientsTest {

    @Test
    void onlyAnHttpsAddressNeedsTheTrustStore() {
        assertThat(HttpClients.isHttps("https://gw.test.example.com")).isTrue();
        assertThat(HttpClients.isHttps("  HTTPS://gw")).isTrue();
        assertThat(HttpClients.isHttps("http://10.1.2.3:8080")).isFalse();
        assertThat(HttpClients.isHttps("10.1.2.3:8080")).isFalse();
        assertThat(HttpClients.isHttps(null)).isFalse();
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
        HttpClients clients = new HttpClients();
        clients.warm(false);

        assertThat(clients.get(false)).isSameAs(clients.get(false));
        assertThat(clients.get(true)).isSameAs(clients.get(true)).isNotSameAs(clients.get(false));
        assertThat(clients.get(false).followRedirects()).isEqualTo(java.net.http.HttpClient.Redirect.NEVER);
    }
}
