package io.tokenrefresher.core.settings;

import java.util.Locale;
import java.util.Objects;

/**
 * What the user chose in Settings: the language (used from the next start on), the theme and the font
 * size (both applied at once). A missing or unknown value reads as its default.
 */
public record AppSettings(Language language, Theme theme, FontSize fontSize) {

    public static final AppSettings DEFAULTS = new AppSettings(Language.SYSTEM, Theme.SYSTEM, FontSize.NORMAL);

    public AppSettings {
        language = Objects.requireNonNullElse(language, Language.SYSTEM);
        theme = Objects.requireNonNullElse(theme, Theme.SYSTEM);
        fontSize = Objects.requireNonNullElse(fontSize, FontSize.NORMAL);
    }

    public AppSettings withLanguage(Language value) {
        return new AppSettings(value, theme, fontSize);
    }

    public AppSettings withTheme(Theme value) {
        return new AppSettings(language, value, fontSize);
    }

    public AppSettings withFontSize(FontSize value) {
        return new AppSettings(language, theme, value);
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
