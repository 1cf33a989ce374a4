package io.tokenrefresher.core.jwt;

import java.util.Locale;

/**
 * Cleans what a tester pasted into a token field: whitespace and line breaks anywhere, an
 * {@code Authorization:} or {@code Bearer } prefix, surrounding quotes, a {@code refresh_token=} or
 * {@code "refresh_token":} label, and a trailing comma from a copied JSON line.
 */
public final class PastedToken {
    private PastedToken() {
    }

    public static String clean(String pasted) {
        if (pasted == null) {
            return "";
        }
        String s = pasted.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            String before = s;
            s = s.strip();
            s = stripLabel(s, "authorization");
            s = stripBearer(s);
            s = stripLabel(s, "refresh_token");
            s = stripLabel(s, "access_token");
            if (s.endsWith(",")) {
                s = s.substring(0, s.length() - 1);
            }
            s = stripQuotes(s);
            changed = !s.equals(before);
        }
        return s.replaceAll("\\s+", "");
    }

    /** {@code Bearer} followed by white space or nothing; a token that only starts with those letters is kept. */
    private static String stripBearer(String s) {
        if (s.regionMatches(true, 0, "bearer", 0, 6) && (s.length() == 6 || Character.isWhitespace(s.charAt(6)))) {
            return s.substring(6).strip();
        }
        return s;
    }

    private static String stripLabel(String s, String label) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String form : new String[] {"\"" + label + "\"", label}) {
            if (lower.startsWith(form)) {
                String rest = s.substring(form.length()).strip();
                if (rest.startsWith(":") || rest.startsWith("=")) {
                    return rest.substring(1).strip();
                }
            }
        }
        return s;
    }

    private static String stripQuotes(String s) {
        if (s.length() >= 2) {
            char a = s.charAt(0);
            char b = s.charAt(s.length() - 1);
            if ((a == '"' || a == '\'' || a == '`' || a == '“') && (b == '"' || b == '\'' || b == '`' || b == '”')) {
                return s.substring(1, s.length() - 1);
            }
        }
        if (s.startsWith("\"") || s.startsWith("'")) {
            return s.substring(1);
        }
        if (s.endsWith("\"") || s.endsWith("'")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }
}
