package io.tokenrefresher.testing;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.main.MainViewModel;
import io.tokenrefresher.ui.settings.Appearance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The window in the states the presets issue shows, for screenshots under Xvfb (not a test):
 * {@code springblade} logs in to a SpringBlade fake gateway; {@code captcha} opens the log-in dialog on a
 * captcha-mode BladeX fake gateway and sends a wrong code, so the refusal and the new image show.
 * Run with the test classpath: {@code java -cp ... io.tokenrefresher.testing.PresetScreens$Launcher captcha}.
 */
public final class PresetScreens extends Application {
    private static String mode = "springblade";

    /** The entry point: a class that is not an Application, so the JDK launcher starts it from the classpath. */
    public static final class Launcher {
        public static void main(String[] args) {
            mode = args.length > 0 ? args[0] : mode;
            Application.launch(PresetScreens.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(Appearance.themeStylesheet(false));
        boolean captcha = mode.equals("captcha");
        FakeGateway gateway = captcha
                ? FakeGateway.builder().tokenPath("/blade-auth/oauth/token").requireClient("saber", "saber_secret")
                .captcha().md5Passwords().start()
                : FakeGateway.builder().springBlade().requireClient("saber", "saber_secret").md5Passwords().start();
        Path home = tempDir();
        AppContext context = new AppContext(Clock.systemDefaultZone(), Locale.getDefault(), () -> new ProfileService(
                new ProfileStore(home), CredentialStore.none("screens")));
        TokenRefresherApp app = new TokenRefresherApp();
        Scene scene = new Scene(app.buildMainView(context), 1366, 740);
        app.followSettings(scene);
        stage.setTitle("Token Refresher");
        stage.setScene(scene);
        stage.show();
        app.restoreSession(stage);
        MainViewModel viewModel = app.mainController().viewModel();
        if (mode.equals("editor") || mode.equals("curl")) {
            later(2.5, () -> {
                Node editor = scene.lookup(mode.equals("editor") ? "#editProfileButton" : "#curlImportItem");
                if (editor instanceof ButtonBase b) {
                    later(2.5, PresetScreens::chooseSpringBladeAndScroll);
                    b.fire();
                } else {
                    openCurlImport(scene);
                }
            });
            return;
        }
        RequestForm form = viewModel.form();
        later(1.5, () -> {
            form.gatewayProperty().set(gateway.baseUrl());
            form.applyPreset(captcha ? GatewayPreset.BLADEX : GatewayPreset.SPRINGBLADE);
            form.clientSecretProperty().set("saber_secret");
            if (!captcha) {
                viewModel.requests().logIn(new PasswordLogin(TestTokens.USER_NAME, "bullfrog_password", "", true));
                return;
            }
            form.kind().captchaLoginProperty().set(true);
            later(1.5, () -> {
                later(2.5, () -> fillDialog("0000"));
                ((ButtonBase) scene.lookup("#loginButton")).fire();
            });
        });
    }

    /** In the open profile editor: the SpringBlade preset chosen, scrolled to the family settings. */
    private static void chooseSpringBladeAndScroll() {
        for (Window w : Window.getWindows()) {
            Node preset = w.getScene().lookup("#editorPreset");
            if (preset instanceof ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                ComboBox<GatewayPreset> presets = (ComboBox<GatewayPreset>) box;
                presets.setValue(GatewayPreset.SPRINGBLADE);
                later(0.5, () -> ((ScrollPane) w.getScene().lookup("#editorScroll")).setVvalue(1));
            }
        }
    }

    private static void openCurlImport(Scene scene) {
        later(2.5, () -> {
            for (Window w : Window.getWindows()) {
                Node field = w.getScene().lookup("#curlCommandField");
                if (field instanceof TextArea area) {
                    area.setText("curl 'http://10.1.2.3:8080/blade-auth/oauth/token' \\\n"
                            + "  -H 'Authorization: Basic c2FiZXI6c2FiZXJfc2VjcmV0' \\\n"
                            + "  -H 'Tenant-Id: 000000' -H 'User-Type: web' -H 'X-Team: 测试组' \\\n"
                            + "  -H 'Captcha-Key: 8f1d2c' -H 'Captcha-Code: 1234' \\\n"
                            + "  --data-raw 'grant_type=captcha&username=admin"
                            + "&password=e10adc3949ba59abbe56e057f20f883e&scope=all'");
                }
            }
        });
        MenuButton menu = (MenuButton) scene.getRoot()
                .lookupAll(".menu-button").stream().filter(n -> n instanceof MenuButton mb
                        && mb.getItems().stream().anyMatch(i -> "curlImportItem".equals(i.getId())))
                .findFirst().orElseThrow();
        menu.getItems().stream().filter(i -> "curlImportItem".equals(i.getId())).findFirst().orElseThrow().fire();
    }

    private static void fillDialog(String code) {
        for (Window w : Window.getWindows()) {
            Node field = w.getScene().lookup("#loginUsernameField");
            if (field == null) {
                continue;
            }
            ((TextField) field).setText(TestTokens.USER_NAME);
            ((TextField) w.getScene().lookup("#loginPasswordField")).setText("bullfrog_password");
            ((TextField) w.getScene().lookup("#captchaCodeField")).setText(code);
            w.getScene().getRoot().lookupAll(".button").stream().filter(b -> b instanceof Button bt
                    && bt.isDefaultButton()).findFirst().ifPresent(b -> ((Button) b).fire());
        }
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> Platform.runLater(action));
        pause.play();
    }

    private static Path tempDir() throws IOException {
        return Files.createTempDirectory("preset-screens");
    }

    @Override
    public void stop() {
        Platform.exit();
    }
}
