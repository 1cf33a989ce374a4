package io.tokenrefresher.core.profile;

import java.util.Locale;

/**
 * The band of colour the window shows for a profile, so a tester sees at a glance which environment
 * is in use (red for pre-production, say). A small fixed set keeps the bands readable and distinct.
 */
public enum EnvironmentColour {
    NONE(null),
    GREEN("#2e7d32"),
    BLUE("#1565c0"),
    ORANGE("#ef6c00"),
    RED("#c62828"),
    PURPLE("#6a1b9a");

    private final String cssHex;

    EnvironmentColour(String cssHex) {
        this.cssHex = cssHex;
    }

    /**
     * The band colour as CSS hex ({@code #rrggbb}), or null for {@link #NONE} (no band). The window takes
     * its shades from app.css ({@code env-red}, ...; lighter ones in the dark theme); these are the light ones.
     */
    public String cssHex() {
        return cssHex;
    }

    /** The message key for the colour's name in a chooser: {@code profile.colour.red}, ... */
    public String key() {
        return "profile.colour." + name().toLowerCase(Locale.ROOT);
    }
}
