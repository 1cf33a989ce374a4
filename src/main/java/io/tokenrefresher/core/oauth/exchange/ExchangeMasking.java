package io.tokenrefresher.core.oauth.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.jwt.TokenMask;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a captured exchange reads on screen and in a bug report: secrets masked unless revealed. Client
 * secrets and passwords are hidden whole, tokens cut to their first {@value TokenMask#SHOWN_CHARS}
 * characters (enough to tell two apart), Basic credentials shown as the client id only.
 */
public final class ExchangeMasking {
    /** As {@link TokenMask} hides secrets, so both read the same. */
    public static final String HIDDEN = "***";
    private static final Pattern JWT =
            Pattern.compile("eyJ[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*){0,2}");
    private static final Set<String> HIDDEN_WHOLE = Set.of("PASSWORD", "CLIENT_SECRET");
    private static final Set<String> TOKEN_FIELDS = Set.of("access_token", "refresh_token", "id_token");

    private final ObjectMapper mapper;

    public ExchangeMasking(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A request header's value as shown. */
    public String headerValue(WireRequest request, String name, String value, boolean reveal) {
        if (reveal) {
            return value;
        }
        if (name.equalsIgnoreCase("Authorization") && value.regionMatches(true, 0, "Basic ", 0, 6)) {
            return "Basic " + HIDDEN + " (" + basicUser(request, value.substring(6).trim()) + ":" + HIDDEN + ")";
        }
        if (name.equalsIgnoreCase("Authorization") && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return value.substring(0, 7) + TokenMask.mask(value.substring(7).trim());
        }
        // JWTs only: TokenMask.maskIn would also cut "TokenRefresher/1.0.0" after its word "Token"
        return JWT.matcher(value).replaceAll(m -> Matcher.quoteReplacement(TokenMask.mask(m.group())));
    }

    /** The request's path and query, or its body, as shown: the secrets it carries masked. */
    public String requestText(WireRequest request, String text, boolean reveal) {
        if (reveal) {
            return text;
        }
        String masked = text;
        for (WireRequest.SecretSpot spot : request.secrets()) {
            String shown = HIDDEN_WHOLE.contains(spot.placeholder()) ? HIDDEN : TokenMask.mask(spot.asSent());
            masked = masked.replace(spot.asSent(), shown);
        }
        return TokenMask.maskIn(masked);
    }

    /** An answer's body as shown: JSON pretty-printed with its token fields cut, any other text as it came. */
    public String replyBody(WireReply reply, boolean reveal) {
        String body = reply.body();
        String trimmed = body.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode json = mapper.readTree(trimmed);
                if (!reveal) {
                    maskTokenFields(json);
                }
                String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json);
                return reveal ? pretty : TokenMask.maskIn(pretty);
            } catch (JsonProcessingException e) {
                // not JSON after all (cut short, broken): shown as it came
            }
        }
        return reveal ? body : TokenMask.maskIn(body);
    }

    private static void maskTokenFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (TOKEN_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
                    field.setValue(object.textNode(TokenMask.mask(field.getValue().asText())));
                } else {
                    maskTokenFields(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ExchangeMasking::maskTokenFields);
        }
    }

    /** The client id of Basic credentials: the one the request was built with, else decoded from the header. */
    private static String basicUser(WireRequest request, String encoded) {
        if (request.basicUser() != null) {
            return request.basicUser();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? "?" : pair.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
