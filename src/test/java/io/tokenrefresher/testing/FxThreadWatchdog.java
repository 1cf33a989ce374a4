package io.tokenrefresher.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a UI test during which the FX thread was blocked for more than {@value #LIMIT_MILLIS} ms, with the
 * stack of the blocking call. The rule of the app is that the FX thread never waits on the network, the
 * disk, a lock or the credential store (everything goes through {@code ui/common/Tasks}); this catches a
 * call that does, whatever the test was looking at.
 *
 * <p>How: a watcher thread keeps one tiny task queued on the FX thread and notes when it was queued.
 * When it has waited more than the limit, the FX thread's stack is read; it counts as blocked when the
 * thread is waiting (a lock, a sleep, a future) or is inside socket, file or process I/O. Plain work on
 * the FX thread (a layout pass, building a dialog on a slow machine) is busy, not blocked, and is left
 * to the benchmarks. Register after TestFX's {@code ApplicationExtension}: watching starts once the
 * window is up, with the test itself.
 */
public final class FxThreadWatchdog implements BeforeTestExecutionCallback, AfterTestExecutionCallback {
    static final long LIMIT_MILLIS = 250;
    private static final Duration POLL = Duration.ofMillis(20);
    private static final List<String> BLOCKING_FRAMES = List.of("java.net.Socket", "java.net.Inet",
            "java.net.PlainSocketImpl", "sun.nio.ch.", "java.io.FileInputStream", "java.io.FileOutputStream",
            "java.io.RandomAccessFile", "java.nio.channels.", "sun.nio.fs.", "java.lang.Thread.sleep",
            "java.lang.ProcessImpl", "java.lang.ProcessHandleImpl", "jdk.internal.misc.Unsafe.park",
            "java.lang.Object.wait");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FxThreadWatchdog.class);

    /** One watcher per test. */
    static final class Watcher implements Runnable {
        private final AtomicLong queuedAt = new AtomicLong(0);
        private final AtomicReference<Thread> fxThread = new AtomicReference<>();
        private final AtomicReference<String> blocked = new AtomicReference<>();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "fx-thread-watchdog");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        String stop() throws InterruptedException {
            running = false;
            thread.join(2000);
            return blocked.get();
        }

        @Override
        public void run() {
            while (running) {
                if (queuedAt.get() == 0) {
                    queuedAt.set(System.nanoTime());
                    Platform.runLater(() -> {
                        fxThread.compareAndSet(null, Thread.currentThread());
                        queuedAt.set(0);
                    });
                } else {
                    long waitedMillis = (System.nanoTime() - queuedAt.get()) / 1_000_000;
                    Thread fx = fxThread.get();
                    if (waitedMillis > LIMIT_MILLIS && fx != null && blocked.get() == null) {
                        StackTraceElement[] stack = fx.getStackTrace();
                        if (isBlocking(fx.getState(), stack)) {
                            blocked.set("the FX thread was blocked for more than " + LIMIT_MILLIS + " ms ("
                                    + fx.getState() + "):\n" + Arrays.stream(stack).map(e -> "\tat " + e)
                                    .collect(Collectors.joining("\n")));
                        }
                    }
                }
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * Waiting or in I/O, on behalf of code that is not the toolkit's own: the FX thread waits for the
     * render thread after each pulse ({@code PaintCollector.waitForRenderingToComplete}), which on a
     * software pipeline and a loaded machine takes a while, and is no call of the app's.
     */
    static boolean isBlocking(Thread.State state, StackTraceElement[] stack) {
        boolean waiting = state == Thread.State.BLOCKED || Arrays.stream(stack).limit(12).anyMatch(e -> {
            String frame = e.getClassName() + "." + e.getMethodName();
            return BLOCKING_FRAMES.stream().anyMatch(frame::startsWith);
        });
        // loading a class reads its jar: a one-time cost of the first use, not a call that waits
        boolean loadingAClass = Arrays.stream(stack).limit(20).anyMatch(e -> e.getClassName().startsWith("jdk.internal.loader.")
                || e.getClassName().equals("java.lang.ClassLoader") && e.getMethodName().equals("loadClass"));
        if (!waiting || loadingAClass) {
            return false;
        }
        String caller = Arrays.stream(stack).map(StackTraceElement::getClassName)
                .filter(c -> !c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")
                        && !c.startsWith("javax."))
                .findFirst().orElse("");
        return !(caller.startsWith("com.sun.javafx.") || caller.startsWith("com.sun.glass.")
                || caller.startsWith("com.sun.prism.") || caller.startsWith("javafx."));
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        Watcher watcher = new Watcher();
        context.getStore(NAMESPACE).put(Watcher.class, watcher);
        watcher.start();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        Watcher watcher = context.getStore(NAMESPACE).remove(Watcher.class, Watcher.class);
        String blocked = watcher == null ? null : watcher.stop();
        if (blocked != null) {
            throw new AssertionError(blocked);
        }
    }
}
