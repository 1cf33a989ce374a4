package io.tokenrefresher.core.jwt;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens tokens inside free text (a server's error description, the first lines of an answer, a log
 * line) to their first {@value #SHOWN_CHARS} characters. Spring Security OAuth2 answers
 * {@code Invalid refresh token: <the whole token>}, and an answer cut off in transit still holds most of
 * its new access token: neither may reach a log, stderr or the window's details whole.
 *
 * <p>What counts as a token, since a cut-off one is no longer a three-part JWT:
 * <ul>
 * <li>anything JWT-shaped: an {@code eyJ} segment (every JWT header starts with <code>{"</code>), with
 *     zero, one or two dots after it, however it ends;</li>
 * <li>the value of a known token field ({@code access_token}, {@code refreshToken}, ...) in JSON, a form or
 *     a query, even when the closing quote never came; secrets ({@code password}, {@code client_secret})
 *     are hidden whole;</li>
 * <li>what follows "token:" in a server's text (Spring's words for an opaque token);</li>
 * <li>any other run of 32+ Base64URL characters mixing upper case, lower case and digits (a hex id or a
 *     UUID has no upper case, so it stays readable).</li>
 * </ul>
 */
public final class TokenMask {
    /** Enough to tell two tokens apart, too little to use one. */
    public static final int SHOWN_CHARS = 12;
    private static final String HIDDEN = "***";

    private static final Pattern JWT_SHAPED = Pattern.compile("eyJ[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*){0,2}");
    private static final String TOKEN_FIELDS = "access_token|refresh_token|id_token|accessToken|refreshToken"
            + "|idToken|token|jwt|ticket|authorization|Authorization";
    private static final String SECRET_FIELDS = "password|client_secret|clientSecret|secret";
    // "access_token" : "value (closing quote optional: the answer may be cut off)
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(\"(?:" + TOKEN_FIELDS + "|" + SECRET_FIELDS + ")\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)");
    // access_token=value in a form, a query or a header line
    private static final Pattern PAIR = Pattern.compile(
            "(\\b(?:" + TOKEN_FIELDS + "|" + SECRET_FIELDS + ")=)([^&\\s\"]+)");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(?:" + SECRET_FIELDS + ")\\W*", Pattern.DOTALL);
    // Spring: "Invalid access token: 3c6f...", "Invalid refresh token (expired): 3c6f...", "Bearer 3c6f..."
    private static final Pattern AFTER_TOKEN_WORD = Pattern.compile(
            "((?i:token|bearer)[^\\S\\n]*(?:\\([^)\\n]{0,40}\\))?[^\\S\\n]*:?[^\\S\\n]*)([A-Za-z0-9_.~+/-][A-Za-z0-9_.~+/=-]{12,})");
    private static final Pattern LONG_OPAQUE = Pattern.compile("[A-Za-z0-9_-]{32,}");

    private TokenMask() {
    }

    public static String mask(String token) {
        if (token == null) {
            return "";
        }
        return token.length() <= SHOWN_CHARS ? token : token.substring(0, SHOWN_CHARS) + "…";
    }

    /** Every token-like part of {@code text} shortened (see the class comment); null stays null. */
    public static String maskIn(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = replace(JSON_FIELD, text, m -> m.group(1) + valueMask(m.group(1), m.group(2)));
        s = replace(PAIR, s, m -> m.group(1) + valueMask(m.group(1), m.group(2)));
        s = replace(JWT_SHAPED, s, m -> mask(m.group()));
        s = replace(AFTER_TOKEN_WORD, s, m -> m.group(1) + mask(m.group(2)));
        return replace(LONG_OPAQUE, s, m -> looksRandom(m.group()) ? mask(m.group()) : m.group());
    }

    /** @deprecated masks more than JWTs now; use {@link #maskIn} */
    @Deprecated
    public static String maskJwtsIn(String text) {
        return maskIn(text);
    }

    private static String valueMask(String name, String value) {
        return SECRET_NAME.matcher(name).matches() && !value.isEmpty() ? HIDDEN : mask(value);
    }

    private static boolean looksRandom(String run) {
        return run.chars().anyMatch(Character::isUpperCase) && run.chars().anyMatch(Character::isLowerCase)
                && run.chars().anyMatch(Character::isDigit);
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
