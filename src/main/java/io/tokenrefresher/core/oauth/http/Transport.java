package io.tokenrefresher.core.oauth.http;

import io.tokenrefresher.core.oauth.GatewayFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request and waits for the answer within what is left of the deadline. The JDK client's
 * own request timeout does not cover reading the body, so the wait here is the deadline that counts;
 * the body is read through {@link LimitedBodySubscriber} so a huge answer is reported, not loaded.
 *
 * <p>The exchange runs asynchronously so the waiting thread stays interruptible: an interrupt cancels
 * the exchange and is passed on. Transport errors become a {@link GatewayFailure} through
 * {@link TransportFailures}.
 */
final class Transport {
    private final long bodyLimit;

    /** @param bodyLimit the largest body read, in bytes */
    Transport(long bodyLimit) {
        this.bodyLimit = bodyLimit;
    }

    /** The answer as received, or why none came; exactly one of the two is set. */
    record Received(WireAnswer answer, GatewayFailure failure) {
        static Received failed(GatewayFailure failure) {
            return new Received(null, failure);
        }
    }

    /**
     * @param endpoint the token endpoint without query parameters, for naming host, port and proxy
     * @param left     what is left of the deadline
     * @param timeout  the request's whole timeout, for the message
     * @throws InterruptedException when the calling thread is interrupted; the exchange is cancelled
     */
    Received exchange(HttpClient http, HttpRequest request, URI endpoint, Duration left, Duration timeout)
            throws InterruptedException {
        // a connect timeout is the client's own limit when that is shorter than the request's
        Duration connectLimit = http.connectTimeout().filter(c -> c.compareTo(timeout) < 0).orElse(timeout);
        CompletableFuture<HttpResponse<byte[]>> future = http
                .sendAsync(request, info -> new LimitedBodySubscriber(bodyLimit));
        HttpResponse<byte[]> response;
        try {
            response = future.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            future.cancel(true);
            return Received.failed(new GatewayFailure.Timeout(timeout, false));
        } catch (CancellationException e) {
            return Received.failed(new GatewayFailure.Cancelled());
        } catch (ExecutionException e) {
            Throwable error = e.getCause();
            GatewayFailure failure = TransportFailures.classify(error, endpoint, timeout, connectLimit);
            return Received.failed(TransportFailures.blameProxy(failure, TransportFailures.proxyFor(http, endpoint),
                    error));
        }
        return new Received(WireAnswer.of(response), null);
    }
}
