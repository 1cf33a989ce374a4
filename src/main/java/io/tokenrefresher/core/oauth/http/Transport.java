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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

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

    /**
     * The answer as received, or why none came; exactly one of {@code answer} and {@code failure} is set.
     * {@code head} is the status line and headers when they arrived (also for a body too large to read),
     * {@code toHeaders} how long after sending they did; both null when no answer began.
     */
    record Received(WireAnswer answer, GatewayFailure failure, HttpResponse.ResponseInfo head, Duration toHeaders) {
        static Received failed(GatewayFailure failure) {
            return new Received(null, failure, null, null);
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
        long sent = System.nanoTime();
        // the body handler is called when the status line and headers are in: the one timing point the
        // JDK client offers between sending and the end of the body
        AtomicReference<HttpResponse.ResponseInfo> head = new AtomicReference<>();
        AtomicLong headAt = new AtomicLong();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, info -> {
            headAt.set(System.nanoTime());
            head.set(info);
            return new LimitedBodySubscriber(bodyLimit);
        });
        HttpResponse<byte[]> response;
        try {
            response = future.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            future.cancel(true);
            return failedAfter(new GatewayFailure.Timeout(timeout, false), head.get(), sent, headAt.get());
        } catch (CancellationException e) {
            return failedAfter(new GatewayFailure.Cancelled(), head.get(), sent, headAt.get());
        } catch (ExecutionException e) {
            Throwable error = e.getCause();
            GatewayFailure failure = TransportFailures.classify(error, endpoint, timeout, connectLimit);
            return failedAfter(TransportFailures.blameProxy(failure, TransportFailures.proxyFor(http, endpoint),
                    error), head.get(), sent, headAt.get());
        }
        return new Received(WireAnswer.of(response), null, head.get(), Duration.ofNanos(headAt.get() - sent));
    }

    private static Received failedAfter(GatewayFailure failure, HttpResponse.ResponseInfo head, long sent,
                                        long headAt) {
        return new Received(null, failure, head, head == null ? null : Duration.ofNanos(headAt - sent));
    }
}
