package io.tokenrefresher.core.handoff;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;

/**
 * A DevTools console snippet that logs the Saber front end in with a token pair: it sets the cookies and
 * localStorage entries every known Saber version reads, then reloads the page. The keys per version
 * (from the Saber sources): cookies {@code saber-access-token}/{@code saber-refresh-token} (Saber 3.6 on,
 * Vue 2), {@code saber3-access-token}/{@code saber3-refresh-token} (the Vue 3 line),
 * {@code x-access-token} (older ones); localStorage {@code saber-token}/{@code saber-refreshToken},
 * stored the way Saber's store util wraps values: {@code {"dataType":"string","content":...,"datetime":...}}.
 * Setting all of them does no harm: each version reads only its own.
 */
public final class BrowserSnippet {
    /** Cookies that hold the access token. */
    public static final List<String> ACCESS_COOKIES = List.of("saber-access-token", "saber3-access-token",
            "x-access-token");
    /** Cookies that hold the refresh token. */
    public static final List<String> REFRESH_COOKIES = List.of("saber-refresh-token", "saber3-refresh-token");
    public static final String ACCESS_STORAGE_KEY = "saber-token";
    public static final String REFRESH_STORAGE_KEY = "saber-refreshToken";

    private BrowserSnippet() {
    }

    /** The snippet for this pair; {@code refreshToken} may be null (only the access token is set then). */
    public static String forTokens(String accessToken, String refreshToken) {
        StringBuilder js = new StringBuilder();
        js.append("(() => {\n");
        js.append("  const access = ").append(quoted(accessToken)).append(";\n");
        js.append("  const refresh = ").append(refreshToken == null ? "null" : quoted(refreshToken)).append(";\n");
        js.append("  const setCookie = (name, value) => { document.cookie = name + '=' + value + '; path=/'; };\n");
        js.append("  const wrap = value => JSON.stringify({dataType: 'string', content: value, datetime: Date.now()});\n");
        for (String name : ACCESS_COOKIES) {
            js.append("  setCookie(").append(quoted(name)).append(", access);\n");
        }
        js.append("  localStorage.setItem(").append(quoted(ACCESS_STORAGE_KEY)).append(", wrap(access));\n");
        js.append("  if (refresh) {\n");
        for (String name : REFRESH_COOKIES) {
            js.append("    setCookie(").append(quoted(name)).append(", refresh);\n");
        }
        js.append("    localStorage.setItem(").append(quoted(REFRESH_STORAGE_KEY)).append(", wrap(refresh));\n");
        js.append("  }\n");
        js.append("  console.log('Token Refresher: Saber tokens set, reloading');\n");
        js.append("  location.reload();\n");
        js.append("})();\n");
        return js.toString();
    }

    /** A JavaScript string literal (a JSON string is one), safe for any token text. */
    private static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
