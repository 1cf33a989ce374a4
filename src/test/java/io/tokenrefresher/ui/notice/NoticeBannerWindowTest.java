package io.tokenrefresher.ui.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.testing.FxWait;
import io.tokenrefresher.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A session event posted from a worker thread shows in the real window's banner, raised (the test's
 * window has no desktop notifier, as on a desktop without a notification server), with no token in it,
 * and Dismiss hides it.
 */
@ExtendWith(ApplicationExtension.class)
class NoticeBannerWindowTest {
    @TempDir
    static Path home;

    private AppContext context;
    private TokenRefresherApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(home, "profiles");
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH,
                () -> new ProfileService(new ProfileStore(dir), new FakeCredentialStore()));
        app = new TokenRefresherApp();
        stage.setScene(new Scene(app.buildMainView(context), 1120, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void aFailedSessionShowsInTheBannerRaisedAndWithoutItsToken(FxRobot robot) throws Exception {
        Node banner = robot.lookup("#sessionNoticeBanner").query();
        assertThat(banner.isVisible()).as("nothing to tell yet").isFalse();
        String token = new TestTokens().pair().refreshToken();

        Thread worker = new Thread(() -> app.noticeDispatcher().post(
                app.notices().sessionFailed("staging", "HTTP 401 — Invalid refresh token: " + token)));
        worker.start();
        worker.join();

        FxWait.until(banner::isVisible);
        FxWait.until(() -> banner.getStyleClass().contains(NoticeBannerController.RAISED));
        assertThat(robot.lookup("#sessionNoticeTitleLabel").queryAs(Label.class).getText())
                .isEqualTo("staging: the session failed");
        String body = robot.lookup("#sessionNoticeBodyLabel").queryAs(Label.class).getText();
        assertThat(body).startsWith("HTTP 401 — Invalid refresh token: eyJ").doesNotContain(token.substring(0, 13));
        assertThat(banner.getStyleClass()).contains("status-error");

        robot.clickOn("#dismissSessionNoticeButton");

        FxWait.until(() -> !banner.isVisible());
        assertThat(banner.isManaged()).as("gives its room back to the form").isFalse();
    }
}
