package io.tokenrefresher.app.notify;

import io.tokenrefresher.core.notify.DBusNotifier;
import io.tokenrefresher.core.notify.DesktopNotifier;
import io.tokenrefresher.core.notify.Notice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The desktop's way of showing a notice on this OS: the session D-Bus on Linux (and the other Unixes that
 * have one), the system tray elsewhere. When it cannot, {@code NoticeDispatcher} has the window raise the
 * notice instead.
 */
public final class DesktopNotifiers implements DesktopNotifier, AutoCloseable {
    private final DesktopNotifier notifier;
    private final AutoCloseable closer;

    private DesktopNotifiers(DesktopNotifier notifier, AutoCloseable closer) {
        this.notifier = notifier;
        this.closer = closer;
    }

    /** Picks by {@code os.name}; builds nothing that costs until the first notice. */
    public static DesktopNotifiers forThisSystem(String appName) {
        return forOs(System.getProperty("os.name", ""), appName, installedIcon(System.getProperty("jpackage.app-path")));
    }

    /**
     * The icon the installer put beside the launcher ({@code /opt/token-refresher/lib/token-refresher.png}
     * for {@code /opt/token-refresher/bin/token-refresher}); empty when not installed (a portable jar).
     */
    static String installedIcon(String launcher) {
        if (launcher == null || launcher.isBlank()) {
            return "";
        }
        Path bin = Path.of(launcher).toAbsolutePath().getParent();
        if (bin == null || bin.getParent() == null) {
            return "";
        }
        Path icon = bin.getParent().resolve("lib").resolve("token-refresher.png");
        return Files.isRegularFile(icon) ? icon.toString() : "";
    }

    static DesktopNotifiers forOs(String osName, String appName, String linuxIcon) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            TrayNotifier tray = new TrayNotifier(appName);
            return new DesktopNotifiers(tray, tray);
        }
        DBusNotifier bus = DBusNotifier.forThisSession(linuxIcon);
        return new DesktopNotifiers(bus, bus);
    }

    /** None: the window shows every notice (tests, and a desktop with notifications that cannot work). */
    public static DesktopNotifier none() {
        return notice -> false;
    }

    @Override
    public boolean show(Notice notice) {
        return notifier.show(notice);
    }

    /** The notifier chosen, for a look at which one it is. */
    DesktopNotifier chosen() {
        return notifier;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception ignored) {
            // leaving: a notifier that cannot close has nothing left to lose
        }
    }
}
