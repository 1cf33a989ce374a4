package io.tokenrefresher.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.testing.ChildJvm;
import io.tokenrefresher.testing.TestTokens;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which arguments open the window and which run a command, and that a command never loads JavaFX. */
class MainDispatchTest {

    @Test
    void commandsHelpAndVersionGoToTheCommandLine() {
        assertThat(Main.isCommandLine(new String[] {"refresh", "-g", "x"})).isTrue();
        assertThat(Main.isCommandLine(new String[] {"decode"})).isTrue();
        assertThat(Main.isCommandLine(new String[] {"typo"})).isTrue();
        assertThat(Main.isCommandLine(new String[] {"--help"})).isTrue();
        assertThat(Main.isCommandLine(new String[] {"-h"})).isTrue();
        assertThat(Main.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(Main.isCommandLine(new String[] {"-V"})).isTrue();
    }

    @Test
    void noArgumentsOrJavaFxParametersOpenTheWindow() {
        assertThat(Main.isCommandLine(new String[0])).isFalse();
        assertThat(Main.isCommandLine(new String[] {"--prism.order=sw"})).isFalse();
        assertThat(Main.isCommandLine(new String[] {"-Dx=y"})).isFalse();
    }

    @Test
    void withoutADisplayTheWindowSaysSoInsteadOfAStackTrace() {
        Locale en = Locale.ENGLISH;
        assertThat(GuiLauncher.missingDisplay("Linux", Map.of(), null, en))
                .contains("no display").contains("token-refresher --help");
        assertThat(GuiLauncher.missingDisplay("Linux", Map.of(), null, Locale.SIMPLIFIED_CHINESE))
                .contains("显示器").contains("token-refresher --help");
        assertThat(GuiLauncher.missingDisplay("Linux", Map.of("DISPLAY", ":0"), null, en)).isNull();
        assertThat(GuiLauncher.missingDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null, en)).isNull();
        assertThat(GuiLauncher.missingDisplay("Linux", Map.of("DISPLAY", " "), null, en)).isNotNull();
        assertThat(GuiLauncher.missingDisplay("Linux", Map.of(), "Headless", en)).isNull();
        assertThat(GuiLauncher.missingDisplay("Windows 11", Map.of(), null, en)).isNull();
    }

    /**
     * Runs {@code Main decode <token>} in a fresh JVM with {@code -verbose:class}: no class of
     * {@code javafx.*} may be loaded, or the command line pays JavaFX's start-up.
     */
    @Test
    void aCommandLoadsNoJavaFxClass() throws IOException, InterruptedException {
        String token = new TestTokens().pair().accessToken();
        ChildJvm.Result run = ChildJvm.run(List.of("-verbose:class"), Map.of(), Main.class.getName(), "decode", token);
        String output = run.output();

        assertThat(run.exitCode()).as(output).isZero();
        assertThat(output).contains("io.tokenrefresher.cli.DecodeCommand").contains("jti");
        assertThat(output.lines().filter(l -> l.contains("javafx")).toList()).isEmpty();
    }

    /**
     * The installer's training run for the start-up archive: every exchange of it succeeds (exit 0)
     * against its loopback responder, prints nothing, and reads no profile (a profile folder that
     * cannot exist).
     */
    @Test
    void theStartupArchiveTrainingRunSucceedsQuietly() throws IOException, InterruptedException {
        ChildJvm.Result run = ChildJvm.run(List.of(), Map.of("TOKEN_REFRESHER_HOME", "/nonexistent/token-refresher-home"),
                Main.class.getName(), "--train-startup-archive", "cli");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).isEmpty();
    }

    /** The window's training run: the command line's exchanges, then the classes of JavaFX, app and libraries. */
    @Test
    void theWindowsTrainingRunSucceedsQuietly() throws IOException, InterruptedException {
        ChildJvm.Result run = ChildJvm.run(List.of(), Map.of("TOKEN_REFRESHER_HOME", "/nonexistent/home"),
                Main.class.getName(), "--train-startup-archive", "window");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).isEmpty();
    }
}
