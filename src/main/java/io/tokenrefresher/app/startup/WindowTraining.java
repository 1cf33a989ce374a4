package io.tokenrefresher.app.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The installer's training run of the window for its ahead-of-time (AOT) cache: with
 * {@code -Dtokenrefresher.train=window} (and {@code -XX:AOTCacheOutput}, see packaging/BuildInstaller.java)
 * the real window, once shown, does what a tester does first: a refresh against a loopback responder
 * (made-up tokens, nothing leaves the machine), the claims and response tabs, the profile editor; then it
 * closes as the close button does, and the JVM writes the cache of every class loaded and linked and the
 * method profiles on the way. Each step finds its control by its fx:id and is skipped when it is not there
 * (a training run must never hang a build); the whole run gives up after a minute.
 */
public final class WindowTraining {
    static final String PROPERTY = "tokenrefresher.train";
    private static final long STEP_MS = 1500;

    private WindowTraining() {
    }

    /** Starts the training run when asked for; call once the first frame is laid out. */
    public static void afterFirstFrame(Scene scene) {
        if (!"window".equals(System.getProperty(PROPERTY))) {
            return;
        }
        Thread run = new Thread(() -> train(scene), "token-refresher-training");
        run.setDaemon(true);
        run.start();
        CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS, Platform::runLater).execute(() -> close(scene));
    }

    private static void train(Scene scene) {
        pause(2 * STEP_MS); // the background warm-up runs meanwhile, as while a tester pastes
        TrainingTokens tokens = TrainingTokens.make();
        LoopbackWarmUp.withResponder(tokens.answer(), gateway -> {
            onFx(() -> {
                text(scene, "#gatewayField", gateway);
                text(scene, "#refreshTokenField", tokens.refresh());
                fire(scene, "#refreshButton");
                return null;
            });
            // done when the Refresh button is enabled again (the exchange is over), at most 15 s
            for (int i = 0; i < 150; i++) {
                pause(100);
                Node refresh = onFx(() -> scene.lookup("#refreshButton"));
                if (refresh == null || !Boolean.TRUE.equals(onFx(refresh::isDisabled))) {
                    break;
                }
            }
            return null;
        });
        pause(STEP_MS);
        for (int tab = 1; tab >= 0; tab--) { // the response tab, then the claims again
            int index = tab;
            onFx(() -> {
                if (scene.lookup(".tab-pane") instanceof TabPane tabs && tabs.getTabs().size() > index) {
                    tabs.getSelectionModel().select(index);
                }
                return null;
            });
            pause(STEP_MS);
        }
        // the profile editor may open as a modal dialog (a nested event loop): fired from its own turn
        Platform.runLater(() -> fire(scene, "#editProfileButton"));
        pause(2 * STEP_MS);
        Platform.runLater(() -> otherWindows(scene).forEach(Window::hide));
        pause(STEP_MS);
        Platform.runLater(() -> close(scene));
    }

    private static void close(Scene scene) {
        otherWindows(scene).forEach(Window::hide);
        Window window = scene.getWindow();
        if (window != null && window.isShowing()) {
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
            window.hide();
        }
    }

    private static List<Window> otherWindows(Scene scene) {
        List<Window> others = new ArrayList<>(Window.getWindows());
        others.remove(scene.getWindow());
        return others;
    }

    static void text(Scene scene, String selector, String value) {
        if (scene.lookup(selector) instanceof TextInputControl field) {
            field.setText(value);
        }
    }

    static void fire(Scene scene, String selector) {
        if (scene.lookup(selector) instanceof ButtonBase button && !button.isDisabled()) {
            button.fire();
        }
    }

    private static <T> T onFx(Supplier<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
