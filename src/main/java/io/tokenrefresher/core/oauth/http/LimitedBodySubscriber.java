package io.tokenrefresher.core.oauth.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit. A larger body cancels the download and completes with
 * {@link TooLargeException}: the answer is reported, not loaded.
 */
final class LimitedBodySubscriber implements BodySubscriber<byte[]> {
    /** Carries the limit so whoever reports it need not know which subscriber was used. */
    static final class TooLargeException extends RuntimeException {
        private final long limit;

        TooLargeException(long limit) {
            super("response body larger than the limit", null, false, false);
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private final long limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final int status;
    private volatile long received;
    private Flow.Subscription subscription;

    /** @param status the answer's status, kept for naming a body that does not finish */
    LimitedBodySubscriber(long limit, int status) {
        this.limit = limit;
        this.status = status;
    }

    int status() {
        return status;
    }

    /** Body bytes received so far; read from another thread when the deadline passes. */
    long receivedBytes() {
        return received;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (buffer.size() + (long) n > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException(limit));
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            buffer.write(chunk, 0, n);
            received += n;
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }
}
