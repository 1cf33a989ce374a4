package io.tokenrefresher.app.startup;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs something once, on the FX thread, right after the first frame of a scene has been laid out: what
 * start-up puts off until the window shows (the icons, the profiles, the warm-ups) waits for it, and so
 * does the benchmark's {@link StartupProbe}.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    public static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action); // after the pulse, so the frame is rendered without waiting for it
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
