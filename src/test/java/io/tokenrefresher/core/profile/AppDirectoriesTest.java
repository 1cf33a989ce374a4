package io.tokenrefresher.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    @Test
    void theOverrideVariableWinsOnEveryOs() {
        Map<String, String> env = Map.of("TOKEN_REFRESHER_HOME", "/portable/tr", "APPDATA", "C:\\Users\\qa\\AppData\\Roaming",
                "XDG_CONFIG_HOME", "/home/qa/.xdg");
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            AppDirectories dirs = AppDirectories.resolve(env, os, "/home/qa");
            assertThat(dirs.configDirectory()).isEqualTo(Path.of("/portable/tr"));
            assertThat(dirs.origin()).isEqualTo(AppDirectories.Origin.OVERRIDE_VARIABLE);
        }
    }

    @Test
    void linuxUsesXdgConfigHomeWhenAbsoluteElseDotConfig() {
        assertThat(AppDirectories.resolve(Map.of("XDG_CONFIG_HOME", "/home/qa/.xdg"), "Linux", "/home/qa")
                .configDirectory()).isEqualTo(Path.of("/home/qa/.xdg/token-refresher"));
        AppDirectories relativeXdg = AppDirectories.resolve(Map.of("XDG_CONFIG_HOME", "relative/cfg"), "Linux", "/home/qa");
        assertThat(relativeXdg.configDirectory()).isEqualTo(Path.of("/home/qa/.config/token-refresher"));
        assertThat(relativeXdg.origin()).isEqualTo(AppDirectories.Origin.USER_CONFIG);
        assertThat(AppDirectories.resolve(Map.of("TOKEN_REFRESHER_HOME", "  "), "Linux", "/home/qa").profilesFile())
                .isEqualTo(Path.of("/home/qa/.config/token-refresher/profiles.json"));
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.resolve(Map.of("APPDATA", "C:\\Users\\qa\\AppData\\Roaming"), "Windows 10",
                "C:\\Users\\qa");
        assertThat(dirs.configDirectory()).isEqualTo(Path.of("C:\\Users\\qa\\AppData\\Roaming").resolve("TokenRefresher"));
        assertThat(dirs.origin()).isEqualTo(AppDirectories.Origin.WINDOWS_APPDATA);
        assertThat(AppDirectories.resolve(Map.of(), "Windows 10", "/users/qa").configDirectory())
                .isEqualTo(Path.of("/users/qa", "AppData", "Roaming", "TokenRefresher"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        AppDirectories dirs = AppDirectories.resolve(Map.of("XDG_CONFIG_HOME", "/Users/qa/.xdg"), "Mac OS X", "/Users/qa");
        assertThat(dirs.configDirectory()).isEqualTo(Path.of("/Users/qa/Library/Application Support/TokenRefresher"));
        assertThat(dirs.origin()).isEqualTo(AppDirectories.Origin.MACOS_APPLICATION_SUPPORT);
    }
}
