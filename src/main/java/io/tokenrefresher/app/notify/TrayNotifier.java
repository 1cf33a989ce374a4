package io.tokenrefresher.app.notify;

import io.tokenrefresher.core.notify.DesktopNotifier;
import io.tokenrefresher.core.notify.Notice;
import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.imageio.ImageIO;

/**
 * Windows and macOS: the notification of the system tray ({@code TrayIcon.displayMessage}: a toast on
 * Windows 10/11, Notification Center on macOS). The tray icon is added at the first notice, not at
 * start: AWT's toolkit costs start-up time, and most runs never need it. Where the tray is not supported
 * (headless, some Linux desktops) or refuses the icon, every notice answers false and the in-window
 * banner stands in. In {@code app} because AWT may not be used by {@code core}.
 */
public final class TrayNotifier implements DesktopNotifier, AutoCloseable {
    private static final Logger LOG = System.getLogger(TrayNotifier.class.getName());
    private static final String ICON = "/io/tokenrefresher/icons/icon-32.png";

    private final String tooltip;
    private TrayIcon icon;
    private boolean unavailable;

    public TrayNotifier(String tooltip) {
        this.tooltip = tooltip;
    }

    @Override
    public synchronized boolean show(Notice notice) {
        if (unavailable) {
            return false;
        }
        try {
            if (icon == null && !addIcon()) {
                unavailable = true;
                return false;
            }
            icon.displayMessage(notice.title(), notice.body(), type(notice.severity()));
            return true;
        } catch (AWTException | IOException | RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "no tray notifications: " + e.getClass().getName());
            unavailable = true;
            return false;
        }
    }

    private boolean addIcon() throws AWTException, IOException {
        if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
            return false;
        }
        Image image;
        try (InputStream in = TrayNotifier.class.getResourceAsStream(ICON)) {
            if (in == null) {
                throw new IOException("missing " + ICON);
            }
            image = ImageIO.read(in);
        }
        TrayIcon added = new TrayIcon(image, tooltip);
        added.setImageAutoSize(true);
        SystemTray.getSystemTray().add(added);
        icon = added;
        return true;
    }

    private static TrayIcon.MessageType type(Notice.Severity severity) {
        return switch (severity) {
            case INFO -> TrayIcon.MessageType.INFO;
            case WARNING -> TrayIcon.MessageType.WARNING;
            case ERROR -> TrayIcon.MessageType.ERROR;
        };
    }

    /** Takes the icon out of the tray (it would stay there until the process ends otherwise). */
    @Override
    public synchronized void close() {
        if (icon != null) {
            try {
                SystemTray.getSystemTray().remove(icon);
            } catch (RuntimeException ignored) {
                // the tray went away with the desktop session: nothing to remove
            }
            icon = null;
        }
    }
}
