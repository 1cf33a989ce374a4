package io.tokenrefresher.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.notify.Notice.Kind;
import io.tokenrefresher.core.notify.Notice.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The routing: the window always, the desktop while the switch is on, the window raised when the desktop cannot. */
class NoticeDispatcherTest {
    private static final Notice FAILED = new Notice(Kind.SESSION_FAILED, "staging", "staging: the session failed",
            "HTTP 401", Severity.ERROR);

    private final List<String> seen = new ArrayList<>();
    private final WindowNotices window = new WindowNotices() {
        @Override
        public void show(Notice notice) {
            seen.add("window " + notice.title());
        }

        @Override
        public void raise(Notice notice) {
            seen.add("raised " + notice.title());
        }
    };

    private DesktopNotifier desktop(String name, boolean works) {
        return notice -> {
            seen.add(name + " " + notice.title());
            return works;
        };
    }

    @Test
    void aNoticeShownOnTheDesktopIsAlsoInTheWindowButNotRaised() {
        new NoticeDispatcher(desktop("dbus", true), window, true, Runnable::run).post(FAILED);

        assertThat(seen).containsExactly("window staging: the session failed", "dbus staging: the session failed");
    }

    @Test
    void whenNoDesktopWayWorksTheWindowRaisesTheNotice() {
        DesktopNotifier chain = desktop("dbus", false).orElse(desktop("tray", false));

        new NoticeDispatcher(chain, window, true, Runnable::run).post(FAILED);

        assertThat(seen).containsExactly("window staging: the session failed", "dbus staging: the session failed",
                "tray staging: the session failed", "raised staging: the session failed");
    }

    @Test
    void theNextWayIsTriedOnlyWhenTheFirstCannot() {
        new NoticeDispatcher(desktop("dbus", true).orElse(desktop("tray", true)), window, true, Runnable::run)
                .post(FAILED);

        assertThat(seen).doesNotContain("tray staging: the session failed");
    }

    @Test
    void aNotifierThatThrowsCountsAsNotShown() {
        DesktopNotifier broken = notice -> {
            throw new IllegalStateException("no display");
        };

        new NoticeDispatcher(broken, window, true, Runnable::run).post(FAILED);

        assertThat(seen).containsExactly("window staging: the session failed", "raised staging: the session failed");
    }

    @Test
    void withDesktopNotificationsOffOnlyTheWindowShowsIt() {
        NoticeDispatcher dispatcher = new NoticeDispatcher(desktop("dbus", true), window, true, Runnable::run);
        dispatcher.setDesktopEnabled(false);

        dispatcher.post(FAILED);

        assertThat(dispatcher.desktopEnabled()).isFalse();
        assertThat(seen).containsExactly("window staging: the session failed");
    }
}
