package io.tokenrefresher.core.session;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay. The auto-refresher never trusts one long delay (a machine that sleeps
 * stops the monotonic clock such delays run on): it asks for short ones and reads the wall clock each time.
 */
public interface RefreshScheduler extends AutoCloseable {

    /** Runs {@code task} once after {@code delay}; the handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    @Override
    void close();

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /** One daemon thread; tasks must be short (the refresher hands the network work to an executor). */
    static RefreshScheduler daemon(String threadName) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        return new RefreshScheduler() {
            @Override
            public Cancellable schedule(Duration delay, Runnable task) {
                ScheduledFuture<?> f = executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            }

            @Override
            public void close() {
                executor.shutdownNow();
            }
        };
    }
}
