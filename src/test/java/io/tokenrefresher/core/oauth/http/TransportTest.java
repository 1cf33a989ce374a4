package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.testing.FakeGateway.Fault;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sending and waiting ({@link Transport}): the request's timeout is a deadline, an interrupt cancels
 * the exchange at once, and a body over {@link TokenEndpointClient#MAX_BODY_BYTES} is reported, not loaded.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TransportTest extends ExchangeTestSupport {
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
}
