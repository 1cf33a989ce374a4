package io.tokenrefresher.app;

import io.tokenrefresher.core.i18n.Messages;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;

/**
 * The only place {@link Main} reaches JavaFX, kept in its own class so a command-line run never
 * loads {@code javafx.application.Application}.
 */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        String missing = missingDisplay(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("monocle.platform"), Locale.getDefault());
        if (missing != null) {
            // JavaFX would throw "Unable to open DISPLAY" from its launcher thread: a stack trace
            System.err.println(missing);
            System.exit(1);
        }
        // settings.json (the window's language and theme) is read while the toolkit starts
        StartupSettings.prefetch();
        Application.launch(TokenRefresherApp.class, args);
    }

    /**
     * On Linux without an X11 or Wayland display, what to tell the user; {@code null} when a window
     * can open (or another OS, or a headless Monocle run).
     */
    static String missingDisplay(String osName, Map<String, String> env, String monoclePlatform, Locale locale) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux") || monoclePlatform != null) {
            return null;
        }
        if (isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return Messages.bundle(locale).getString("app.noDisplay");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
