package io.tokenrefresher.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.notify.Notice.Kind;
import io.tokenrefresher.core.notify.Notice.Severity;
import io.tokenrefresher.testing.FakeNotificationServer;
import io.tokenrefresher.testing.PrivateSessionBus;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux notifier against a real, private session bus ({@code dbus-daemon}) with a small notification
 * server on it: what arrives, in which order, and what happens without a server, without a bus, and with
 * a bus that never answers. Skipped only where {@code dbus-daemon} is not installed.
 */
class DBusNotifierTest {
    @TempDir
    static Path folder;
    private static PrivateSessionBus bus;

    private static final Notices ENGLISH = new Notices(Messages.forLocale(Locale.ENGLISH),
            Clock.fixed(Instant.parse("2026-12-08T01:40:00Z"), ZoneId.of("Asia/Shanghai")));

    @BeforeAll
    static void startBus() throws Exception {
        Optional<PrivateSessionBus> started = PrivateSessionBus.start(folder);
        assumeTrue(started.isPresent(), "dbus-daemon is not installed (CI installs the dbus package)");
        bus = started.get();
    }

    @AfterAll
    static void stopBus() throws Exception {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void theNotificationServerGetsTheTitleAsSummaryTheBodyAndAnUrgency() throws Exception {
        Notice failed = ENGLISH.sessionFailed("staging", "HTTP 401 — the server refused: invalid_token");
        try (FakeNotificationServer server = new FakeNotificationServer(bus.address(), List.of("body"));
             DBusNotifier notifier = new DBusNotifier(bus.address(), Duration.ofSeconds(10),
                     "/opt/token-refresher/lib/token-refresher.png")) {

            assertThat(notifier.show(failed)).isTrue();

            FakeNotificationServer.Call call = server.nextCall();
            assertThat(call.appName()).isEqualTo("Token Refresher");
            assertThat(call.appIcon()).isEqualTo("/opt/token-refresher/lib/token-refresher.png");
            assertThat(call.summary()).isEqualTo("staging: the session failed");
            assertThat(call.body()).isEqualTo("HTTP 401 — the server refused: invalid_token\n"
                    + "Refresh or log in again to continue.");
            assertThat(call.urgency()).as("critical: stays until dismissed").isEqualTo((byte) 2);
            assertThat(call.replacesId()).isZero();
            assertThat(call.expireTimeout()).as("the server's default").isEqualTo(-1);
        }
    }

    @Test
    void theNextNoticeOfTheSameProfileAndKindReplacesTheLastOneAndOthersDoNot() throws Exception {
        Instant end = Instant.parse("2026-12-08T02:30:00Z");
        try (FakeNotificationServer server = new FakeNotificationServer(bus.address(), List.of("body"));
             DBusNotifier notifier = new DBusNotifier(bus.address(), Duration.ofSeconds(10))) {

            notifier.show(ENGLISH.chainEnding("prod", end));
            long first = server.nextCall().replacesId();
            notifier.show(ENGLISH.chainEnding("prod", end));
            FakeNotificationServer.Call again = server.nextCall();
            notifier.show(ENGLISH.chainEnding("dev", end));
            FakeNotificationServer.Call otherProfile = server.nextCall();

            assertThat(first).isZero();
            assertThat(again.replacesId()).as("the id the server gave the first").isEqualTo(1);
            assertThat(again.urgency()).isEqualTo((byte) 1);
            assertThat(otherProfile.replacesId()).isZero();
        }
    }

    @Test
    void aServerThatReadsMarkupGetsTheBodyEscaped() throws Exception {
        Notice notice = new Notice(Kind.SESSION_FAILED, "qa", "qa: the session failed",
                "HTTP 302 to /login?a=1&b=<x>", Severity.ERROR);
        try (FakeNotificationServer server = new FakeNotificationServer(bus.address(), List.of("body", "body-markup"));
             DBusNotifier notifier = new DBusNotifier(bus.address(), Duration.ofSeconds(10))) {

            assertThat(notifier.show(notice)).isTrue();

            assertThat(server.nextCall().body()).isEqualTo("HTTP 302 to /login?a=1&amp;b=&lt;x&gt;");
        }
    }

    @Test
    void aBusWithoutANotificationServerAnswersFalseAndTheWindowRaisesTheNotice() throws Exception {
        List<String> window = new CopyOnWriteArrayList<>();
        try (DBusNotifier notifier = new DBusNotifier(bus.address(), Duration.ofSeconds(10))) {
            NoticeDispatcher dispatcher = new NoticeDispatcher(notifier, new WindowNotices() {
                @Override
                public void show(Notice notice) {
                    window.add("shown");
                }

                @Override
                public void raise(Notice notice) {
                    window.add("raised");
                }
            }, true, Runnable::run);

            dispatcher.post(ENGLISH.accessExpiring("dev", Instant.parse("2026-12-08T01:45:00Z")));

            assertThat(window).containsExactly("shown", "raised");
            assertThat(notifier.hasBus()).as("a server may start later: the bus is tried again").isTrue();
        }
    }

    @Test
    void withoutASessionBusNothingIsTried() {
        try (DBusNotifier none = new DBusNotifier(null, Duration.ofSeconds(10));
             DBusNotifier gone = new DBusNotifier("unix:path=" + folder.resolve("no-such-socket"),
                     Duration.ofSeconds(10))) {
            Notice notice = ENGLISH.chainEnding("prod", Instant.parse("2026-12-08T02:30:00Z"));

            assertThat(none.hasBus()).isFalse();
            assertThat(none.show(notice)).isFalse();
            assertThat(gone.show(notice)).isFalse();
        }
    }

    @Test
    void aBusThatNeverAnswersIsGivenUpAfterTheTimeLimit() throws Exception {
        Path socket = folder.resolve("silent-bus");
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.bind(UnixDomainSocketAddress.of(socket)); // accepts the connection, never says a word
            try (DBusNotifier notifier = new DBusNotifier("unix:path=" + socket, Duration.ofMillis(500))) {
                Notice notice = ENGLISH.chainEnding("prod", Instant.parse("2026-12-08T02:30:00Z"));

                assertThat(notifier.show(notice)).isFalse();
                assertThat(notifier.hasBus()).as("later notices go straight to the window").isFalse();
            }
        }
    }
}
