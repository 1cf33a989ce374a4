package io.tokenrefresher.core.oauth.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import io.tokenrefresher.core.oauth.RetryAfter;
import io.tokenrefresher.core.oauth.TokenAnswers;
import io.tokenrefresher.core.oauth.TokenResponse;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads an answer that did come back: tokens, or which of the ways gateways fail it is (redirect,
 * refusal with or without OAuth fields, web page, broken or token-less JSON). Gateways differ in how
 * they say things, so the rules here are the ones seen in practice: BladeX's {@code data} envelope,
 * {@code success:false} on HTTP 200, Spring's "Missing grant type" for an ignored JSON body.
 *
 * <p>Works on a {@link WireAnswer} only, so it needs no network to be exercised.
 */
final class AnswerClassifier {
    private static final int EXCERPT_LINES = 8;
    private static final int EXCERPT_CHARS = 600;

    private final ObjectMapper mapper;
    private final Clock clock;

    /** @param clock stamps when tokens were received */
    AnswerClassifier(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Tokens, or the failure; for a 400 {@code invalid_request} about the grant type the attempt says
     * the JSON body was ignored, which is Auto's cue to send the form.
     */
    Attempt classify(WireAnswer answer) {
        int status = answer.status();
        HttpHeaders headers = answer.headers();
        String contentType = headers.firstValue("Content-Type").orElse("");
        String body = new String(answer.body(), charsetOf(contentType));
        if (status >= 300 && status < 400) {
            return Attempt.failed(new GatewayFailure.Redirect(status, headers.firstValue("Location").orElse("")));
        }
        String trimmed = body.strip();
        boolean looksJson = trimmed.startsWith("{") || trimmed.startsWith("[");
        JsonNode json = null;
        GatewayFailure parseFailure = null;
        if (looksJson) {
            try {
                json = mapper.readTree(trimmed);
            } catch (JsonEOFException e) {
                parseFailure = new GatewayFailure.MalformedJson(status, e.getOriginalMessage(), excerpt(body), true);
            } catch (JsonProcessingException e) {
                parseFailure = new GatewayFailure.MalformedJson(status, e.getOriginalMessage(), excerpt(body), false);
            }
        }
        if (status == 429) {
            return Attempt.failed(new GatewayFailure.RateLimited(status,
                    RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant()).orElse(null)));
        }
        if (ErrorPages.isProxyStatus(status) && json == null) {
            return Attempt.failed(new GatewayFailure.UpstreamUnavailable(status, ErrorPages.title(body), contentType,
                    excerpt(body), ErrorPages.looksLikeHtml(contentType, trimmed)));
        }
        if (status < 200 || status >= 300) {
            OAuthError error = OAuthError.from(json);
            String www = headers.firstValue("WWW-Authenticate").orElse(null);
            FailureHint hint = FailureHint.classify(status, error, www);
            if (status >= 500 && hint == null) {
                // Spring's 500 server_error is an exception inside the gateway, not a verdict on the token
                return Attempt.failed(new GatewayFailure.ServerFault(status, error, excerpt(body), json != null));
            }
            boolean ignoredJson = status == 400 && error != null && "invalid_request".equals(error.error())
                    && error.description() != null
                    && error.description().toLowerCase(Locale.ROOT).matches(".*grant[ _]type.*");
            return new Attempt(status, null,
                    new GatewayFailure.ServerRefused(status, error, hint, excerpt(body), json != null), ignoredJson);
        }
        if (parseFailure != null) {
            return Attempt.failed(parseFailure);
        }
        if (trimmed.isEmpty()) {
            // nothing came back: "not JSON (application/json)" would puzzle; no token is what matters
            return Attempt.failed(new GatewayFailure.MissingAccessToken(status, List.of()));
        }
        if (!looksJson) {
            boolean html = ErrorPages.looksLikeHtml(contentType, trimmed);
            return Attempt.failed(new GatewayFailure.NotJson(status, contentType, excerpt(body), html));
        }
        if (!json.isObject()) {
            return Attempt.failed(new GatewayFailure.MissingAccessToken(status, List.of()));
        }
        return tokens(status, (ObjectNode) json, body);
    }

    /** A 2xx JSON object: the tokens, maybe inside an envelope, or why there are none. */
    private Attempt tokens(int status, ObjectNode object, String body) {
        // BladeX wraps the answer in {"code","success","data"}; SpringBlade also names the fields in camelCase
        object = TokenAnswers.standardize(object);
        if (!object.hasNonNull("access_token")) {
            if (OAuthError.looksLikeRefusal(object)) {
                OAuthError error = OAuthError.from(object);
                return Attempt.failed(new GatewayFailure.ServerRefused(status, error,
                        FailureHint.classify(status, error, null), excerpt(body), true));
            } else {
                return Attempt.failed(new GatewayFailure.MissingAccessToken(status, fieldNames(object)));
            }
        }
        return new Attempt(status, TokenResponse.from(object, clock.instant()), null, false);
    }

    /** The first lines of a body, short enough for a status area and free of control characters. */
    static String excerpt(String body) {
        String[] lines = body.strip().split("\\R", EXCERPT_LINES + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, EXCERPT_LINES); i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(lines[i].strip());
        }
        String s = sb.toString().replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
        return s.length() > EXCERPT_CHARS ? s.substring(0, EXCERPT_CHARS) + "…" : s;
    }

    /** The charset the answer names; UTF-8 when it names none or one the JVM does not know. */
    static Charset charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").trim());
                } catch (RuntimeException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
