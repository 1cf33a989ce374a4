package io.tokenrefresher.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.FxThreadWatchdog;
import io.tokenrefresher.app.AppContext;
import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.secret.SecretLocation;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import io.tokenrefresher.testing.FxWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An OS credential store that hangs (a D-Bus Secret Service waiting on a prompt, a locked keychain)
 * must not freeze the window: every store call runs on the disk thread, and nothing the FX thread does
 * waits for that thread or its locks.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class FrozenCredentialStoreTest {
    /** How long the store hangs on a save, unless the test lets it go sooner. */
    private static final Duration HANG = Duration.ofSeconds(10);
    /** A window that answers within this is responsive; one waiting for the store would take {@link #HANG}. */
    private static final Duration RESPONSIVE = Duration.ofSeconds(2);

    @TempDir
    static Path home;

    private final HangingStore store = new HangingStore();
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(home, "profiles");
        context = new AppContext(Clock.systemDefaultZone(), Locale.ENGLISH,
                () -> new ProfileService(new ProfileStore(dir), store));
        TokenRefresherApp app = new TokenRefresherApp();
        stage.setScene(new Scene(app.buildMainView(context), 1120, 780));
        stage.show();
        app.restoreSession(stage);
    }

    @AfterEach
    void stop() {
        store.release();
        context.close();
    }

    @Test
    void typingAndCheckingNamesGoOnWhileTheStoreHangsOnASave(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#profileSelector").queryAs(ComboBox.class).getValue() != null);

        // a typed client secret is saved to the store, which hangs: the disk thread now waits in the store
        // while holding the profile service
        // (the field sits in the folded Advanced pane: set as a paste would)
        robot.interact(() -> robot.lookup("#clientSecretField").queryAs(TextField.class).setText("saber_secret"));
        FxWait.until(() -> store.hangingWrites.get() == 1);

        long typingStarted = System.nanoTime();
        robot.clickOn("#gatewayField").write("http://10.1.2.3:8080");
        assertThat(robot.lookup("#gatewayField").queryAs(TextField.class).getText()).isEqualTo("http://10.1.2.3:8080");
        assertThat(Duration.ofNanos(System.nanoTime() - typingStarted)).isLessThan(HANG);

        // the rename dialog checks the name as the user types: against the list in memory, not the service
        long checkStarted = System.nanoTime();
        robot.clickOn("#renameProfileButton");
        FxWait.until(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> name.setText("  "));
        robot.interact(() -> {
        });
        assertThat(Duration.ofNanos(System.nanoTime() - checkStarted)).isLessThan(RESPONSIVE);
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("A profile needs a name.");
        robot.interact(() -> pane.getScene().getWindow().hide());

        assertThat(store.hangingWrites.get()).as("the store was still hanging all along").isEqualTo(1);
        assertThat(store.written).isEmpty();

        // once the store answers, the secret and the typed gateway are saved
        store.release();
        FxWait.until(() -> "saber_secret".equals(store.written.get(store.written.keySet().stream().findFirst()
                .orElse(""))));
    }

    /** Reads answer at once (nothing stored); a write hangs until released or {@link #HANG} passes. */
    private static final class HangingStore implements CredentialStore {
        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicInteger hangingWrites = new AtomicInteger();
        private final Map<String, String> written = new ConcurrentHashMap<>();

        void release() {
            released.countDown();
        }

        @Override
        public SecretLocation location() {
            return SecretLocation.OS_CREDENTIAL_STORE;
        }

        @Override
        public SecretRead read(String account) {
            return new SecretRead.NotStored();
        }

        @Override
        public SecretWrite write(String account, String value) {
            hangingWrites.incrementAndGet();
            try {
                released.await(HANG.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                hangingWrites.decrementAndGet();
            }
            written.put(account, value);
            return new SecretWrite.Stored(SecretLocation.OS_CREDENTIAL_STORE);
        }

        @Override
        public SecretWrite delete(String account) {
            return new SecretWrite.Removed();
        }
    }
}
