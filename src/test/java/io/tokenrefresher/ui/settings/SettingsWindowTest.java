package io.tokenrefresher.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.tokenrefresher.testing.FxThreadWatchdog;
import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.core.settings.SettingsStore;
import io.tokenrefresher.testing.FxWait;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings in the real window (headless): opened from the profile bar's gear, the theme and the font
 * size apply at once, and the choice lands in settings.json next to profiles.json.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class SettingsWindowTest {
    @TempDir
    static Path home;

    private AppContext context;
    private TokenRefresherApp app;
    private Appearance appearance;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory(home, "profiles");
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH,
                () -> new ProfileService(new ProfileStore(dir), new FakeCredentialStore()));
        app = new TokenRefresherApp();
        Scene scene = new Scene(app.buildMainView(context), 1120, 780);
        appearance = app.followSettings(scene);
        stage.setScene(scene);
        stage.show();
        app.restoreSession(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            appearance.close();
            // the other window tests run with JavaFX's own stylesheet, and without app.css (whose looked-up
            // colours would then be missing)
            Window.getWindows().forEach(w -> w.getScene().getStylesheets().clear());
            Application.setUserAgentStylesheet(null);
        });
        context.close();
    }

    @Test
    void darkThemeAndLargeFontApplyAtOnceAndAreSavedNextToTheProfiles(FxRobot robot) throws IOException {
        FxWait.until(() -> Files.exists(dir.resolve(ProfileStore.FILE_NAME)));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        Paint lightBackground = background(robot, ".request-area");
        assertThat(lightBackground).isEqualTo(Color.web("#f6f8fa"));
        double labelSize = fontSize(robot, ".profile-bar .section-title");
        double tokenSize = fontSize(robot, "#accessTokenField");
        assertThat(labelSize).isEqualTo(13);
        assertThat(tokenSize).isEqualTo(12, offset(0.1));

        Button gear = robot.lookup("#settingsButton").queryButton();
        assertThat(gear.getAccessibleText()).isEqualTo("Settings");
        assertThat(gear.getTooltip().getText()).contains("theme");
        robot.clickOn(gear);
        FxWait.until(() -> robot.lookup("#settingsPane").tryQuery().isPresent());
        assertThat(robot.lookup("#restartLabel").queryAs(Label.class).getText())
                .contains("takes effect the next time you start the app");

        robot.clickOn("#themeBox").clickOn("Dark");

        FxWait.until(() -> new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet()));
        FxWait.until(() -> Color.web("#161b22").equals(background(robot, ".request-area")));
        assertThat(root(robot, "#settingsButton").getStyleClass()).contains(Appearance.THEME_DARK);

        robot.clickOn("#fontSizeBox").clickOn("Large");

        FxWait.until(() -> fontSize(robot, ".profile-bar .section-title") > labelSize);
        assertThat(fontSize(robot, ".profile-bar .section-title")).isEqualTo(16);
        assertThat(fontSize(robot, "#accessTokenField")).as("the tokens' monospace grows too").isGreaterThan(tokenSize);
        assertThat(root(robot, "#settingsPane").getStyleClass()).as("the dialog too").contains(Appearance.FONT_LARGE);

        Path settings = dir.resolve(SettingsStore.FILE_NAME);
        FxWait.until(() -> read(settings).contains("\"LARGE\""));
        assertThat(read(settings)).contains("\"theme\" : \"DARK\"", "\"fontSize\" : \"LARGE\"");
        assertThat(settings.getParent()).isEqualTo(dir.resolve(ProfileStore.FILE_NAME).getParent());

        robot.clickOn("Close");
        FxWait.until(() -> robot.lookup("#settingsPane").tryQuery().isEmpty());
    }

    @Test
    void theDesktopNotificationsSwitchIsOnByDefaultAndTurningItOffIsSavedAndFollowed(FxRobot robot) {
        FxWait.until(() -> Files.exists(dir.resolve(ProfileStore.FILE_NAME)));
        robot.clickOn("#settingsButton");
        FxWait.until(() -> robot.lookup("#desktopNotificationsCheck").tryQuery().isPresent());
        CheckBox desktopNotifications = robot.lookup("#desktopNotificationsCheck").queryAs(CheckBox.class);
        assertThat(desktopNotifications.getText()).isEqualTo("Desktop notifications");
        assertThat(desktopNotifications.isSelected()).isTrue();
        assertThat(app.noticeDispatcher().desktopEnabled()).isTrue();

        robot.clickOn(desktopNotifications);

        Path settings = dir.resolve(SettingsStore.FILE_NAME);
        FxWait.until(() -> read(settings).contains("\"desktopNotifications\" : false"));
        assertThat(app.noticeDispatcher().desktopEnabled()).as("the notices follow at once").isFalse();
        assertThat(new SettingsStore(dir).load().desktopNotifications()).isFalse();

        robot.clickOn(desktopNotifications);

        FxWait.until(() -> read(settings).contains("\"desktopNotifications\" : true"));
        assertThat(app.noticeDispatcher().desktopEnabled()).isTrue();
        robot.clickOn("Close");
    }

    private static Paint background(FxRobot robot, String query) {
        AtomicReference<Paint> fill = new AtomicReference<>();
        robot.interact(() -> {
            Region region = robot.lookup(query).queryAs(Region.class);
            region.applyCss();
            fill.set(region.getBackground() == null ? null : region.getBackground().getFills().get(0).getFill());
        });
        return fill.get();
    }

    @Test
    void tokensAndTheCountdownUseAFixedWidthFontByName(FxRobot robot) {
        Font[] fonts = new Font[2];
        robot.interact(() -> {
            TextArea token = robot.lookup("#accessTokenField").queryAs(TextArea.class);
            Label countdown = robot.lookup("#countdownLabel").queryAs(Label.class);
            token.applyCss();
            countdown.applyCss();
            fonts[0] = token.getFont();
            fonts[1] = countdown.getFont();
        });

        for (Font font : fonts) {
            // a named family, not the logical one that fontconfig maps to a proportional CJK font in Chinese
            assertThat(font.getFamily()).isEqualTo(MonospaceFont.family());
            assertThat(width("iiiiiiiiii", font)).isEqualTo(width("MMMMMMMMMM", font), offset(0.01));
            assertThat(width("1111111111", font)).isEqualTo(width("0000000000", font), offset(0.01));
        }
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static double fontSize(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        double[] size = new double[1];
        robot.interact(() -> {
            node.applyCss();
            size[0] = node instanceof TextArea area ? area.getFont().getSize() : ((Label) node).getFont().getSize();
        });
        return size[0];
    }

    private static Parent root(FxRobot robot, String query) {
        return robot.lookup(query).query().getScene().getRoot();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
