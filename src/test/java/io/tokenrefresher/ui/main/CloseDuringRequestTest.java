package io.tokenrefresher.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FxThreadWatchdog;
import io.tokenrefresher.testing.FxWait;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Closing the window while a request hangs on a slow gateway ends cleanly: the close and the app's stop
 * return at once, the request's worker thread is gone within a moment, and nothing throws afterwards
 * (a late answer's callbacks must not touch a closed window).
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class CloseDuringRequestTest {
    @TempDir
    static Path profilesDir;

    private final FakeGateway gateway = FakeGateway.start();
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH, () -> new ProfileService(
                new ProfileStore(profilesDir), CredentialStore.none("no credential store in this test")));
        // TestFX hands every test class the same stage: a close handler left by another class's app must go
        stage.setOnCloseRequest(null);
        stage.setScene(new Scene(new TokenRefresherApp().buildMainView(context), 1120, 780));
        stage.show();
    }

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    @Test
    void closingTheWindowDuringARequestEndsCleanly(FxRobot robot) {
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofSeconds(20)));
        robot.interact(() -> {
            robot.lookup("#gatewayField").queryAs(TextField.class).setText(gateway.baseUrl());
            robot.lookup("#refreshTokenField").queryAs(TextArea.class).setText(gateway.validRefreshToken());
        });
        robot.clickOn("#refreshButton");
        FxWait.until(() -> !gateway.requests().isEmpty() && workers() > 0);
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            long started = System.nanoTime();
            // what the window's close box does, then what JavaFX's Application.stop() does, on the FX thread
            robot.interact(() -> {
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                stage.hide();
                context.close();
            });
            Duration closing = Duration.ofNanos(System.nanoTime() - started);

            FxWait.until(() -> workers() == 0);
            robot.interact(() -> {
            }); // callbacks queued by the cancelled request have run
            assertThat(closing).as("close and stop return at once").isLessThan(Duration.ofSeconds(2));
            assertThat(uncaught).isEmpty();
            assertThat(stage.isShowing()).isFalse();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    /** Live threads of the app's background pool (where requests run). */
    private static long workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("token-refresher-worker")).count();
    }
}
