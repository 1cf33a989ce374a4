package io.tokenrefresher.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The watchdog tells a blocked FX thread (with the blocking call's stack) from a busy or idle one. */
@ExtendWith(ApplicationExtension.class)
class FxThreadWatchdogTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void aSleepOnTheFxThreadIsReportedWithItsStack() throws Exception {
        FxThreadWatchdog.Watcher watcher = new FxThreadWatchdog.Watcher();
        watcher.start();
        Thread.sleep(100); // the watcher has met the FX thread

        onFxThreadAndWait(() -> sleep(600));
        String report = watcher.stop();

        assertThat(report).startsWith("the FX thread was blocked for more than 250 ms")
                .contains("java.lang.Thread.sleep").contains("FxThreadWatchdogTest.sleep");
    }

    @Test
    void anIdleOrBrieflyBusyFxThreadIsNotReported() throws Exception {
        FxThreadWatchdog.Watcher watcher = new FxThreadWatchdog.Watcher();
        watcher.start();

        onFxThreadAndWait(() -> sleep(50));
        Thread.sleep(400);

        assertThat(watcher.stop()).isNull();
    }

    @Test
    void computationAndTheToolkitsOwnWaitsAreNotBlockingCalls() {
        StackTraceElement[] layoutPass = {new StackTraceElement("javafx.scene.Parent", "layout", null, 1),
                new StackTraceElement("com.sun.javafx.tk.Toolkit", "firePulse", null, 1)};
        StackTraceElement[] socketRead = {new StackTraceElement("sun.nio.ch.NioSocketImpl", "read", null, 1),
                new StackTraceElement("java.net.Socket$SocketInputStream", "read", null, 1)};

        assertThat(FxThreadWatchdog.isBlocking(Thread.State.RUNNABLE, layoutPass)).isFalse();
        assertThat(FxThreadWatchdog.isBlocking(Thread.State.RUNNABLE, socketRead)).isTrue();
        StackTraceElement[] waitingForTheRenderer = {new StackTraceElement("jdk.internal.misc.Unsafe", "park", null, 1),
                new StackTraceElement("com.sun.javafx.tk.quantum.PaintCollector", "waitForRenderingToComplete", null, 1)};
        StackTraceElement[] appWaitingOnAFuture = {new StackTraceElement("jdk.internal.misc.Unsafe", "park", null, 1),
                new StackTraceElement("java.util.concurrent.FutureTask", "get", null, 1),
                new StackTraceElement("io.tokenrefresher.ui.profiles.ProfilesViewModel", "select", null, 1)};
        assertThat(FxThreadWatchdog.isBlocking(Thread.State.WAITING, waitingForTheRenderer)).isFalse();
        assertThat(FxThreadWatchdog.isBlocking(Thread.State.WAITING, appWaitingOnAFuture)).isTrue();
    }

    private static void onFxThreadAndWait(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            work.run();
            done.countDown();
        });
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
