package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(clients.get(false).followRedirects()).isEqualTo(java.net.http.HttpClient.Redirect.NEVER);
    }
}
