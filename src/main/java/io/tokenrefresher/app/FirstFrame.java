package io.tokenrefresher.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, on the FX thread, right after the first frame of a scene has been laid out. */
final class FirstFrame {
    private FirstFrame() {
    }

    static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action); // after the pulse, so the frame is rendered without waiting for it
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
