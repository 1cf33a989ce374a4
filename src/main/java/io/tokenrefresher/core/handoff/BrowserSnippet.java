package io.tokenrefresher.core.handoff;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

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
    public static final String ACCESS_STORAGE_KEY = "saber-token";
    public static final String REFRESH_STORAGE_KEY = "saber-refreshToken";

    private BrowserSnippet() {
    }

    /** The snippet for this pair, for every known Saber version; {@code refreshToken} may be null. */
    public static String forTokens(String accessToken, String refreshToken) {
        return forTokens(accessToken, refreshToken, SaberVersion.ALL);
    }

    /** The snippet for this pair and Saber version; {@code refreshToken} may be null (only the access token is set then). */
    public static String forTokens(String accessToken, String refreshToken, SaberVersion version) {
        StringBuilder js = new StringBuilder();
        js.append("(() => {\n");
        js.append("  const access = ").append(quoted(accessToken)).append(";\n");
        js.append("  const refresh = ").append(refreshToken == null ? "null" : quoted(refreshToken)).append(";\n");
        js.append("  const setCookie = (name, value) => { document.cookie = name + '=' + value + '; path=/'; };\n");
        js.append("  const wrap = value => JSON.stringify({dataType: 'string', content: value, datetime: Date.now()});\n");
        for (String name : version.accessCookies()) {
            js.append("  setCookie(").append(quoted(name)).append(", access);\n");
        }
        if (version.localStorage()) {
            js.append("  localStorage.setItem(").append(quoted(ACCESS_STORAGE_KEY)).append(", wrap(access));\n");
        }
        js.append("  if (refresh) {\n");
        for (String name : version.refreshCookies()) {
            js.append("    setCookie(").append(quoted(name)).append(", refresh);\n");
        }
        if (version.localStorage()) {
            js.append("    localStorage.setItem(").append(quoted(REFRESH_STORAGE_KEY)).append(", wrap(refresh));\n");
        }
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
