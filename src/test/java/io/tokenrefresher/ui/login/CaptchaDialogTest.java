package io.tokenrefresher.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FxWait;
import io.tokenrefresher.testing.TestTokens;
import io.tokenrefresher.ui.common.RequestForm;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The log-in dialog on a captcha-mode BladeX gateway, in the real window: the password grant refused
 * switches it to captcha mode with an image; a wrong code is refused and a new image comes by itself;
 * the right code, typed and sent with Enter, logs in.
 */
@ExtendWith(ApplicationExtension.class)
class CaptchaDialogTest {
    private final FakeGateway gateway = FakeGateway.builder().tokenPath("/blade-auth/oauth/token")
            .requireClient("saber", "saber_secret").captcha().md5Passwords().start();
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

    @AfterEach
    void stop() {
        gateway.close();
        context.close();
    }

    @Test
    void passwordRefusedSwitchesToCaptchaAndAWrongCodeBringsANewImage(FxRobot robot) {
        RequestForm form = app.mainController().viewModel().form();
        robot.interact(() -> {
            form.gatewayProperty().set(gateway.baseUrl());
            form.applyPreset(GatewayPreset.BLADEX);
        });
        robot.clickOn("#loginButton");
        FxWait.until(() -> robot.lookup("#loginPasswordField").tryQuery().isPresent());
        robot.clickOn("#loginUsernameField").write(TestTokens.USER_NAME);
        robot.clickOn("#loginPasswordField").write("bullfrog_password");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> gateway.lastCaptchaKey() != null && image(robot) != null);
        assertThat(label(robot, "#loginMessage")).contains("wants a captcha login");
        assertThat(form.kind().captchaLoginProperty().get()).as("the profile remembers it").isTrue();
        String firstKey = gateway.lastCaptchaKey();
        FxWait.until(() -> robot.lookup("#captchaCodeField").queryAs(TextField.class).isFocused());

        robot.write("0000");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> !firstKey.equals(gateway.lastCaptchaKey()));
        FxWait.until(() -> label(robot, "#loginMessage").contains("captcha"));
        assertThat(label(robot, "#loginMessage")).contains("验证码不正确");
        assertThat(gateway.requests().stream().filter(r -> r.path().endsWith("/captcha")).count()).isEqualTo(2);
        String secondKey = gateway.lastCaptchaKey();
        FxWait.until(() -> robot.lookup("#captchaCodeField").queryAs(TextField.class).getText().isEmpty());

        robot.clickOn("#captchaCodeField").write(gateway.captchaCode(secondKey));
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> !robot.lookup("#accessTokenField").queryAs(TextInputControl.class).getText().isEmpty());
        assertThat(robot.lookup("#loginPasswordField").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(gateway.lastRequest().header("Captcha-Key")).isEqualTo(secondKey);
        assertThat(gateway.lastRequest().formParameters()).containsEntry("grant_type", "captcha");
    }

    private static Object image(FxRobot robot) {
        return robot.lookup("#captchaImage").tryQuery().map(n -> ((ImageView) n).getImage()).orElse(null);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
