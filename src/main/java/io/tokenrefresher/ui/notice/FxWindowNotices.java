package io.tokenrefresher.ui.notice;

import io.tokenrefresher.core.notify.Notice;
import io.tokenrefresher.core.notify.WindowNotices;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Brings notices from any thread (session events come on workers, the desktop's answer on the
 * notifier's thread) onto the FX thread and into the {@link NoticeBannerViewModel}.
 */
public final class FxWindowNotices implements WindowNotices {
    private final NoticeBannerViewModel banner;
    private final Executor fxThread;

    /** @param fxThread {@code Platform::runLater} in the app; tests on the FX thread may run at once */
    public FxWindowNotices(NoticeBannerViewModel banner, Executor fxThread) {
        this.banner = Objects.requireNonNull(banner, "banner");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    @Override
    public void show(Notice notice) {
        fxThread.execute(() -> banner.show(notice));
    }

    @Override
    public void raise(Notice notice) {
        fxThread.execute(() -> banner.raise(notice));
    }
}
