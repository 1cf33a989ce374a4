package io.tokenrefresher.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.FxThreadWatchdog;
import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FxWait;
import io.tokenrefresher.testing.TestTokens;
import io.tokenrefresher.ui.common.ClaimRowView;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real main window (headless via Monocle) against a real fake gateway on 127.0.0.1. */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class MainWindowTest {
    private FakeGateway gateway;
    private AppContext context;
    private TokenRefresherApp app;
    @TempDir
    static Path profilesDir;

    @Start
    void start(Stage stage) {
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH, () -> new ProfileService(
                new ProfileStore(profilesDir), CredentialStore.none("no credential store in this test")));
        app = new TokenRefresherApp();
        stage.setScene(new Scene(app.buildMainView(context), 1120, 780));
        stage.show();
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
    void refreshShowsBothTokensClaimsResponseFieldsAndCountdown(FxRobot robot) {
        enter(robot, gateway.baseUrl(), gateway.validRefreshToken());
        robot.clickOn("#refreshButton");

        waitUntil(() -> !text(robot, "#accessTokenField").isEmpty());
        assertThat(text(robot, "#newRefreshTokenField")).startsWith("eyJ").isNotEqualTo(text(robot, "#accessTokenField"));
        assertThat(label(robot, "#statusLabel")).startsWith("HTTP 200 in").contains("bullfrog_cpms");

        List<ClaimRowView> claims = rows(robot, "#claimsTable");
        assertThat(claims).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("nick_name");
            assertThat(r.value()).isEqualTo(TestTokens.NICK_NAME);
        });
        assertThat(claims).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("exp");
            assertThat(r.value()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d {2}\\(in \\d+ min\\)");
        });
        assertThat(rows(robot, "#responseTable")).extracting(ClaimRowView::name)
                .startsWith("company_id", "password_expired", "user_name").contains("nick_name", "dept_id", "jti");
        assertThat(label(robot, "#countdownLabel")).matches("00:59:\\d\\d");
        assertThat(label(robot, "#pairCheckLabel")).contains("refresh.ati = access.jti");

        // the request went out as the gateway document says
        assertThat(gateway.lastRequest().contentType()).isEqualTo("application/json;charset=UTF-8");
    }

    @Test
    void refusedConnectionIsNamedAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String token = gateway.validRefreshToken();
        enter(robot, "http://127.0.0.1:" + closedPort, token);
        robot.clickOn("#refreshButton");

        waitUntil(() -> label(robot, "#statusLabel").contains("refused"));
        assertThat(label(robot, "#statusLabel"))
                .isEqualTo("Connection refused by 127.0.0.1:" + closedPort + ": nothing is listening there."
                        + " — Check the port and whether the gateway is running.");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getStyleClass()).contains("status-error");
        assertThat(robot.lookup("#gatewayField").queryAs(TextField.class).getText())
                .isEqualTo("http://127.0.0.1:" + closedPort);
        assertThat(text(robot, "#refreshTokenField")).isEqualTo(token);
    }

    @Test
    void cancelStopsASlowRequest(FxRobot robot) {
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofSeconds(20)));
        enter(robot, gateway.baseUrl(), gateway.validRefreshToken());
        robot.clickOn("#refreshButton");
        waitUntil(() -> !robot.lookup("#cancelButton").queryButton().isDisabled());
        assertThat(robot.lookup("#refreshButton").queryButton().isDisabled()).isTrue();
        // a slow request gets the spinner (a fast one never shows it: it appears after 200 ms)
        waitUntil(() -> robot.lookup("#busyIndicator").query().isVisible());

        robot.clickOn("#cancelButton");

        waitUntil(() -> label(robot, "#statusLabel").equals("Cancelled."));
        assertThat(robot.lookup("#busyIndicator").query().isVisible()).isFalse();
        assertThat(robot.lookup("#refreshButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(text(robot, "#accessTokenField")).isEmpty();
    }

    @Test
    void warmingUpTheResultViewsLeavesNothingBehind(FxRobot robot) {
        robot.interact(() -> app.mainController().warmUpResultViews());

        // no made-up row stays on screen
        assertThat(rows(robot, "#claimsTable")).isEmpty();
        assertThat(rows(robot, "#responseTable")).isEmpty();

        // and the tables still follow the view model: a refresh fills them with its rows
        enter(robot, gateway.baseUrl(), gateway.validRefreshToken());
        robot.clickOn("#refreshButton");
        waitUntil(() -> !text(robot, "#accessTokenField").isEmpty());
        List<ClaimRowView> claimRows = new ArrayList<>();
        List<ClaimRowView> responseRows = new ArrayList<>();
        robot.interact(() -> {
            claimRows.addAll(app.mainController().viewModel().claims().rows());
            responseRows.addAll(app.mainController().viewModel().result().responseRows());
        });
        assertThat(claimRows).extracting(ClaimRowView::name).contains("nick_name");
        assertThat(responseRows).isNotEmpty();
        assertThat(rows(robot, "#claimsTable")).isEqualTo(claimRows);
        assertThat(rows(robot, "#responseTable")).isEqualTo(responseRows);
    }

    @Test
    void autoPlacementFallsBackToAFormAndSaysSo(FxRobot robot) {
        gateway.close();
        gateway = FakeGateway.builder().ignoreJsonBodies().start();
        enter(robot, gateway.baseUrl(), gateway.validRefreshToken());
        robot.clickOn("#refreshButton");

        waitUntil(() -> !text(robot, "#accessTokenField").isEmpty());
        assertThat(label(robot, "#statusLabel")).contains("this gateway ignores JSON bodies; sent as a form"
                .replace("this", "This"));
        assertThat(gateway.requests()).hasSize(2);
    }

    @Test
    void pastedAccessTokenIsFlaggedBeforeSending(FxRobot robot) {
        String accessToken = gateway.tokens().pair().accessToken();
        enter(robot, gateway.baseUrl(), "Bearer " + accessToken + "\n");

        assertThat(label(robot, "#pastedNoticeLabel")).contains("looks like an access token");
        assertThat(rows(robot, "#claimsTable")).extracting(ClaimRowView::name)
                .contains("user_name", "jti").doesNotContain("ati");
    }

    @Test
    void ctrlEnterSendsAndExpiredAnswerShowsExpiredCountdown(FxRobot robot) {
        gateway.close();
        gateway = FakeGateway.builder().accessLifetime(Duration.ofMinutes(-3)).start();
        enter(robot, gateway.baseUrl(), gateway.validRefreshToken());
        robot.clickOn("#refreshTokenField");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil(() -> !text(robot, "#accessTokenField").isEmpty());
        assertThat(label(robot, "#countdownLabel")).isEqualTo("Expired 3 min ago");
        assertThat(label(robot, "#statusLabel")).contains("already expired");
    }

    @Test
    void logInWithAnMd5PasswordFillsTheSameResultView(FxRobot robot) {
        gateway.close();
        gateway = FakeGateway.builder().md5Passwords().start();
        enter(robot, gateway.baseUrl(), "");
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#loginPasswordField").tryQuery().isPresent());
        robot.clickOn("#loginUsernameField").write(TestTokens.USER_NAME);
        robot.clickOn("#loginPasswordField").write("bullfrog_password");
        assertThat(robot.lookup("#loginMd5Box").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("Log in");

        waitUntil(() -> !text(robot, "#accessTokenField").isEmpty());
        assertThat(gateway.lastRequest().bodyText()).contains("\"grant_type\":\"password\"")
                .doesNotContain("bullfrog_password");
        assertThat(label(robot, "#countdownLabel")).matches("00:59:\\d\\d");
        assertThat(rows(robot, "#claimsTable")).isNotEmpty();
    }

    /** A copy of a table's rows taken on the FX thread, which may be updating them. */
    private static List<ClaimRowView> rows(FxRobot robot, String query) {
        TableView<ClaimRowView> table = robot.lookup(query).queryTableView();
        List<ClaimRowView> copy = new ArrayList<>();
        robot.interact(() -> copy.addAll(table.getItems()));
        return copy;
    }

    private static void enter(FxRobot robot, String gatewayUrl, String token) {
        robot.interact(() -> {
            robot.lookup("#gatewayField").queryAs(TextField.class).setText(gatewayUrl);
            robot.lookup("#refreshTokenField").queryAs(TextArea.class).setText(token);
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) {
        FxWait.until(condition);
    }
}
