package io.tokenrefresher.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Calls back on the FX thread at the start of every wall-clock second, for countdowns.
 *
 * <p>Not a {@code Timeline}: a running animation, even one with a 1 s key frame, keeps JavaFX pulsing
 * at 60 frames a second for as long as the window is open (idle CPU, and a busier FX thread).
 */
public final class SecondTicker implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private SecondTicker(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static SecondTicker start(Runnable onFxThread) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "countdown-tick");
            t.setDaemon(true);
            return t;
        });
        long toNextSecond = 1000 - System.currentTimeMillis() % 1000;
        timer.scheduleAtFixedRate(() -> Platform.runLater(onFxThread), toNextSecond, 1000, TimeUnit.MILLISECONDS);
        return new SecondTicker(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
