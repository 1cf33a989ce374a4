package io.tokenrefresher.core.notify;

/**
 * Shows a {@link Notice} outside the window: a D-Bus notification on Linux, the tray's balloon on
 * Windows and macOS, or the in-window banner where neither works.
 *
 * <p>{@link #show} may block (a bus call, the AWT tray): {@link NoticeDispatcher} calls it on its own
 * thread, never on the FX thread.
 */
@FunctionalInterface
public interface DesktopNotifier {

    /**
     * Shows the notice; false when this way of showing it is not available now (no session bus, no
     * notification server, no tray, it timed out), so the next way can be tried. Never throws for that.
     */
    boolean show(Notice notice);

    /** This notifier, and {@code next} when this one could not show the notice. */
    default DesktopNotifier orElse(DesktopNotifier next) {
        return notice -> show(notice) || next.show(notice);
    }
}
