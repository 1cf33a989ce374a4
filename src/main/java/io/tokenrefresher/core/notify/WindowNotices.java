package io.tokenrefresher.core.notify;

/**
 * The window's side of the notices (the ui's {@code NoticeBannerViewModel} through its notifier): every
 * notice shows in the window's status area, and is raised there when desktop notifications are on but
 * none could be shown for it (the in-window banner stands in for them). Both are called off the FX thread; the implementation hops onto it.
 */
public interface WindowNotices {

    /** Shows the notice in the window's status area. */
    void show(Notice notice);

    /** Makes the notice stand out in the window: a desktop notification was wanted but could not be shown. */
    void raise(Notice notice);
}
