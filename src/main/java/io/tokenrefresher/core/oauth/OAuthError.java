package io.tokenrefresher.core.oauth;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The error fields a gateway put in its answer, whichever of the known shapes it used:
 * Spring Security OAuth2 {@code {"error","error_description"}}, BladeX {@code {"code","success","msg"}},
 * {@code {"error_code","error_description"}}, or Spring Boot's {@code {"status","error","message"}}.
 */
public record OAuthError(String error, String description, String code) {

    /** Reads the error fields from a JSON answer; null when none of the known fields is present. */
    public static OAuthError from(JsonNode json) {
        if (json == null || !json.isObject()) {
            return null;
        }
        String error = text(json, "error");
        String code = firstText(json, "error_code", "code");
        String description = firstText(json, "error_description", "msg", "message", "errorMessage");
        if (error == null && description == null && code == null) {
            return null;
        }
        return new OAuthError(error, description, code);
    }

    /** Whether a 200 answer is really a refusal wrapped in an envelope ({@code success:false}, or only an error). */
    public static boolean looksLikeRefusal(JsonNode json) {
        if (json == null || !json.isObject()) {
            return false;
        }
        JsonNode success = json.get("success");
        if (success != null && success.isBoolean() && !success.booleanValue()) {
            return true;
        }
        return json.hasNonNull("error") || json.hasNonNull("error_code");
    }

    /** A one-line summary: {@code invalid_grant: Invalid refresh token (expired)}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (error != null) {
            sb.append(error);
        } else if (code != null) {
            sb.append(code);
        }
        if (description != null) {
            if (sb.length() > 0) {
                sb.append(": ");
            }
            sb.append(description);
        }
        return sb.toString();
    }

    private static String firstText(JsonNode json, String... names) {
        for (String n : names) {
            String t = text(json, n);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String text(JsonNode json, String name) {
        JsonNode n = json.get(name);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String t = n.asText();
        return t.isBlank() ? null : t;
    }
}
