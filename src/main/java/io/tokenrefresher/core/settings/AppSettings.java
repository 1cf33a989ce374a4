package io.tokenrefresher.core.settings;

import java.util.Locale;
import java.util.Objects;

/**
 * What the user chose in Settings: the language (used from the next start on), the theme and the font
 * size (both applied at once), and whether session events show as desktop notifications (on by default:
 * a session that can no longer be kept must be noticed while the tester works in another window). A
 * missing or unknown value reads as its default.
 */
public record AppSettings(Language language, Theme theme, FontSize fontSize, boolean desktopNotifications) {

    public static final AppSettings DEFAULTS = new AppSettings(Language.SYSTEM, Theme.SYSTEM, FontSize.NORMAL, true);

    public AppSettings {
        language = Objects.requireNonNullElse(language, Language.SYSTEM);
        theme = Objects.requireNonNullElse(theme, Theme.SYSTEM);
        fontSize = Objects.requireNonNullElse(fontSize, FontSize.NORMAL);
    }

    /** The appearance only; the switches keep their defaults. */
    public AppSettings(Language language, Theme theme, FontSize fontSize) {
        this(language, theme, fontSize, DEFAULTS.desktopNotifications);
    }

    public AppSettings withLanguage(Language value) {
        return new AppSettings(value, theme, fontSize, desktopNotifications);
    }

    public AppSettings withTheme(Theme value) {
        return new AppSettings(language, value, fontSize, desktopNotifications);
    }

    public AppSettings withFontSize(FontSize value) {
        return new AppSettings(language, theme, value, desktopNotifications);
    }

    public AppSettings withDesktopNotifications(boolean on) {
        return new AppSettings(language, theme, fontSize, on);
    }

    /** The window's language; {@link #SYSTEM} follows the OS (the JVM's default locale at start). */
    public enum Language {
        SYSTEM, SIMPLIFIED_CHINESE, ENGLISH;

        /** The locale the app uses with this choice, given the OS's. */
        public Locale locale(Locale system) {
            return switch (this) {
                case SYSTEM -> system;
                case SIMPLIFIED_CHINESE -> Locale.SIMPLIFIED_CHINESE;
                case ENGLISH -> Locale.ENGLISH;
            };
        }
    }

    /** Light or dark colours; {@link #SYSTEM} follows the OS where it can be read ({@link SystemTheme}). */
    public enum Theme {
        SYSTEM, LIGHT, DARK;

        /** Whether the window is dark with this choice, given whether the OS is. */
        public boolean isDark(boolean systemIsDark) {
            return this == DARK || this == SYSTEM && systemIsDark;
        }
    }

    /** The size of all text in the window, the tokens' monospace included. */
    public enum FontSize {
        NORMAL, LARGE
    }
}
