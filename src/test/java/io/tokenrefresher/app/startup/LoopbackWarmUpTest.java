package io.tokenrefresher.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class LoopbackWarmUpTest {
    @Test
    void completesOneExchangeOverLoopback() {
        TokenEndpointClient client = new TokenEndpointClient(TokenEndpointClient::defaultHttpClient,
                new ObjectMapper(), Clock.systemUTC(), "test");

        assertThat(LoopbackWarmUp.run(client, TokenEndpointClient.defaultHttpClient())).isTrue();
    }
}
