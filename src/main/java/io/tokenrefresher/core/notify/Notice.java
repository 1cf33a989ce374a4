package io.tokenrefresher.core.notify;

import io.tokenrefresher.core.jwt.TokenMask;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event worth telling the user outside the window: what happened ({@link Kind}), to which profile,
 * and the words, already in the user's language ({@link Notices} makes them).
 *
 * <p>A notice never carries a token, whoever builds it: JWTs in the title or the body (whole, or cut by
 * an abbreviated detail) are cut to {@link TokenMask#SHOWN_CHARS} characters, and so is any long opaque
 * run of letters and digits in the body (an opaque refresh token quoted in a server's error description). The title is left otherwise as
 * given, since it holds the profile's name, which may well be long.
 */
public record Notice(Kind kind, String profileName, String title, String body, Severity severity) {

    /**
     * A JWT's start even without its dots: a long detail is cut before {@link TokenMask} sees it, and a JWT
     * cut in its payload no longer looks like one to it.
     */
    private static final Pattern JWT_START = Pattern.compile("eyJ[A-Za-z0-9_.-]{10,}");
    /** 20 or more token characters with a digit and a letter in them: what an opaque token or a UUID looks like. */
    private static final Pattern OPAQUE = Pattern.compile("(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])"
            + "[A-Za-z0-9_-]{20,}");

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        profileName = Objects.requireNonNullElse(profileName, "");
        title = mask(JWT_START, TokenMask.maskJwtsIn(Objects.requireNonNullElse(title, "")));
        body = mask(OPAQUE, mask(JWT_START, TokenMask.maskJwtsIn(Objects.requireNonNullElse(body, ""))));
    }

    /** The events the app tells the user about. */
    public enum Kind {
        /** A session can no longer be kept: the refresh failed for good (a refusal, or retries ran out). */
        SESSION_FAILED,
        /** The refresh token itself ends soon: the user must log in again before then. */
        CHAIN_ENDING,
        /** With auto-refresh off, the access token expires in a few minutes. */
        ACCESS_EXPIRING
    }

    /** How loudly: maps to the D-Bus urgency and the tray's message type. */
    public enum Severity {
        INFO, WARNING, ERROR
    }

    private static String mask(Pattern secret, String text) {
        Matcher m = secret.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(TokenMask.mask(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
