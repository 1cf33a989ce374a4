package io.tokenrefresher.app.notify;

import io.tokenrefresher.core.notify.DBusNotifier;
import io.tokenrefresher.core.notify.DesktopNotifier;
import io.tokenrefresher.core.notify.Notice;
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
        return forOs(System.getProperty("os.name", ""), appName);
    }

    static DesktopNotifiers forOs(String osName, String appName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            TrayNotifier tray = new TrayNotifier(appName);
            return new DesktopNotifiers(tray, tray);
        }
        DBusNotifier bus = DBusNotifier.forThisSession();
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
