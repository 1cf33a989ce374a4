package io.tokenrefresher.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the OS uses dark colours, asked the way each OS answers it:
 * <ul>
 * <li>Linux (GNOME and desktops that share its settings): {@code gsettings get org.gnome.desktop.interface
 *     color-scheme} says {@code 'prefer-dark'}; before GNOME 42, a GTK theme named {@code ...-dark};</li>
 * <li>Windows: {@code AppsUseLightTheme} is 0 under {@code HKCU\...\Themes\Personalize} ({@code reg query});</li>
 * <li>macOS: {@code defaults read -g AppleInterfaceStyle} says {@code Dark} (it fails when light).</li>
 * </ul>
 * Any failure, a missing command, or no answer within the timeout means light.
 *
 * <p>Starts a process and waits for it: call off the FX thread.
 */
public final class SystemTheme {
    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    /** Runs a command; its output, or empty when it failed, took too long or could not start. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> run(List<String> command);
    }

    private final String osName;
    private final Commands commands;

    public SystemTheme(String osName, Commands commands) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.commands = commands;
    }

    /** This machine's OS, asked with its own commands, each given at most 1.5 s. */
    public static SystemTheme forThisSystem() {
        return new SystemTheme(System.getProperty("os.name", ""), SystemTheme::runWithTimeout);
    }

    public boolean isDark() {
        try {
            if (osName.startsWith("windows")) {
                return commands.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion"
                        + "\\Themes\\Personalize", "/v", "AppsUseLightTheme"))
                        .map(out -> out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+(\\s.*)?")).orElse(false);
            }
            if (osName.startsWith("mac") || osName.startsWith("darwin")) {
                return commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                        .map(out -> out.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
            }
            Optional<String> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface",
                    "color-scheme"));
            if (scheme.map(out -> out.toLowerCase(Locale.ROOT).contains("dark")).orElse(false)) {
                return true;
            }
            if (scheme.map(out -> out.contains("prefer-light")).orElse(false)) {
                return false;
            }
            return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                    .map(out -> out.toLowerCase(Locale.ROOT).contains("-dark")).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The command's output when it ends with 0 within the timeout; empty otherwise. */
    static Optional<String> runWithTimeout(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException | RuntimeException notThere) {
            return Optional.empty();
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            // a line or two: it fits in the pipe, so waiting first cannot block the command
            try (InputStream out = process.getInputStream()) {
                return Optional.of(new String(out.readNBytes(4096), Charset.defaultCharset()));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
