package io.tokenrefresher.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FxThreadWatchdog;
import io.tokenrefresher.testing.FxWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Scene;
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
 * A profile that remembers its refresh token shows its last pair again after a restart (from the token
 * cache), so auto-refresh and Copy work at once; a profile that does not remember it starts empty.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class KeptPairWindowTest {
    @TempDir
    static Path home;
    private final FakeCredentialStore osStore = new FakeCredentialStore();
    private FakeGateway gateway;
    private AppContext earlierRun;
    private AppContext context;
    private String keptAccessToken;

    @Start
    void start(Stage stage) throws Exception {
        gateway = FakeGateway.start();
        Path dir = Files.createTempDirectory(home, "profiles");
        ProfileService profiles = new ProfileService(new ProfileStore(dir), osStore);
        profiles.load();
        GatewayProfile first = profiles.profiles().get(0);
        GatewayProfile kept = profiles.update(first.withName("UAT")
                .withEndpoint(first.endpoint().withGateway(gateway.baseUrl())).withRememberRefreshToken(true));
        profiles.select(kept.id());
        profiles.save();
        // an earlier run of the window refreshed UAT, then closed
        earlierRun = new AppContext(Clock.systemUTC(), Locale.ENGLISH, () -> profiles);
        TokenRequest request = kept.toRequest(TokenRequest.refreshParameters(gateway.validRefreshToken(), "all"), "");
        TokenOutcome outcome = earlierRun.sessions().session(kept.id())
                .send(request, kept.connection().tlsTrust(), kept.connection().proxy()).orElseThrow().outcome();
        keptAccessToken = ((TokenOutcome.Success) outcome).response().accessToken();
        earlierRun.close();
        gateway.clearRequests();

        context = new AppContext(Clock.systemUTC(), Locale.ENGLISH,
                () -> new ProfileService(new ProfileStore(dir), osStore));
        TokenRefresherApp app = new TokenRefresherApp();
        stage.setScene(new Scene(app.buildMainView(context), 1280, 780));
        stage.show();
        app.restoreSession(stage);
    }

    @AfterEach
    void stop() {
        context.close();
        gateway.close();
    }

    @Test
    void theLastPairOfARememberingProfileIsShownAgainWithoutARequest(FxRobot robot) {
        FxWait.until(() -> keptAccessToken.equals(
                robot.lookup("#accessTokenField").queryAs(TextInputControl.class).getText()));

        assertThat(robot.lookup("#countdownLabel").queryLabeled().getText()).matches("00:59:\\d\\d|01:00:00");
        assertThat(gateway.requests()).as("shown from the cache, not refreshed").isEmpty();
        assertThat(context.history().records()).as("the history lists this run's requests only").isEmpty();
    }
}
