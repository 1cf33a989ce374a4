package io.tokenrefresher.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.FxThreadWatchdog;
import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.EnvironmentColour;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FxWait;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Profiles in the real window (headless): first run, create, edit, switch, delete, and the selected
 * profile's values used by Refresh. Profiles live in a temp folder; the credential store is a fake.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class ProfilesWindowTest {
    @TempDir
    static Path home;

    private final FakeCredentialStore credentials = new FakeCredentialStore();
    private AppContext context;
    private Path profilesFile;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(home, "profiles");
        profilesFile = dir.resolve(ProfileStore.FILE_NAME);
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
    void firstRunOffersTheExampleAndSavesEditsAsYouType(FxRobot robot) throws Exception {
        waitUntil(() -> selected(robot) != null);
        assertThat(selected(robot).name()).isEqualTo("Example");
        assertThat(field(robot, "#tokenPathField")).isEqualTo("/cams-auth/oauth/token");
        assertThat(field(robot, "#gatewayField")).isEmpty();

        robot.clickOn("#gatewayField").write("http://10.9.8.7:8080");

        waitUntil(() -> fileText().contains("http://10.9.8.7:8080"));
        waitUntil(() -> label(robot, "#saveStateLabel").equals("✓ Saved"));
        assertThat(fileText()).doesNotContain("refresh_token\" : \"ey");
    }

    @Test
    void switchingProfilesKeepsEachOnesValuesAndRefreshUsesTheSelectedOne(FxRobot robot) {
        try (FakeGateway gateway = FakeGateway.builder().requireTenant("000000").start()) {
            waitUntil(() -> selected(robot) != null);
            setField(robot, "#gatewayField", "http://example-a.invalid");

            robot.clickOn("#newProfileButton");
            waitUntil(() -> selectedName(robot).equals("New profile"));
            assertThat(field(robot, "#gatewayField")).isEmpty();
            setField(robot, "#gatewayField", gateway.baseUrl());
            setField(robot, "#tenantIdField", "000000");

            choose(robot, "Example");
            assertThat(field(robot, "#gatewayField")).isEqualTo("http://example-a.invalid");
            assertThat(field(robot, "#tenantIdField")).isEmpty();

            choose(robot, "New profile");
            assertThat(field(robot, "#gatewayField")).isEqualTo(gateway.baseUrl());
            assertThat(field(robot, "#tenantIdField")).isEqualTo("000000");

            robot.interact(() -> robot.lookup("#refreshTokenField").queryAs(TextArea.class)
                    .setText(gateway.validRefreshToken()));
            robot.clickOn("#refreshButton");
            waitUntil(() -> !field(robot, "#accessTokenField").isEmpty());
            assertThat(gateway.lastRequest().header("Tenant-Id")).isEqualTo("000000");
            waitUntil(() -> fileText().contains(gateway.baseUrl()) && fileText().contains("000000"));
        }
    }

    @Test
    void editorRenamesAndColoursAndDeleteAsksFirst(FxRobot robot) {
        waitUntil(() -> selected(robot) != null);
        robot.clickOn("#duplicateProfileButton");
        // read off the FX thread: while the list is replaced the selector is briefly empty
        waitUntil(() -> selectedName(robot).equals("Example copy"));

        robot.clickOn("#editProfileButton");
        waitUntil(() -> robot.lookup("#profileEditor").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#editorName").queryAs(TextField.class).setText("Pre-production"));
        robot.interact(() -> robot.lookup("#editorColour").queryComboBox().getSelectionModel()
                .select(EnvironmentColour.RED));
        robot.clickOn("Save");

        waitUntil(() -> selectedName(robot).equals("Pre-production"));
        assertThat(selected(robot).presentation().colour().name()).isEqualTo("RED");
        assertThat(robot.lookup(".colour-band").query().isVisible()).isTrue();
        waitUntil(() -> fileText().contains("Pre-production"));

        robot.clickOn("#deleteProfileButton");
        waitUntil(() -> robot.lookup("#deleteConfirmation").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertThat(profileNames(robot)).contains("Pre-production");

        robot.clickOn("#deleteProfileButton");
        waitUntil(() -> robot.lookup("#deleteConfirmation").tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup("#deleteConfirmation").lookup(".button")
                .match(n -> ((Button) n).getText().equals("Delete")).query());
        waitUntil(() -> !profileNames(robot).contains("Pre-production"));
        waitUntil(() -> !fileText().contains("Pre-production"));
        assertThat(selected(robot).name()).isEqualTo("Example");
    }

    private String fileText() {
        try {
            return Files.exists(profilesFile) ? Files.readString(profilesFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> profileNames(FxRobot robot) {
        ComboBox<GatewayProfile> box = robot.lookup("#profileSelector").queryComboBox();
        List<String> names = new ArrayList<>();
        robot.interact(() -> box.getItems().forEach(p -> names.add(p.name())));
        return names;
    }

    private static void choose(FxRobot robot, String name) {
        ComboBox<GatewayProfile> box = robot.lookup("#profileSelector").queryComboBox();
        robot.interact(() -> box.getItems().stream().filter(p -> p.name().equals(name)).findFirst()
                .ifPresent(box::setValue));
        waitUntil(() -> selectedName(robot).equals(name));
    }

    /** Read once: the selector is briefly empty while a profile is added, copied or renamed. */
    private static String selectedName(FxRobot robot) {
        GatewayProfile profile = selected(robot);
        return profile == null ? "" : profile.name();
    }

    private static GatewayProfile selected(FxRobot robot) {
        ComboBox<GatewayProfile> box = robot.lookup("#profileSelector").queryComboBox();
        return box.getValue();
    }

    private static void setField(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) {
        FxWait.until(condition);
    }
}
