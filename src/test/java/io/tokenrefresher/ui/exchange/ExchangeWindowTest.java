package io.tokenrefresher.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FxWait;
import io.tokenrefresher.testing.TestTokens;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Scene;
import io.tokenrefresher.ui.negative.NegativeTestsViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The exchange view in the real window, after Auto fell back to the form against a real gateway. */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {
    private FakeGateway gateway;
    private AppContext context;
    @TempDir
    static Path profilesDir;

    @Start
    void start(Stage stage) {
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH, () -> new ProfileService(
                new ProfileStore(profilesDir), CredentialStore.none("no credential store in this test")));
        stage.setScene(new Scene(new TokenRefresherApp().buildMainView(context), 1120, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        context.close();
    }

    @Test
    void bothSendsOfAFallbackAreShownMaskedUntilRevealedAndCopyAsCurlWorks(FxRobot robot) {
        gateway = FakeGateway.builder().ignoreJsonBodies().start();
        String token = refreshOnce(robot);
        robot.clickOn("Exchange");

        String shown = text(robot, "#exchangeText");
        assertThat(shown).contains("### Attempt 1 of 2: JSON body — the gateway ignored the JSON body")
                .contains("### Attempt 2 of 2: form body — sent again as a form by Auto")
                .contains("HTTP/1.1 400").contains("HTTP/1.1 200")
                .contains("refresh_token=" + token.substring(0, 12) + "…")
                .doesNotContain(token).doesNotContain(text(robot, "#accessTokenField"));

        robot.clickOn("#revealButton");
        assertThat(robot.lookup("#revealButton").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(text(robot, "#exchangeText")).contains(token).contains(text(robot, "#accessTokenField"));

        robot.clickOn("#copyAsButton");
        robot.clickOn("cURL (bash)");
        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).startsWith("curl --http1.1 -sS '" + gateway.tokenUrl() + "'")
                .contains("-H 'Content-Type: application/x-www-form-urlencoded;charset=UTF-8'")
                .contains("'grant_type=refresh_token&refresh_token='\"$REFRESH_TOKEN\"'&scope=all'")
                .doesNotContain(token);
        assertThat(robot.lookup("#copyAsButton").queryAs(MenuButton.class).isDisabled()).isFalse();
    }

    @Test
    void negativeTestsFillTheirTableAndLeaveTheSessionsTokensAlone(FxRobot robot) {
        gateway = FakeGateway.builder().grantedScope("all").start();
        String token = refreshOnce(robot);
        String access = text(robot, "#accessTokenField");
        String newRefresh = text(robot, "#newRefreshTokenField");

        robot.clickOn("#negativeTestsButton");
        robot.clickOn("Run all");
        FxWait.until(() -> robot.lookup("#negativeTestsStatus").queryAs(Label.class).getText().contains("passed"));

        TableView<NegativeTestsViewModel.Row> table = robot.lookup("#negativeTestsTable").queryTableView();
        List<NegativeTestsViewModel.Row> rows = new ArrayList<>();
        robot.interact(() -> rows.addAll(table.getItems()));
        assertThat(rows).extracting(NegativeTestsViewModel.Row::testCase).containsExactly(
                "Access token sent as refresh token", "Refresh token with an altered signature",
                "Expired refresh token", "Without Tenant-Id", "Wrong client secret",
                "Another scope than the granted one", "Empty body");
        assertThat(rows).extracting(NegativeTestsViewModel.Row::result)
                .containsExactly("pass", "pass", "skipped", "skipped", "skipped", "pass", "pass");
        assertThat(rows.get(5).expected()).isEqualTo("400 invalid_scope");
        assertThat(rows.get(5).actual()).startsWith("400 invalid_scope: Unable to narrow the scope");
        assertThat(robot.lookup("#negativeTestsStatus").queryAs(Label.class).getText())
                .isEqualTo("4 passed, 0 failed, 3 skipped. None of them changed the session's tokens.");
        // the other scope and the empty body went out; the window still shows the pair of the real refresh
        assertThat(text(robot, "#accessTokenField")).isEqualTo(access);
        assertThat(text(robot, "#newRefreshTokenField")).isEqualTo(newRefresh);

        robot.clickOn("#copyMarkdownButton");
        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).startsWith("| Case | Expected | Actual | Result |")
                .contains("| Another scope than the granted one | 400 invalid_scope | 400 invalid_scope:");
    }

    @Test
    void aSecretVerifiesTheShownTokenAndTheDefaultKeyIsCalledOut(FxRobot robot) {
        gateway = FakeGateway.start(); // signs with SpringBlade's public default key, as an unconfigured BladeX
        refreshOnce(robot);
        FxWait.until(() -> robot.lookup("#signatureWarnings").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#signatureWarnings").queryAs(Label.class).getText())
                .contains("This environment signs with SpringBlade's public default key: anyone can mint tokens.");
        assertThat(robot.lookup("#signatureBadge").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#signatureLabel").queryAs(Label.class).getText()).contains("not verified");

        robot.clickOn("#signatureKeyButton");
        robot.clickOn("#signatureKeyText").write(TestTokens.DEFAULT_SECRET);
        robot.clickOn("OK");

        FxWait.until(() -> robot.lookup("#signatureBadge").queryAs(Label.class).isVisible());
        Label badge = robot.lookup("#signatureBadge").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("Verified (HS256)");
        assertThat(badge.getStyleClass()).contains("status-success");
        assertThat(robot.lookup("#signatureLabel").queryAs(Label.class).isVisible()).isFalse();
    }

    /** Types the gateway and a valid refresh token, refreshes, waits for the tokens; the token sent. */
    private String refreshOnce(FxRobot robot) {
        String token = gateway.validRefreshToken();
        robot.interact(() -> {
            robot.lookup("#gatewayField").queryAs(TextField.class).setText(gateway.baseUrl());
            robot.lookup("#refreshTokenField").queryAs(TextArea.class).setText(token);
        });
        robot.clickOn("#refreshButton");
        FxWait.until(() -> !text(robot, "#accessTokenField").isEmpty());
        return token;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }
}
