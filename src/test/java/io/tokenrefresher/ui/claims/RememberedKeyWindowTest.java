package io.tokenrefresher.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.testing.FxThreadWatchdog;
import io.tokenrefresher.testing.FxWait;
import io.tokenrefresher.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A verification key remembered for a profile, in the real window: it comes back with its profile. */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class RememberedKeyWindowTest {
    private static final String SECRET = "a-per-profile-hmac-secret-for-this-gateway";

    @TempDir
    static Path home;

    private final FakeCredentialStore credentials = new FakeCredentialStore();
    private AppContext context;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory(home, "profiles");
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH,
                () -> new ProfileService(new ProfileStore(dir), credentials));
        TokenRefresherApp app = new TokenRefresherApp();
        stage.setScene(new Scene(app.buildMainView(context), 1120, 780));
        stage.show();
        app.restoreSession(stage);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void aRememberedKeyVerifiesAgainWhenItsProfileIsShownAgainAndStaysWithIt(FxRobot robot) throws Exception {
        String token = new TestTokens(SECRET, Clock.systemUTC()).pair().accessToken();
        FxWait.until(() -> selected(robot) != null);
        String exampleId = selected(robot).id();
        paste(robot, token);
        FxWait.until(() -> robot.lookup("#signatureLabel").queryAs(Label.class).getText().contains("not verified"));

        robot.clickOn("#signatureKeyButton");
        robot.clickOn("#signatureKeyText").write(SECRET);
        CheckBox remember = robot.lookup("#signatureKeyRemember").queryAs(CheckBox.class);
        assertThat(remember.isSelected()).isFalse();
        robot.clickOn(remember);
        robot.clickOn("OK");
        FxWait.until(() -> badge(robot).equals("Verified (HS256)"));
        FxWait.until(() -> credentials.entries().containsKey(exampleId + "/verification-key"));
        assertThat(credentials.entries().get(exampleId + "/verification-key")).contains(SECRET);
        assertThat(Files.readString(dir.resolve(ProfileStore.FILE_NAME), StandardCharsets.UTF_8))
                .doesNotContain(SECRET);

        // another profile: the remembered key stays with its own profile
        robot.clickOn("#newProfileButton");
        FxWait.until(() -> selectedName(robot).equals("New profile"));
        paste(robot, token);
        FxWait.until(() -> robot.lookup("#signatureLabel").queryAs(Label.class).getText().contains("not verified"));
        assertThat(robot.lookup("#signatureBadge").queryAs(Label.class).isVisible()).isFalse();

        choose(robot, "Example");
        FxWait.until(() -> badge(robot).equals("Verified (HS256)"));
        assertThat(robot.lookup("#signatureBadge").queryAs(Label.class).isVisible()).isTrue();

        // the dialog opens on the remembered key; unticking Remember forgets it, the key stays in use
        robot.clickOn("#signatureKeyButton");
        assertThat(robot.lookup("#signatureKeyText").queryAs(TextArea.class).getText()).isEqualTo(SECRET);
        CheckBox rememberAgain = robot.lookup("#signatureKeyRemember").queryAs(CheckBox.class);
        assertThat(rememberAgain.isSelected()).isTrue();
        robot.clickOn(rememberAgain);
        robot.clickOn("OK");
        FxWait.until(() -> !credentials.entries().containsKey(exampleId + "/verification-key"));
        assertThat(badge(robot)).isEqualTo("Verified (HS256)");
    }

    private static void paste(FxRobot robot, String token) {
        robot.interact(() -> robot.lookup("#refreshTokenField").queryAs(TextInputControl.class).setText(token));
    }

    private static String badge(FxRobot robot) {
        return robot.lookup("#signatureBadge").queryAs(Label.class).getText();
    }

    private static void choose(FxRobot robot, String name) {
        ComboBox<GatewayProfile> box = robot.lookup("#profileSelector").queryComboBox();
        robot.interact(() -> box.getItems().stream().filter(p -> p.name().equals(name)).findFirst()
                .ifPresent(box::setValue));
        FxWait.until(() -> selectedName(robot).equals(name));
    }

    /** Read once: the selector is briefly empty while a new profile is added and selected. */
    private static String selectedName(FxRobot robot) {
        GatewayProfile profile = selected(robot);
        return profile == null ? "" : profile.name();
    }

    private static GatewayProfile selected(FxRobot robot) {
        ComboBox<GatewayProfile> box = robot.lookup("#profileSelector").queryComboBox();
        return box.getValue();
    }
}
