package io.tokenrefresher.core.oauth.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the error page a reverse proxy sends in place of the gateway's answer (nginx's
 * {@code <html><head><title>502 Bad Gateway</title>...}): its title is the one line worth quoting.
 */
final class ErrorPages {
    static final int TITLE_CHARS = 80;

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private ErrorPages() {
    }

    /** The statuses a proxy answers with when what stands behind it is down, overloaded or slow. */
    static boolean isProxyStatus(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    static boolean looksLikeHtml(String contentType, String trimmedBody) {
        return contentType.toLowerCase(Locale.ROOT).contains("html")
                || trimmedBody.regionMatches(true, 0, "<!doctype html", 0, 14)
                || trimmedBody.regionMatches(true, 0, "<html", 0, 5);
    }

    /**
     * The page's {@code <title>}, else its first {@code <h1>}, else (plain text) its first non-blank line;
     * tags and runs of white space removed, cut to {@value #TITLE_CHARS} characters. Empty for an empty body.
     */
    static String title(String body) {
        String found = firstGroup(TITLE, body);
        if (found == null) {
            found = firstGroup(H1, body);
        }
        if (found == null) {
            found = body.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            found = TAG.matcher(found).replaceAll(" ");
        }
        String clean = found.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return clean.length() > TITLE_CHARS ? clean.substring(0, TITLE_CHARS - 1) + "…" : clean;
    }

    private static String firstGroup(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            return null;
        }
        String inner = TAG.matcher(m.group(1)).replaceAll(" ").strip();
        return inner.isEmpty() ? null : inner;
    }
}
