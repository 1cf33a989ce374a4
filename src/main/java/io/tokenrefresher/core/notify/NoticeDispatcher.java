package io.tokenrefresher.core.notify;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Where session events become notices the user sees: every notice goes to the window's status area, and,
 * while desktop notifications are on (Settings), to the desktop; when the desktop cannot show it, the
 * window raises it instead.
 *
 * <p>{@link #post} may be called on any thread (session events come on worker threads) and never waits
 * for the desktop: that runs on one daemon thread of its own, in the order posted.
 */
public final class NoticeDispatcher implements AutoCloseable {
    private static final Logger LOG = System.getLogger(NoticeDispatcher.class.getName());

    private final DesktopNotifier desktop;
    private final WindowNotices window;
    private final Executor worker;
    private final ExecutorService ownWorker;
    private volatile boolean desktopEnabled;

    /** With its own daemon thread for the desktop calls. */
    public NoticeDispatcher(DesktopNotifier desktop, WindowNotices window, boolean desktopEnabled) {
        this(desktop, window, desktopEnabled, null);
    }

    /** @param worker runs the desktop calls; null: a daemon thread of its own, stopped by {@link #close} */
    public NoticeDispatcher(DesktopNotifier desktop, WindowNotices window, boolean desktopEnabled, Executor worker) {
        this.desktop = Objects.requireNonNull(desktop, "desktop");
        this.window = Objects.requireNonNull(window, "window");
        this.desktopEnabled = desktopEnabled;
        this.ownWorker = worker == null ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "token-refresher-notices");
            t.setDaemon(true);
            return t;
        }) : null;
        this.worker = worker == null ? ownWorker : worker;
    }

    /** Follows the Settings switch "Desktop notifications"; the window's status area shows notices either way. */
    public void setDesktopEnabled(boolean enabled) {
        desktopEnabled = enabled;
    }

    public boolean desktopEnabled() {
        return desktopEnabled;
    }

    /** Tells the user: the window at once, the desktop (when on) in the background. */
    public void post(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        window.show(notice);
        if (!desktopEnabled) {
            return;
        }
        try {
            worker.execute(() -> {
                if (!showOnDesktop(notice)) {
                    window.raise(notice);
                }
            });
        } catch (RejectedExecutionException closed) {
            window.raise(notice); // closing: the window is all that is left
        }
    }

    private boolean showOnDesktop(Notice notice) {
        try {
            return desktop.show(notice);
        } catch (RuntimeException e) {
            // the class only: a message could quote what the notice was about
            LOG.log(Level.DEBUG, "desktop notification failed: " + e.getClass().getName());
            return false;
        }
    }

    @Override
    public void close() {
        if (ownWorker != null) {
            ownWorker.shutdownNow();
        }
    }
}
