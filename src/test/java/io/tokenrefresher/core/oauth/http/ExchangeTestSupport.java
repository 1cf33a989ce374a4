package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestRequests;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;

/**
 * What the token endpoint tests share: a {@link TokenEndpointClient} on one HTTP client, a real HTTP
 * server ({@link FakeGateway}) per test, stopped after it, and the English words of a failure. The
 * tests go through the public client rather than the package's parts, so they check what callers get.
 */
abstract class ExchangeTestSupport {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String USER_AGENT = "TokenRefresher-test/1.0";
    /** Built once: each HttpClient costs a TLS set-up. */
    static final Supplier<HttpClient> SHARED_HTTP = memoize(TokenEndpointClient::defaultHttpClient);
    static final Messages ENGLISH = Messages.forLocale(Locale.ROOT);

    final TokenEndpointClient client = new TokenEndpointClient(SHARED_HTTP, MAPPER, Clock.systemUTC(), USER_AGENT);
    FakeGateway gateway;

    @AfterEach
    void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    FakeGateway gateway(FakeGateway.Builder builder) {
        gateway = builder.start();
        return gateway;
    }

    FakeGateway gateway() {
        return gateway(FakeGateway.builder());
    }

    TokenRequest refresh(ParameterPlacement placement) {
        return TestRequests.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH, gateway.validRefreshToken(),
                "all", placement);
    }

    GatewayFailure failureOf(TokenRequest request) throws InterruptedException {
        TokenOutcome outcome = client.send(request);
        assertThat(outcome).as("outcome of %s", request).isInstanceOf(TokenOutcome.Failure.class);
        return ((TokenOutcome.Failure) outcome).failure();
    }

    static TokenOutcome.Success success(TokenOutcome outcome) {
        assertThat(outcome).isInstanceOf(TokenOutcome.Success.class);
        return (TokenOutcome.Success) outcome;
    }

    static Messages.Text words(GatewayFailure failure) {
        return ENGLISH.describe(failure);
    }

    static Map.Entry<String, String> entry(String key, String value) {
        return Map.entry(key, value);
    }

    static <T> Supplier<T> memoize(Supplier<T> supplier) {
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
