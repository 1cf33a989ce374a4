package io.tokenrefresher.ui.settings;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javafx.scene.text.Font;

/**
 * The fixed-width font for tokens, details and the countdown, named by family. JavaFX's logical
 * "Monospaced" follows fontconfig's language rules on Linux: with a Chinese locale it resolved to a
 * proportional CJK font, so tokens lost their columns and the countdown's digits changed width every
 * second. CSS cannot list fallbacks ({@code -fx-font-family} takes one family), so the first installed
 * of the usual programmer's fonts is picked here; CJK glyphs still fall back per character.
 */
final class MonospaceFont {
    /** Windows 11, Windows 7-10, common on developer machines, Linux, macOS; then the logical font. */
    static final List<String> CANDIDATES = List.of("Cascadia Mono", "Consolas", "JetBrains Mono",
            "DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Menlo", "Courier New");
    static final String FALLBACK = "Monospaced";

    private static String family;

    private MonospaceFont() {
    }

    /** The first installed candidate, looked up once (on the FX thread, like every font lookup here). */
    static synchronized String family() {
        if (family == null) {
            family = CANDIDATES.stream().filter(MonospaceFont::installed).findFirst().orElse(FALLBACK);
        }
        return family;
    }

    /** A stylesheet that gives the fixed-width parts that family; added after app.css, so it wins. */
    static String stylesheet() {
        String css = ".token-text, .token-text .content, .details-text, .countdown, "
                + ".shortcuts-help .shortcut-key { -fx-font-family: \"" + family() + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean installed(String name) {
        return name.equalsIgnoreCase(Font.font(name, 12).getFamily());
    }
}
