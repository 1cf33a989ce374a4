package io.tokenrefresher.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        java.util.Locale en = java.util.Locale.ENGLISH;
        assertThat(GuiLauncher.missingDisplay("Linux", java.util.Map.of(), null, en))
                .contains("no display").contains("token-refresher --help");
        assertThat(GuiLauncher.missingDisplay("Linux", java.util.Map.of(), null, java.util.Locale.SIMPLIFIED_CHINESE))
                .contains("显示器").contains("token-refresher --help");
        assertThat(GuiLauncher.missingDisplay("Linux", java.util.Map.of("DISPLAY", ":0"), null, en)).isNull();
        assertThat(GuiLauncher.missingDisplay("Linux", java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"), null, en)).isNull();
        assertThat(GuiLauncher.missingDisplay("Linux", java.util.Map.of("DISPLAY", " "), null, en)).isNotNull();
        assertThat(GuiLauncher.missingDisplay("Linux", java.util.Map.of(), "Headless", en)).isNull();
        assertThat(GuiLauncher.missingDisplay("Windows 11", java.util.Map.of(), null, en)).isNull();
    }

    /**
     * Runs {@code Main decode <token>} in a fresh JVM with {@code -verbose:class}: no class of
     * {@code javafx.*} may be loaded, or the command line pays JavaFX's start-up.
     */
    @Test
    void aCommandLoadsNoJavaFxClass() throws IOException, InterruptedException {
        String token = new io.tokenrefresher.testing.TestTokens().pair().accessToken();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class",
                "-cp", testClassPath(), Main.class.getName(), "decode", token));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
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
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", testClassPath(), Main.class.getName(), "--train-startup-archive", "cli"));
        builder.environment().put("TOKEN_REFRESHER_HOME", "/nonexistent/token-refresher-home");
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEmpty();
    }

    /** The window's training adds its classes by name: thousands of them, none initialised, none failing the run. */
    @Test
    void theWindowsTrainingLoadsTheJavaFxAndAppClassesWithoutInitialisingThem() {
        java.util.List<String> names = StartupClassLoading.classNames(testClassPath());
        assertThat(names).contains("javafx.scene.control.TextArea", "io.tokenrefresher.ui.main.MainController",
                "com.fasterxml.jackson.databind.ObjectMapper");
        assertThat(names).noneMatch(n -> n.endsWith("module-info") || n.startsWith("META-INF"));
    }

    private static String testClassPath() {
        // surefire runs tests from a manifest-only jar; the real class path is in this property
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
