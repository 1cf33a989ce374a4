package io.tokenrefresher.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How each OS's answer is read; the commands are faked, so this runs the same everywhere. */
class SystemThemeTest {
    private final List<List<String>> asked = new ArrayList<>();

    private SystemTheme on(String os, Map<String, String> answers) {
        return new SystemTheme(os, command -> {
            asked.add(command);
            return Optional.ofNullable(answers.get(String.join(" ", command)));
        });
    }

    private static final String SCHEME = "gsettings get org.gnome.desktop.interface color-scheme";
    private static final String GTK = "gsettings get org.gnome.desktop.interface gtk-theme";
    private static final String REG = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"
            + " /v AppsUseLightTheme";
    private static final String MAC = "defaults read -g AppleInterfaceStyle";

    @Test
    void gnomeColourScheme() {
        assertThat(on("Linux", Map.of(SCHEME, "'prefer-dark'\n")).isDark()).isTrue();
        assertThat(on("Linux", Map.of(SCHEME, "'prefer-light'\n", GTK, "'Adwaita-dark'")).isDark()).isFalse();
        assertThat(on("Linux", Map.of(SCHEME, "'default'\n", GTK, "'Adwaita'\n")).isDark()).isFalse();
    }

    @Test
    void olderGnomeNamesADarkGtkTheme() {
        assertThat(on("Linux", Map.of(SCHEME, "'default'\n", GTK, "'Yaru-dark'\n")).isDark()).isTrue();
        assertThat(on("Linux", Map.of(GTK, "'Adwaita-dark'\n")).isDark()).isTrue();
    }

    @Test
    void noGsettingsMeansLight() {
        assertThat(on("Linux", Map.of()).isDark()).isFalse();
        assertThat(asked).hasSize(2);
    }

    @Test
    void windowsRegistry() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        String light = dark.replace("0x0", "0x1");
        assertThat(on("Windows 11", Map.of(REG, dark)).isDark()).isTrue();
        assertThat(on("Windows 11", Map.of(REG, dark.stripTrailing())).isDark()).isTrue();
        assertThat(on("Windows 10", Map.of(REG, light)).isDark()).isFalse();
        assertThat(on("Windows 10", Map.of()).isDark()).isFalse();
    }

    @Test
    void macOsInterfaceStyle() {
        assertThat(on("Mac OS X", Map.of(MAC, "Dark\n")).isDark()).isTrue();
        // light: the key does not exist and the command fails
        assertThat(on("Mac OS X", Map.of()).isDark()).isFalse();
    }

    @Test
    void aFailingRunnerMeansLight() {
        SystemTheme broken = new SystemTheme("Linux", command -> {
            throw new IllegalStateException("no processes here");
        });
        assertThat(broken.isDark()).isFalse();
    }

    @Test
    void aMissingCommandGivesNoAnswerInsteadOfThrowing() {
        assertThat(SystemTheme.runWithTimeout(List.of("token-refresher-no-such-command-here"))).isEmpty();
    }
}
