package io.tokenrefresher.app.startup;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only ({@code bench/}): with {@code -Dtokenrefresher.bench.shown=print}
 * (or {@code =exit}) prints {@code shown-at-epoch-ms=<wall clock>} to stderr once the first frame of the
 * window has been laid out, and with {@code exit} then quits. Does nothing otherwise. Also where the
 * installer's {@link WindowTraining} starts.
 */
public final class StartupProbe {
    private static final String PROPERTY = "tokenrefresher.bench.shown";

    private StartupProbe() {
    }

    public static void afterFirstPulse(Scene scene) {
        WindowTraining.afterFirstFrame(scene);
        RefreshProbe.afterFirstFrame(scene);
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        FirstFrame.then(scene, () -> {
            System.err.println("shown-at-epoch-ms=" + System.currentTimeMillis());
            if ("exit".equals(mode)) {
                Platform.exit();
            }
        });
    }
}
