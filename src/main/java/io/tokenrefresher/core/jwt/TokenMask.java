package io.tokenrefresher.core.jwt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens JWTs inside free text (a server's error description, a log line) to their first
 * characters. Spring Security OAuth2 answers {@code Invalid refresh token: <the whole token>}, and a
 * token must not reach a log or stderr whole unless the user asked for it.
 */
public final class TokenMask {
    /** Enough to tell two tokens apart, too little to use one. */
    public static final int SHOWN_CHARS = 12;

    // header.payload.signature, each Base64URL; the header of every JWT starts with {" = eyJ
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private TokenMask() {
    }

    public static String mask(String token) {
        if (token == null) {
            return "";
        }
        return token.length() <= SHOWN_CHARS ? token : token.substring(0, SHOWN_CHARS) + "…";
    }

    public static String maskJwtsIn(String text) {
        if (text == null || !text.contains("eyJ")) {
            return text;
        }
        Matcher m = JWT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(mask(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
