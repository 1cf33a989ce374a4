package io.tokenrefresher.ui.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.notify.DBusNotifier;
import io.tokenrefresher.core.notify.Notice;
import io.tokenrefresher.core.notify.NoticeDispatcher;
import io.tokenrefresher.core.notify.Notices;
import io.tokenrefresher.testing.FakeNotificationServer;
import io.tokenrefresher.testing.PrivateSessionBus;
import io.tokenrefresher.ui.common.StatusKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's banner of session events, and the way notices reach it: always shown, raised only when
 * the desktop could not show them (no session bus), not when a real notification server did.
 */
class NoticeBannerViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T01:40:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Notices NOTICES = new Notices(Messages.forLocale(Locale.ENGLISH), CLOCK);

    private final NoticeBannerViewModel banner = new NoticeBannerViewModel();

    @TempDir
    Path folder;

    @Test
    void showsTheNewestNoticeWithItsTone() {
        banner.show(NOTICES.chainEnding("prod", Instant.parse("2026-12-08T02:35:00Z")));
        assertThat(banner.showingProperty().get()).isTrue();
        assertThat(banner.titleProperty().get()).isEqualTo("prod: log in again before 10:35");
        assertThat(banner.kindProperty().get()).isEqualTo(StatusKind.WARNING);

        Notice failed = NOTICES.sessionFailed("dev", "HTTP 401 — the server refused: invalid_token");
        banner.show(failed);

        assertThat(banner.noticeProperty().get()).isEqualTo(failed);
        assertThat(banner.titleProperty().get()).isEqualTo("dev: the session failed");
        assertThat(banner.bodyProperty().get()).startsWith("HTTP 401 — the server refused: invalid_token");
        assertThat(banner.kindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(banner.raisedProperty().get()).isFalse();
    }

    @Test
    void onlyTheNoticeShownIsRaisedAndDismissingHidesIt() {
        Notice older = NOTICES.accessExpiring("dev", Instant.parse("2026-12-08T01:45:00Z"));
        Notice newer = NOTICES.sessionFailed("prod", "HTTP 400");
        banner.show(older);
        banner.show(newer);

        banner.raise(older);
        assertThat(banner.raisedProperty().get()).as("a newer notice is showing").isFalse();
        banner.raise(newer);
        assertThat(banner.raisedProperty().get()).isTrue();

        banner.dismiss();
        assertThat(banner.showingProperty().get()).isFalse();
        assertThat(banner.raisedProperty().get()).isFalse();
        assertThat(banner.noticeProperty().get()).isNull();
        banner.raise(newer);
        assertThat(banner.showingProperty().get()).as("a dismissed notice stays dismissed").isFalse();
    }

    @Test
    void withoutASessionBusTheBannerStandsInForTheDesktop() {
        try (DBusNotifier noBus = new DBusNotifier(null, Duration.ofSeconds(3))) {
            NoticeDispatcher dispatcher = new NoticeDispatcher(noBus, new FxWindowNotices(banner, Runnable::run),
                    true, Runnable::run);

            dispatcher.post(NOTICES.sessionFailed("staging", "HTTP 401"));

            assertThat(banner.titleProperty().get()).isEqualTo("staging: the session failed");
            assertThat(banner.raisedProperty().get()).isTrue();
        }
    }

    @Test
    void aNoticeTheNotificationServerShowedIsInTheBannerButNotRaised() throws Exception {
        Optional<PrivateSessionBus> started = PrivateSessionBus.start(folder);
        assumeTrue(started.isPresent(), "dbus-daemon is not installed (CI installs the dbus package)");
        try (PrivateSessionBus bus = started.get();
             FakeNotificationServer server = new FakeNotificationServer(bus.address(), List.of("body"));
             DBusNotifier notifier = new DBusNotifier(bus.address(), Duration.ofSeconds(10))) {
            NoticeDispatcher dispatcher = new NoticeDispatcher(notifier, new FxWindowNotices(banner, Runnable::run),
                    true, Runnable::run);

            dispatcher.post(NOTICES.chainEnding("prod", Instant.parse("2026-12-08T02:35:00Z")));

            assertThat(server.nextCall().summary()).isEqualTo("prod: log in again before 10:35");
            assertThat(banner.titleProperty().get()).isEqualTo("prod: log in again before 10:35");
            assertThat(banner.raisedProperty().get()).isFalse();

            // Settings > Desktop notifications off: the window only, the server hears nothing
            dispatcher.setDesktopEnabled(false);
            dispatcher.post(NOTICES.sessionFailed("prod", "HTTP 401"));

            assertThat(banner.titleProperty().get()).isEqualTo("prod: the session failed");
            assertThat(banner.raisedProperty().get()).isFalse();
            assertThat(server.noMoreCalls()).isTrue();
        }
    }
}
