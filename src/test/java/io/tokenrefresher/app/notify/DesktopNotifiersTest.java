package io.tokenrefresher.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tokenrefresher.core.notify.DBusNotifier;
import io.tokenrefresher.core.notify.Notice;
import io.tokenrefresher.core.notify.Notice.Kind;
import io.tokenrefresher.core.notify.Notice.Severity;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which desktop way each OS gets, and the tray's answer where there is no tray. */
class DesktopNotifiersTest {
    private static final Notice NOTICE = new Notice(Kind.CHAIN_ENDING, "prod", "prod: log in again before 10:35",
            "The refresh token ends at 10:35.", Severity.WARNING);

    @Test
    void linuxAndOtherUnixesUseTheSessionBusWindowsAndMacTheTray() {
        try (DesktopNotifiers linux = DesktopNotifiers.forOs("Linux", "Token Refresher", "");
             DesktopNotifiers bsd = DesktopNotifiers.forOs("FreeBSD", "Token Refresher", "");
             DesktopNotifiers windows = DesktopNotifiers.forOs("Windows 11", "Token Refresher", "");
             DesktopNotifiers mac = DesktopNotifiers.forOs("Mac OS X", "Token Refresher", "")) {
            assertThat(linux.chosen()).isInstanceOf(DBusNotifier.class);
            assertThat(bsd.chosen()).isInstanceOf(DBusNotifier.class);
            assertThat(windows.chosen()).isInstanceOf(TrayNotifier.class);
            assertThat(mac.chosen()).isInstanceOf(TrayNotifier.class);
        }
    }

    @Test
    void withoutATrayTheTrayAnswersFalseEveryTimeSoTheWindowRaisesTheNotice() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "mvn verify runs headless (java.awt.headless)");
        try (TrayNotifier tray = new TrayNotifier("Token Refresher")) {
            assertThat(tray.show(NOTICE)).isFalse();
            assertThat(tray.show(NOTICE)).isFalse();
        }
    }

    @Test
    void theInstalledIconIsTheOneBesideTheLauncher(@TempDir Path app) throws IOException {
        Path launcher = Files.createDirectories(app.resolve("bin")).resolve("token-refresher");
        assertThat(DesktopNotifiers.installedIcon(launcher.toString())).as("not installed yet").isEmpty();
        Path icon = Files.createDirectories(app.resolve("lib")).resolve("token-refresher.png");
        Files.write(icon, new byte[] {1});

        assertThat(DesktopNotifiers.installedIcon(launcher.toString())).isEqualTo(icon.toString());
        assertThat(DesktopNotifiers.installedIcon(null)).as("a portable jar").isEmpty();
    }

    @Test
    void noneShowsNothing() {
        assertThat(DesktopNotifiers.none().show(NOTICE)).isFalse();
    }
}
