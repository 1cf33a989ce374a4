package io.tokenrefresher.ui.common;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way the UI runs work off the FX thread: a fluent builder in the style of Cryptomator's
 * {@code Tasks} and JabRef's {@code BackgroundTask}.
 *
 * <pre>{@code
 * tasks.call(() -> service.load())
 *      .onSuccess(list -> profiles.setAll(list))
 *      .onError(e -> status.set(...))
 *      .andFinally(() -> busy.set(false))
 *      .runOn(disk);
 * }</pre>
 *
 * <p>The work runs on the executor given to {@link Builder#runOn}; every callback runs on the
 * {@code ui} executor ({@link Platform#runLater} in the app). Tests build {@link #sameThread()}, where
 * work and callbacks run at once on the caller's thread, so a view-model test needs neither a toolkit
 * nor waiting. Why not {@code javafx.concurrent.Task}: it needs a running toolkit, reports on the FX thread
 * only, and hides an exception nobody asked for.
 *
 * <p>An error with no {@code onError} handler is logged (its class only: messages may quote a server's
 * answer, and with it a token), never lost.
 */
public final class Tasks {
    private static final Logger LOG = System.getLogger(Tasks.class.getName());

    private final Executor ui;

    public Tasks(Executor ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Callbacks on the FX thread. */
    public static Tasks onFxThread() {
        return new Tasks(Platform::runLater);
    }

    /** Work and callbacks on the calling thread, at once: for view-model tests. */
    public static Tasks sameThread() {
        return new Tasks(Runnable::run);
    }

    /** The executor that callbacks run on; view-models use it to come back from their own listeners. */
    public Executor ui() {
        return ui;
    }

    public <T> Builder<T> call(Callable<T> work) {
        return new Builder<>(Objects.requireNonNull(work, "work"));
    }

    public Builder<Void> run(Work work) {
        Objects.requireNonNull(work, "work");
        return new Builder<>(() -> {
            work.run();
            return null;
        });
    }

    /** A piece of work without a result that may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Collects the callbacks; {@link #runOn} starts the work. */
    public final class Builder<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = value -> {
        };
        private Consumer<Throwable> onError = Builder::logUnhandled;
        private Runnable onCancelled = () -> {
        };
        private Runnable andFinally = () -> {
        };

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = Objects.requireNonNull(handler);
            return this;
        }

        /** Called instead of success or error when {@link Running#cancel()} came first. */
        public Builder<T> onCancelled(Runnable handler) {
            this.onCancelled = Objects.requireNonNull(handler);
            return this;
        }

        /** Called last, whatever the outcome. */
        public Builder<T> andFinally(Runnable handler) {
            this.andFinally = Objects.requireNonNull(handler);
            return this;
        }

        /** Starts the work on {@code executor}; the callbacks come on the ui executor. */
        public Running runOn(Executor executor) {
            FutureTask<T> future = new FutureTask<>(work);
            AtomicBoolean reported = new AtomicBoolean();
            Running running = new Running(future, () -> {
                if (reported.compareAndSet(false, true)) {
                    ui.execute(() -> {
                        try {
                            onCancelled.run();
                        } finally {
                            andFinally.run();
                        }
                    });
                }
            });
            executor.execute(() -> {
                future.run();
                if (future.isCancelled() || !reported.compareAndSet(false, true)) {
                    return; // cancel() reported it already
                }
                ui.execute(() -> report(future));
            });
            return running;
        }

        private void report(FutureTask<T> future) {
            try {
                T value;
                try {
                    value = future.get();
                } catch (ExecutionException e) {
                    onError.accept(e.getCause());
                    return;
                } catch (CancellationException | InterruptedException e) {
                    onCancelled.run();
                    return;
                }
                onSuccess.accept(value);
            } finally {
                andFinally.run();
            }
        }

        private static void logUnhandled(Throwable error) {
            LOG.log(Level.ERROR, "background work failed: " + error.getClass().getName());
        }
    }

    /** A started piece of work. */
    public static final class Running {
        private final FutureTask<?> future;
        private final Runnable reportCancelled;

        private Running(FutureTask<?> future, Runnable reportCancelled) {
            this.future = future;
            this.reportCancelled = reportCancelled;
        }

        /**
         * Interrupts the work and reports {@code onCancelled} at once (a request stuck in a connect
         * does not have to notice the interrupt first); a result arriving later is dropped.
         */
        public void cancel() {
            if (future.cancel(true)) {
                reportCancelled.run();
            }
        }

        public boolean isDone() {
            return future.isDone();
        }
    }
}
