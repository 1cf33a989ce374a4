package io.tokenrefresher.testing;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.ui.claims.SignatureViewModel;
import io.tokenrefresher.ui.main.MainController;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Puts the real window into one scene of issue 13 against a fake gateway, for screenshots under Xvfb
 * ({@code /work/shared/tools/screenshot.sh OUT.png 14 java -cp ... 'ScreenshotScenes$Launch' SCENE [zh]}):
 * {@code exchange} (after Auto's fallback), {@code verified}, {@code invalid}, {@code negative}, {@code key}.
 */
public final class ScreenshotScenes extends Application {
    private static String scene = "exchange";
    private static Locale locale = Locale.ENGLISH;

    /** The entry point: the java launcher refuses a main class that is an Application without JavaFX modules. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            scene = args.length > 0 ? args[0] : scene;
            locale = args.length > 1 && args[1].equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            Application.launch(ScreenshotScenes.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        FakeGateway.Builder builder = FakeGateway.builder().grantedScope("all");
        if (scene.equals("exchange")) {
            builder.ignoreJsonBodies();
        }
        FakeGateway gateway = builder.start();
        var dir = Files.createTempDirectory("tour");
        AppContext context = new AppContext(Clock.systemDefaultZone(), locale, () -> new ProfileService(
                new ProfileStore(dir), CredentialStore.none("screenshots")));
        TokenRefresherApp app = new TokenRefresherApp();
        Scene window = new Scene(app.buildMainView(context), 1366, 740);
        app.followSettings(window);
        stage.setScene(window);
        stage.setTitle("Token Refresher");
        stage.setX(0);
        stage.setY(0);
        stage.show();
        ((TextField) window.lookup("#gatewayField")).setText(gateway.baseUrl());
        ((TextArea) window.lookup("#refreshTokenField")).setText(gateway.validRefreshToken());
        later(1.5, () -> ((Button) window.lookup("#refreshButton")).fire());
        whenRefreshed(window, () -> {
            MainController main = app.mainController();
            switch (scene) {
                case "exchange" -> {
                    TabPane tabs = (TabPane) window.lookup(".tab-pane");
                    tabs.getSelectionModel().select(2);
                }
                case "verified" -> main.viewModel().signature().useKey(SignatureViewModel.KeyType.HMAC,
                        TestTokens.DEFAULT_SECRET, false, null);
                case "invalid" -> main.viewModel().signature().useKey(SignatureViewModel.KeyType.HMAC,
                        "a-guessed-secret", false, "HS256");
                case "negative" -> ((MenuButton) window.lookup("#negativeTestsButton"))
                        .getItems().get(0).fire();
                case "key" -> { // the key dialog with "Remember this key for the profile": a profile is shown
                    app.restoreSession(stage);
                    later(1.5, () -> Platform.runLater(() -> ((Button) window.lookup("#signatureKeyButton")).fire()));
                }
                default -> {
                }
            }
        });
        Platform.setImplicitExit(true);
    }

    /** Runs {@code action} once the access token shows (a loaded machine may take seconds). */
    private static void whenRefreshed(Scene window, Runnable action) {
        later(0.25, () -> {
            if (((TextArea) window.lookup("#accessTokenField")).getText().isEmpty()) {
                whenRefreshed(window, action);
            } else {
                action.run();
            }
        });
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
