import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for the launch benchmark: the smallest JavaFX window (one Label, the app's size
 * 1120x780), packaged like the app (JavaFX unpacked into a fat jar, started with {@code java -jar}
 * through a plain launcher). With {@code -Dtokenrefresher.bench.shown=print|exit} it prints
 * {@code shown-at-epoch-ms=} exactly the way the app's {@code app.startup.StartupProbe} does.
 */
public final class BareWindow {
    private BareWindow() {
    }

    /** Plain launcher, not an Application, for the same reason as the app's Main (fat jar on the class path). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Bare JavaFX window")), 1120, 780);
            stage.setTitle("Bare Window");
            stage.setScene(scene);
            stage.show();
            afterFirstPulse(scene);
        }

        // same as io.tokenrefresher.app.startup.StartupProbe
        private static void afterFirstPulse(Scene scene) {
            String mode = System.getProperty("tokenrefresher.bench.shown");
            if (mode == null) {
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> {
                    System.err.println("shown-at-epoch-ms=" + System.currentTimeMillis());
                    if ("exit".equals(mode)) {
                        Platform.exit();
                    }
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }
}
