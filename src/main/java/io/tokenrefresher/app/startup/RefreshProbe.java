package io.tokenrefresher.app.startup;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * For the installed app's benchmark only ({@code bench/installed-bench.sh}): with
 * {@code -Dtokenrefresher.bench.refresh=GATEWAY_URL} and {@code -Dtokenrefresher.bench.token=REFRESH_TOKEN}
 * (a fake gateway's), two seconds after the first frame (a user takes that long too) it fills in the
 * gateway and the token, clicks Refresh and prints {@code first-refresh-ms=<ms>} to stderr: from the click
 * to the end of the first pulse laid out after the access token arrived; then it quits. Does nothing
 * otherwise.
 */
final class RefreshProbe {
    private static final String GATEWAY = "tokenrefresher.bench.refresh";
    private static final String TOKEN = "tokenrefresher.bench.token";

    private RefreshProbe() {
    }

    static void afterFirstFrame(Scene scene) {
        String gateway = System.getProperty(GATEWAY);
        String token = System.getProperty(TOKEN);
        if (gateway == null || token == null) {
            return;
        }
        CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS, Platform::runLater).execute(() -> {
            if (!(scene.lookup("#accessTokenField") instanceof TextInputControl accessToken)) {
                System.err.println("first-refresh-failed=no access token field");
                Platform.exit();
                return;
            }
            WindowTraining.text(scene, "#gatewayField", gateway);
            WindowTraining.text(scene, "#refreshTokenField", token);
            long[] clicked = new long[1];
            ChangeListener<String> arrived = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends String> o, String old, String now) {
                    if (now == null || now.isEmpty()) {
                        return;
                    }
                    accessToken.textProperty().removeListener(this);
                    FirstFrame.then(scene, () -> {
                        System.err.printf("first-refresh-ms=%.1f%n", (System.nanoTime() - clicked[0]) / 1e6);
                        Platform.exit();
                    });
                }
            };
            accessToken.textProperty().addListener(arrived);
            clicked[0] = System.nanoTime();
            WindowTraining.fire(scene, "#refreshButton");
        });
    }
}
