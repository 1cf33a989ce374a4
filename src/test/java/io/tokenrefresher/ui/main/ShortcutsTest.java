package io.tokenrefresher.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.FxThreadWatchdog;
import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FxWait;
import io.tokenrefresher.ui.profiles.ProfilesViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each keyboard shortcut of the main window, pressed with the robot, against the real fake gateway. */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class ShortcutsTest {
    @TempDir
    static Path home;
    private FakeGateway gateway;
    private AppContext context;
    private TokenRefresherApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory(home, "profiles");
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH, () -> new ProfileService(
                new ProfileStore(dir), CredentialStore.none("no credential store in this test")));
        app = new TokenRefresherApp();
        stage.setScene(new Scene(app.buildMainView(context), 1366, 700));
        stage.show();
        app.restoreSession(stage);
    }

    @BeforeEach
    void startGateway() {
        gateway = FakeGateway.start();
    }

    @AfterEach
    void stop() {
        gateway.close();
        context.close();
    }

    @Test
    void copyShortcutsPutTheAccessTokenAndTheHeaderOnTheClipboard(FxRobot robot) {
        refresh(robot);
        String access = text(robot, "#accessTokenField");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(clipboard(robot)).isEqualTo(access);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(clipboard(robot)).isEqualTo("Authorization: Bearer " + access);
    }

    @Test
    void useNewRefreshTokenMovesItIntoTheInput(FxRobot robot) {
        refresh(robot);
        String newRefresh = text(robot, "#newRefreshTokenField");
        assertThat(text(robot, "#refreshTokenField")).isNotEqualTo(newRefresh);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(text(robot, "#refreshTokenField")).isEqualTo(newRefresh);
    }

    @Test
    void ctrlLAndCtrlTFocusTheGatewayAndTheRefreshToken(FxRobot robot) {
        robot.clickOn("#scopeField");

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertThat(focusOwner(robot)).isSameAs(robot.lookup("#refreshTokenField").query());

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertThat(focusOwner(robot)).isSameAs(robot.lookup("#gatewayField").query());
    }

    @Test
    void tabLeavesTheRefreshTokenFieldInsteadOfTypingATab(FxRobot robot) {
        robot.clickOn("#refreshTokenField").write("abc");

        robot.type(KeyCode.TAB);

        assertThat(text(robot, "#refreshTokenField")).isEqualTo("abc");
        assertThat(focusOwner(robot)).isNotSameAs(robot.lookup("#refreshTokenField").query());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(focusOwner(robot)).isSameAs(robot.lookup("#refreshTokenField").query());
    }

    @Test
    void ctrlDigitChoosesTheNthProfileAndCtrlTabTheNext(FxRobot robot) {
        ProfilesViewModel profiles = app.profilesViewModel();
        FxWait.until(() -> profiles.selectedProperty().get() != null);
        robot.interact(profiles::create);
        FxWait.until(() -> profiles.profiles().size() == 2);
        robot.interact(profiles::create);
        FxWait.until(() -> profiles.profiles().size() == 3);
        Supplier<GatewayProfile> selected = () -> profiles.selectedProperty().get();
        robot.clickOn("#gatewayField");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxWait.until(() -> selected.get().id().equals(profiles.profiles().get(0).id()));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        FxWait.until(() -> selected.get().id().equals(profiles.profiles().get(2).id()));

        // Ctrl+Tab from a text area too (JavaFX would otherwise move the focus with it)
        robot.clickOn("#refreshTokenField");
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        FxWait.until(() -> selected.get().id().equals(profiles.profiles().get(0).id()));
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        FxWait.until(() -> selected.get().id().equals(profiles.profiles().get(1).id()));

        // a digit past the last profile does nothing
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        assertThat(selected.get().id()).isEqualTo(profiles.profiles().get(1).id());
    }

    @Test
    void ctrlShiftLOpensTheLogInDialog(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);

        FxWait.until(() -> robot.lookup("#loginPasswordField").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#loginPasswordField").tryQuery().isEmpty());
    }

    @Test
    void f1ShowsTheShortcutListAndEscOrF1ClosesIt(FxRobot robot) {
        robot.clickOn("#gatewayField");
        robot.type(KeyCode.F1);

        FxWait.until(() -> robot.lookup("#shortcutsHelp").tryQuery().isPresent());
        assertThat(robot.lookup("#shortcutsHelp .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Ctrl+Shift+C", "Copy the access token", "Ctrl+,", "Ctrl+1 … 9", "F1");
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#shortcutsHelp").tryQuery().isEmpty());

        robot.type(KeyCode.F1);
        FxWait.until(() -> robot.lookup("#shortcutsHelp").tryQuery().isPresent());
        robot.type(KeyCode.F1);
        FxWait.until(() -> robot.lookup("#shortcutsHelp").tryQuery().isEmpty());
        assertThat(Window.getWindows()).containsOnly(stage);
    }

    @Test
    void ctrlCommaOpensTheSettings(FxRobot robot) {
        robot.clickOn("#gatewayField");

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);

        FxWait.until(() -> robot.lookup("#settingsPane").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#settingsPane").tryQuery().isEmpty());
    }

    @Test
    void ctrlShiftAShowsAndHidesAdvanced(FxRobot robot) {
        robot.clickOn("#gatewayField");
        assertThat(robot.lookup("#advancedPane").query().isVisible()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#advancedPane").query().isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> !robot.lookup("#advancedPane").query().isVisible());
    }

    @Test
    void ctrlEOpensTheProfileEditor(FxRobot robot) {
        robot.clickOn("#gatewayField");

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        FxWait.until(() -> robot.lookup("#profileEditor").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#profileEditor").tryQuery().isEmpty());
        assertThat(robot.lookup("#editProfileButton").queryButton().getTooltip().getText()).contains("Ctrl+E");
    }

    @Test
    void escCancelsASlowRequestAndTooltipsNameTheShortcuts(FxRobot robot) {
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofSeconds(20)));
        enter(robot);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        FxWait.until(() -> !robot.lookup("#cancelButton").queryButton().isDisabled());

        robot.type(KeyCode.ESCAPE);

        FxWait.until(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().equals("Cancelled."));
        assertThat(robot.lookup("#copyAccessButton").queryButton().getTooltip().getText()).contains("Ctrl+Shift+C");
        assertThat(robot.lookup("#loginButton").queryButton().getTooltip().getText()).contains("Ctrl+Shift+L");
        assertThat(robot.lookup("#refreshButton").queryButton().getTooltip().getText()).endsWith("(Ctrl+Enter)");
        assertThat(robot.lookup("#statusLabel").query().getAccessibleText()).isEqualTo("Cancelled.");
    }

    private void refresh(FxRobot robot) {
        enter(robot);
        robot.clickOn("#refreshButton");
        FxWait.until(() -> !text(robot, "#accessTokenField").isEmpty());
    }

    private void enter(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#gatewayField").queryAs(TextInputControl.class).setText(gateway.baseUrl());
            robot.lookup("#refreshTokenField").queryAs(TextArea.class).setText(gateway.validRefreshToken());
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private static String clipboard(FxRobot robot) {
        AtomicReference<String> content = new AtomicReference<>();
        robot.interact(() -> content.set(Clipboard.getSystemClipboard().getString()));
        return content.get();
    }

    private Node focusOwner(FxRobot robot) {
        AtomicReference<Node> owner = new AtomicReference<>();
        robot.interact(() -> owner.set(stage.getScene().getFocusOwner()));
        return owner.get();
    }
}
