package io.tokenrefresher.core.oauth.http;

import io.tokenrefresher.core.oauth.GatewayFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
    private static final Duration OWN_TIMEOUT_GRACE = Duration.ofMillis(300);

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
        // set when the status line and headers have come: tells a slow body from no answer at all
        AtomicReference<LimitedBodySubscriber> body = new AtomicReference<>();
        long sent = System.nanoTime();
        // the one timing point the JDK client offers between sending and the end of the body, and the head
        // of the answer for the exchange view
        AtomicReference<HttpResponse.ResponseInfo> head = new AtomicReference<>();
        AtomicLong headAt = new AtomicLong();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, info -> {
            headAt.set(System.nanoTime());
            head.set(info);
            LimitedBodySubscriber subscriber = new LimitedBodySubscriber(bodyLimit, info.statusCode());
            body.set(subscriber);
            return subscriber;
        });
        HttpResponse<byte[]> response;
        try {
            response = future.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            LimitedBodySubscriber started = body.get();
            if (started != null) {
                future.cancel(true);
                return failedAfter(new GatewayFailure.BodyTimeout(timeout, started.status(), started.receivedBytes()),
                        head.get(), sent, headAt.get());
            }
            // the request's own timeout fires now too, and only the JDK knows whether the connection was
            // ever made: its HttpConnectTimeoutException tells a host that never answered the connect
            Throwable own = ownTimeout(future);
            if (own == null) {
                return Received.failed(new GatewayFailure.Timeout(timeout, false));
            }
            return Received.failed(TransportFailures.classify(own, endpoint, timeout, connectLimit));
        } catch (CancellationException e) {
            return failedAfter(new GatewayFailure.Cancelled(), head.get(), sent, headAt.get());
        } catch (ExecutionException e) {
            Throwable error = e.getCause();
            GatewayFailure failure = withBytesSeen(TransportFailures.classify(error, endpoint, timeout, connectLimit),
                    body.get());
            return failedAfter(TransportFailures.blameProxy(failure, TransportFailures.proxyFor(http, endpoint),
                    error), head.get(), sent, headAt.get());
        }
        return new Received(WireAnswer.of(response), null, head.get(), Duration.ofNanos(headAt.get() - sent));
    }

    private static Received failedAfter(GatewayFailure failure, HttpResponse.ResponseInfo head, long sent,
                                        long headAt) {
        return new Received(null, failure, head, head == null ? null : Duration.ofNanos(headAt - sent));
    }

    /** The JDK's own timeout error if it comes within a short grace, else null; the exchange is cancelled. */
    private static Throwable ownTimeout(CompletableFuture<HttpResponse<byte[]>> future) throws InterruptedException {
        try {
            future.get(OWN_TIMEOUT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof HttpTimeoutException ? e.getCause() : null;
        } catch (TimeoutException | CancellationException e) {
            return null;
        } finally {
            future.cancel(true);
        }
    }

    /** A body of unknown length cut short: the JDK's message has no count, the subscriber has. */
    private static GatewayFailure withBytesSeen(GatewayFailure failure, LimitedBodySubscriber body) {
        if (body != null && failure instanceof GatewayFailure.ConnectionCut cut && !cut.beforeAnswer()
                && cut.expectedBytes() < 0) {
            return new GatewayFailure.ConnectionCut(cut.reset(), body.receivedBytes(), -1);
        }
        return failure;
    }
}
