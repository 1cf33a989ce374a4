package io.tokenrefresher.core.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The per-OS folder that holds {@code profiles.json}:
 * <ul>
 * <li>{@code TOKEN_REFRESHER_HOME} when set (tests, portable use), on every OS;</li>
 * <li>Linux and other Unix: {@code $XDG_CONFIG_HOME/token-refresher}, else {@code ~/.config/token-refresher};</li>
 * <li>Windows: {@code %APPDATA%\TokenRefresher} (else {@code ~\AppData\Roaming\TokenRefresher});</li>
 * <li>macOS: {@code ~/Library/Application Support/TokenRefresher}.</li>
 * </ul>
 *
 * @param configDirectory the folder
 * @param origin          which rule chose it (for an "About / where are my files" line)
 */
public record AppDirectories(Path configDirectory, Origin origin) {

    public static final String HOME_OVERRIDE_VARIABLE = "TOKEN_REFRESHER_HOME";

    public enum Origin {
        OVERRIDE_VARIABLE,
        XDG_CONFIG_HOME,
        USER_CONFIG,
        WINDOWS_APPDATA,
        MACOS_APPLICATION_SUPPORT
    }

    public AppDirectories {
        Objects.requireNonNull(configDirectory, "configDirectory");
        Objects.requireNonNull(origin, "origin");
    }

    /** The folder for this process: its environment, {@code os.name} and {@code user.home}. */
    public static AppDirectories forThisSystem() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public static AppDirectories resolve(Map<String, String> environment, String osName, String userHome) {
        String override = nonBlank(environment.get(HOME_OVERRIDE_VARIABLE));
        if (override != null) {
            return new AppDirectories(Path.of(override), Origin.OVERRIDE_VARIABLE);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = nonBlank(environment.get("APPDATA"));
            Path base = appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return new AppDirectories(base.resolve("TokenRefresher"), Origin.WINDOWS_APPDATA);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return new AppDirectories(Path.of(userHome, "Library", "Application Support", "TokenRefresher"),
                    Origin.MACOS_APPLICATION_SUPPORT);
        }
        String xdg = nonBlank(environment.get("XDG_CONFIG_HOME"));
        // The XDG spec says a relative value is invalid and must be ignored.
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return new AppDirectories(Path.of(xdg, "token-refresher"), Origin.XDG_CONFIG_HOME);
        }
        return new AppDirectories(Path.of(userHome, ".config", "token-refresher"), Origin.USER_CONFIG);
    }

    public Path profilesFile() {
        return configDirectory.resolve(ProfileStore.FILE_NAME);
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
