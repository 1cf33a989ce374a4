package io.tokenrefresher.cli;

/**
 * Column width of text in a terminal: CJK ideographs, kana, Hangul and full-width forms take two
 * cells, so a table with Chinese claim names still lines up.
 */
final class TextWidth {
    private TextWidth() {
    }

    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    static String padRight(String s, int width) {
        int pad = width - of(s);
        return pad <= 0 ? s : s + " ".repeat(pad);
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F          // Hangul Jamo
                || cp >= 0x2E80 && cp <= 0xA4CF      // CJK radicals .. Yi, including ideographs and kana
                || cp >= 0xAC00 && cp <= 0xD7A3      // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF      // CJK compatibility ideographs
                || cp >= 0xFE30 && cp <= 0xFE4F      // CJK compatibility forms
                || cp >= 0xFF00 && cp <= 0xFF60      // full-width forms
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD;   // CJK extensions B and beyond
    }
}
