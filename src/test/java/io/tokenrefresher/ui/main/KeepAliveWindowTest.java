package io.tokenrefresher.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.history.RefreshRecord;
import io.tokenrefresher.core.history.RefreshVerdict;
import io.tokenrefresher.core.profile.AutoRefresh;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.core.session.SessionState;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FxWait;
import io.tokenrefresher.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two environments kept alive in the real window (headless): UAT re-signs its refresh token like the
 * seed's gateway and issues 5-second access tokens, so it is refreshed on its own every few seconds;
 * DEV rotates. Both stay alive while the other is shown, the selector shows both states, a refusal
 * turns UAT red, and the history says re-signed / rotated.
 */
@ExtendWith(ApplicationExtension.class)
class KeepAliveWindowTest {
    @TempDir
    static Path home;

    private FakeGateway uatGateway;
    private FakeGateway devGateway;
    private AppContext context;
    private GatewayProfile uat;
    private GatewayProfile dev;

    @Start
    void start(Stage stage) throws Exception {
        uatGateway = FakeGateway.builder().accessLifetime(Duration.ofSeconds(5)).start();
        devGateway = FakeGateway.builder().refreshTokens(FakeGateway.RefreshTokens.ROTATE).start();
        Path dir = Files.createTempDirectory(home, "profiles");
        ProfileService setUp = new ProfileService(new ProfileStore(dir), new FakeCredentialStore());
        setUp.load();
        uat = setUp.update(setUp.profiles().get(0).withName("UAT").withEndpoint(setUp.profiles().get(0).endpoint()
                .withGateway(uatGateway.baseUrl())).withAutoRefresh(new AutoRefresh(true, 0)));
        GatewayProfile created = setUp.create("DEV");
        dev = setUp.update(created.withEndpoint(created.endpoint().withGateway(devGateway.baseUrl()))
                .withClient(created.client().withMd5Password(false)));
        setUp.select(uat.id());
        setUp.save();
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH,
                () -> new ProfileService(new ProfileStore(dir), new FakeCredentialStore()));
        TokenRefresherApp app = new TokenRefresherApp();
        stage.setScene(new Scene(app.buildMainView(context), 1280, 780));
        stage.show();
        app.restoreSession(stage);
    }

    @AfterEach
    void stop() {
        context.close();
        uatGateway.close();
        devGateway.close();
    }

    @Test
    void twoSessionsStayAliveSideBySideAndTheHistoryJudgesTheirRefreshTokens(FxRobot robot) {
        FxWait.until(() -> selectedName(robot).equals("UAT"));
        logIn(robot);
        // UAT refreshes on its own: 5-second tokens, refreshed half a second ahead
        FxWait.until(() -> label(robot, "#statusLabel").startsWith("Auto-refreshed at"));

        choose(robot, dev);
        FxWait.until(() -> selectedName(robot).equals("DEV"));
        robot.clickOn("#autoRefreshToggle");
        assertThat(robot.lookup("#autoRefreshToggle").queryAs(ToggleButton.class).isSelected()).isTrue();
        logIn(robot);
        FxWait.until(() -> records(robot).stream().anyMatch(r -> r.profileId().equals(dev.id())));
        robot.clickOn("#useRefreshButton");
        robot.clickOn("#refreshButton"); // DEV by hand: the gateway rotates

        int uatAutoBefore = autoRefreshes(robot, uat);
        FxWait.until(() -> autoRefreshes(robot, uat) > uatAutoBefore); // still alive while DEV is shown
        FxWait.until(() -> context.autoRefresher().status(dev.id()).state() == SessionState.ALIVE);
        assertThat(context.autoRefresher().status(uat.id()).state())
                .isIn(SessionState.ALIVE, SessionState.REFRESHING);
        assertThat(context.autoRefresher().status(dev.id()).keptAlive()).isTrue();

        robot.clickOn("#profileSelector");
        FxWait.until(() -> robot.lookup(".list-cell .session-dot").queryAll().size() >= 2);
        List<String> dots = new ArrayList<>();
        robot.interact(() -> robot.lookup(".combo-box-popup .list-cell .session-dot").queryAll()
                .forEach(n -> dots.addAll(n.getStyleClass())));
        assertThat(dots).contains("session-alive");
        assertThat(robot.lookup(".combo-box-popup .session-state-text").queryAll())
                .extracting(n -> ((Label) n).getText()).anyMatch(t -> t.matches("\\d\\d:\\d\\d"));
        robot.clickOn("#profileSelector");

        robot.clickOn("History");
        FxWait.until(() -> records(robot).stream().anyMatch(r -> r.verdict() == RefreshVerdict.ROTATED));
        assertThat(records(robot)).filteredOn(r -> r.profileId().equals(uat.id()) && r.automatic())
                .isNotEmpty().allMatch(r -> r.verdict() == RefreshVerdict.RESIGNED);
        // choosing a re-signed row shows its answer again, with the verdict and the changed claims marked
        robot.interact(() -> {
            TableView<RefreshRecord> table = robot.lookup("#historyTable").queryTableView();
            int row = table.getItems().indexOf(table.getItems().stream()
                    .filter(r -> r.verdict() == RefreshVerdict.RESIGNED).findFirst().orElseThrow());
            table.getSelectionModel().select(row);
        });
        assertThat(label(robot, ".history-verdict")).startsWith("re-signed (same jti and exp; the chain still ends at");
        robot.clickOn("Decoded claims");
        FxWait.until(() -> !robot.lookup(".claim-diff-changed").queryAll().isEmpty());

        // a refusal stops UAT's keep-alive and turns it red, with the words of a manual refresh
        uatGateway.enqueue(FakeGateway.Fault.json(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token: x\"}"));
        FxWait.until(() -> context.autoRefresher().status(uat.id()).state() == SessionState.FAILED);
        choose(robot, uat);
        FxWait.until(() -> label(robot, "#statusLabel").startsWith("Auto-refresh stopped:"));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getStyleClass()).contains("status-error");
        assertThat(label(robot, "#statusLabel")).contains("—");
        Node buttonCell = robot.lookup("#profileSelector .list-cell").query();
        FxWait.until(() -> buttonCell.getStyleClass().contains("session-failed"));
        // and the notice banner says so too (the desktop would, where the test has no notifier)
        FxWait.until(() -> robot.lookup("#sessionNoticeBanner").query().isVisible());
        assertThat(label(robot, "#sessionNoticeTitleLabel")).isEqualTo(uat.name() + ": the session failed");
        assertThat(label(robot, "#sessionNoticeBodyLabel")).contains("invalid_grant");
    }

    private void logIn(FxRobot robot) {
        robot.clickOn("#loginButton");
        FxWait.until(() -> robot.lookup("#loginPasswordField").tryQuery().isPresent());
        robot.interact(() -> {
            // the dialog remembers the last user name
            robot.lookup("#loginUsernameField").queryAs(TextInputControl.class).setText(TestTokens.USER_NAME);
            robot.lookup("#loginPasswordField").queryAs(TextInputControl.class).setText("bullfrog_password");
            robot.lookup("#loginMd5Box").queryAs(CheckBox.class).setSelected(false);
        });
        robot.clickOn("Log in");
        FxWait.until(() -> robot.lookup("#loginPasswordField").tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, GatewayProfile profile) {
        robot.interact(() -> {
            ComboBox<GatewayProfile> box = robot.lookup("#profileSelector").queryComboBox();
            box.getItems().stream().filter(p -> p.id().equals(profile.id())).findFirst().ifPresent(box::setValue);
        });
    }

    private static String selectedName(FxRobot robot) {
        ComboBox<GatewayProfile> box = robot.lookup("#profileSelector").queryComboBox();
        GatewayProfile value = box.getValue();
        return value == null ? "" : value.name();
    }

    private List<RefreshRecord> records(FxRobot robot) {
        return context.history().records();
    }

    private int autoRefreshes(FxRobot robot, GatewayProfile profile) {
        return (int) records(robot).stream().filter(r -> r.profileId().equals(profile.id()) && r.automatic()).count();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
