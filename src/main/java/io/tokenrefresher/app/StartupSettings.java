package io.tokenrefresher.app;

import io.tokenrefresher.core.profile.AppDirectories;
import io.tokenrefresher.core.settings.AppSettings;
import io.tokenrefresher.core.settings.SettingsStore;
import io.tokenrefresher.core.settings.SystemTheme;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The settings the window starts with: read from {@code settings.json}, and the OS asked for its theme
 * when the theme follows it, on a thread of its own while the JavaFX toolkit starts ({@link #prefetch()}
 * from the launcher), so the window is built in the right language and colours without the FX thread
 * doing the reading. {@link #await()} is the hand-over; it starts the read itself when nothing did
 * ({@code mvn javafx:run} starts the application class directly).
 */
final class StartupSettings {
    /** What the window needs: the settings, whether the OS is dark, and the file they came from. */
    record Resolved(AppSettings settings, boolean systemDark, SettingsStore store) {
    }

    private static CompletableFuture<Resolved> pending;

    private StartupSettings() {
    }

    static synchronized void prefetch() {
        if (pending != null) {
            return;
        }
        CompletableFuture<Resolved> future = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                future.complete(read());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "token-refresher-settings");
        reader.setDaemon(true);
        reader.start();
        pending = future;
    }

    /**
     * The settings, waiting for the read at most 3 s (the OS theme question has 1.5 s of its own);
     * the defaults, light, when it failed or took longer.
     */
    static Resolved await() {
        CompletableFuture<Resolved> future;
        synchronized (StartupSettings.class) {
            prefetch();
            future = pending;
        }
        try {
            return future.get(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the defaults below: a window in the OS's language and light colours is still a window
        }
        return new Resolved(AppSettings.DEFAULTS, false, store());
    }

    private static Resolved read() {
        SettingsStore store = store();
        AppSettings settings = store.load();
        boolean systemDark = settings.theme() == AppSettings.Theme.SYSTEM && SystemTheme.forThisSystem().isDark();
        return new Resolved(settings, systemDark, store);
    }

    /** {@code settings.json} next to {@code profiles.json}: the same folder rules, TOKEN_REFRESHER_HOME too. */
    private static SettingsStore store() {
        return new SettingsStore(AppDirectories.forThisSystem().configDirectory());
    }
}
