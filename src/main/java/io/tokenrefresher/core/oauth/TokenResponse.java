package io.tokenrefresher.core.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A successful token answer: the standard fields, every other field in the server's order, and
 * when it arrived (the base for {@code expires_in} when the token is not a JWT).
 */
public record TokenResponse(
        String accessToken,
        String refreshToken,
        String tokenType,
        Long expiresIn,
        String scope,
        List<Field> otherFields,
        ObjectNode json,
        Instant receivedAt) {

    private static final Set<String> STANDARD =
            Set.of("access_token", "refresh_token", "token_type", "expires_in", "scope");

    /** One non-standard field; {@code value} is the text to show, {@code node} the JSON as sent. */
    public record Field(String name, String value, JsonNode node) {
    }

    /** The tokens and other fields of a 2xx JSON answer (read by {@code core.oauth.http}). */
    public static TokenResponse from(ObjectNode json, Instant receivedAt) {
        List<Field> others = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = json.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!STANDARD.contains(e.getKey())) {
                others.add(new Field(e.getKey(), display(e.getValue()), e.getValue()));
            }
        }
        return new TokenResponse(
                textOrNull(json.get("access_token")),
                textOrNull(json.get("refresh_token")),
                textOrNull(json.get("token_type")),
                longOrNull(json.get("expires_in")),
                scopeText(json.get("scope")),
                List.copyOf(others),
                json,
                receivedAt);
    }

    /** Shows a JSON value as a user reads it: strings bare, arrays comma-separated, objects as JSON. */
    public static String display(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(n.isValueNode() ? n.asText() : n.toString()));
            return String.join(", ", parts);
        }
        return node.toString();
    }

    private static String scopeText(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isArray() ? display(node).replace(", ", " ") : node.asText();
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }

    private static Long longOrNull(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.asLong();
        }
        try {
            return Long.parseLong(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", scope=" + scope
                + ", fields=" + otherFields.size() + "]";
    }
}
