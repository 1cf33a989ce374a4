package io.tokenrefresher.core.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The shapes a token answer comes in, turned into the standard one so that everything after reads a
 * single shape: the standard OAuth2 object, BladeX's {@code {"code","success","data":{...}}} envelope,
 * and SpringBlade's camelCase fields ({@code accessToken}, {@code refreshToken}, {@code tokenType},
 * {@code expiresIn}), wrapped or not. Only the five standard names are renamed; every other field keeps
 * the name and order the server gave it.
 */
public final class TokenAnswers {
    private static final Map<String, String> CAMEL_TO_STANDARD = Map.of(
            "accessToken", "access_token", "refreshToken", "refresh_token", "tokenType", "token_type",
            "expiresIn", "expires_in");

    private TokenAnswers() {
    }

    /** The standard token object inside {@code answer}, or {@code answer} itself when it holds no token. */
    public static ObjectNode standardize(ObjectNode answer) {
        ObjectNode tokens = answer;
        JsonNode data = answer.get("data");
        if (!hasToken(answer) && data != null && data.isObject() && hasToken(data)) {
            tokens = (ObjectNode) data;
        }
        if (tokens.hasNonNull("access_token") || !tokens.hasNonNull("accessToken")) {
            return tokens;
        }
        ObjectNode renamed = tokens.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = tokens.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = CAMEL_TO_STANDARD.getOrDefault(e.getKey(), e.getKey());
            if (!renamed.has(name)) {
                renamed.set(name, e.getValue());
            }
        }
        return renamed;
    }

    private static boolean hasToken(JsonNode node) {
        return node.hasNonNull("access_token") || node.hasNonNull("accessToken");
    }
}
