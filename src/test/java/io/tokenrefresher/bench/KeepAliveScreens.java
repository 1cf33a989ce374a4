package io.tokenrefresher.bench;

import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.history.RefreshRecord;
import io.tokenrefresher.core.history.RefreshVerdict;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.profile.AutoRefresh;
import io.tokenrefresher.core.profile.EnvironmentColour;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.Presentation;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The window with live sessions for screenshots ({@code /work/shared/tools/screenshot.sh}): UAT (re-signs,
 * 20-second tokens) and DEV (rotates, 3-minute tokens) kept alive, PROD refused on its first auto-refresh.
 * Argument: {@code live} (UAT shown, selector open), {@code failed} (PROD shown), {@code history} (the
 * history with a re-signed row chosen), {@code diff} (that row's claims with the changes marked).
 */
public final class KeepAliveScreens extends Application {
    private static volatile String scene = "live";

    /** Not on the Application subclass: the java launcher would insist on JavaFX modules then. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            scene = args.length > 0 ? args[0] : "live";
            launch(KeepAliveScreens.class);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        FakeGateway uatGw = FakeGateway.builder().accessLifetime(Duration.ofSeconds(20)).start();
        FakeGateway devGw = FakeGateway.builder().accessLifetime(Duration.ofSeconds(12))
                .refreshTokens(FakeGateway.RefreshTokens.ROTATE).start();
        FakeGateway prodGw = FakeGateway.builder().accessLifetime(Duration.ofSeconds(8)).start();
        Path dir = Files.createTempDirectory("keepalive-screens");
        ProfileService setUp = new ProfileService(new ProfileStore(dir), CredentialStore.none("screens"));
        setUp.load();
        GatewayProfile first = setUp.profiles().get(0);
        GatewayProfile uat = setUp.update(profile(first, "UAT", uatGw, EnvironmentColour.BLUE));
        GatewayProfile dev = setUp.update(profile(setUp.create("DEV"), "DEV", devGw, EnvironmentColour.GREEN));
        GatewayProfile prod = setUp.update(profile(setUp.create("PROD"), "PROD", prodGw, EnvironmentColour.RED));
        setUp.save();
        AppContext context = new AppContext(Clock.systemDefaultZone(), Locale.getDefault(),
                () -> new ProfileService(new ProfileStore(dir), CredentialStore.none("screens")));
        TokenRefresherApp app = new TokenRefresherApp();
        Scene window = new Scene(app.buildMainView(context), 1366, 740);
        app.followSettings(window);
        stage.setScene(window);
        stage.setTitle("Token Refresher");
        stage.show();
        app.restoreSession(stage);
        CompletableFuture.runAsync(() -> {
            pause(3000);
            for (GatewayProfile p : List.of(prod, dev, uat)) {
                onFx(() -> app.profilesViewModel().select(p));
                pause(800);
                onFx(() -> app.mainController().viewModel().requests().logIn(new PasswordLogin(TestTokens.USER_NAME,
                        "bullfrog_password", "all", false)));
                waitFor(() -> context.sessions().session(p.id()).newest().isPresent());
                if (p == prod) {
                    prodGw.enqueue(FakeGateway.Fault.json(401, "{\"error\":\"invalid_token\","
                            + "\"error_description\":\"Invalid refresh token (expired): eyJhbGciOiJIUzI1NiJ9.x.y\"}"));
                }
            }
            waitFor(() -> context.history().records().stream().anyMatch(r -> r.verdict() == RefreshVerdict.RESIGNED)
                    && context.history().records().stream().anyMatch(r -> r.verdict() == RefreshVerdict.ROTATED)
                    && !context.history().records().stream().allMatch(RefreshRecord::succeeded));
            switch (scene) {
                case "failed" -> onFx(() -> app.profilesViewModel().select(prod));
                case "history", "diff" -> onFx(() -> {
                    TabPane tabs = (TabPane) window.lookup(".tab-pane");
                    tabs.getSelectionModel().select(2);
                    @SuppressWarnings("unchecked")
                    TableView<RefreshRecord> table = (TableView<RefreshRecord>) window.lookup("#historyTable");
                    table.getItems().stream().filter(r -> r.verdict() == RefreshVerdict.RESIGNED).findFirst()
                            .ifPresent(r -> table.getSelectionModel().select(r));
                    if (scene.equals("diff")) {
                        tabs.getSelectionModel().select(0);
                        TableView<?> claims = (TableView<?>) window.lookup("#claimsTable");
                        claims.scrollTo(claims.getItems().size() - 1);
                    }
                });
                default -> onFx(() -> ((ComboBox<?>) window.lookup("#profileSelector")).show());
            }
        });
    }

    private static GatewayProfile profile(GatewayProfile base, String name, FakeGateway gw, EnvironmentColour colour) {
        return base.withName(name).withEndpoint(base.endpoint().withGateway(gw.baseUrl()))
                .withClient(base.client().withMd5Password(false)).withPresentation(new Presentation(colour, ""))
                .withAutoRefresh(new AutoRefresh(true, 0));
    }

    private static void waitFor(BooleanSupplier condition) {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            pause(100);
        }
    }

    private static void onFx(Runnable r) {
        Platform.runLater(r);
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
