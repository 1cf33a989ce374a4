package io.tokenrefresher.core.jwt;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decodes a JWT into claim rows without checking its signature (the app never has the gateway's key).
 * java-jwt validates the structure; the rows come from Jackson so they keep the token's own order.
 */
public final class JwtInspector {
    private static final Set<String> TIME_CLAIMS = Set.of("exp", "iat", "nbf", "auth_time", "updated_at");
    /** BladeX's password_last_update_date (milliseconds), expires_at, updatedAt, login_time... */
    private static final Pattern NAMED_LIKE_TIME =
            Pattern.compile("(?i).*(_at|date|time)$|.*[a-z]At$");
    private static final Instant EARLIEST_PLAUSIBLE = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST_PLAUSIBLE = Instant.parse("2200-01-01T00:00:00Z");

    private final ObjectMapper mapper;
    /** Reused: the static {@code JWT.decode} builds a new parser with its own ObjectMapper on every call. */
    private final JWT decoder = new JWT();

    public JwtInspector(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public TokenInspection inspect(String token) {
        String t = token == null ? "" : token.strip();
        if (t.isEmpty()) {
            return new TokenInspection.NotJwt("empty", 0);
        }
        int parts = t.split("\\.", -1).length;
        if (parts == 1) {
            return new TokenInspection.NotJwt("opaque", 1);
        }
        if (parts == 5) {
            return new TokenInspection.NotJwt("encrypted", 5);
        }
        if (parts != 3) {
            return new TokenInspection.NotJwt("parts", parts);
        }
        DecodedJWT jwt;
        try {
            jwt = decoder.decodeJwt(t);
        } catch (JWTDecodeException e) {
            return new TokenInspection.NotJwt(isBase64Problem(t) ? "base64" : "json", 3);
        }
        try {
            JsonNode header = mapper.readTree(base64Url(jwt.getHeader()));
            JsonNode payload = mapper.readTree(base64Url(jwt.getPayload()));
            if (!header.isObject() || !payload.isObject()) {
                return new TokenInspection.NotJwt("json", 3);
            }
            return new TokenInspection.Jwt(new DecodedToken(
                    rows(ClaimRow.Section.HEADER, header),
                    rows(ClaimRow.Section.PAYLOAD, payload),
                    jwt.getAlgorithm(),
                    epoch(payload.get("exp")),
                    epoch(payload.get("iat")),
                    epoch(payload.get("nbf")),
                    textOrNull(payload.get("jti")),
                    textOrNull(payload.get("ati"))));
        } catch (IOException | IllegalArgumentException e) {
            return new TokenInspection.NotJwt("json", 3);
        }
    }

    private List<ClaimRow> rows(ClaimRow.Section section, JsonNode object) {
        List<ClaimRow> rows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            rows.add(row(section, e.getKey(), e.getValue()));
        }
        return List.copyOf(rows);
    }

    private static ClaimRow row(ClaimRow.Section section, String name, JsonNode v) {
        String raw = v.toString();
        if (v.isNull()) {
            return new ClaimRow(section, name, "null", raw, ClaimRow.Kind.NULL, null);
        }
        if (v.isNumber() && section == ClaimRow.Section.PAYLOAD
                && (TIME_CLAIMS.contains(name) || namedLikeTime(name, v))) {
            return new ClaimRow(section, name, v.asText(), raw, ClaimRow.Kind.TIME, epoch(v));
        }
        if (v.isNumber()) {
            return new ClaimRow(section, name, v.asText(), raw, ClaimRow.Kind.NUMBER, null);
        }
        if (v.isBoolean()) {
            return new ClaimRow(section, name, v.asText(), raw, ClaimRow.Kind.BOOLEAN, null);
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(i.isValueNode() ? i.asText() : i.toString()));
            return new ClaimRow(section, name, String.join(", ", items), raw, ClaimRow.Kind.ARRAY, null);
        }
        if (v.isObject()) {
            return new ClaimRow(section, name, raw, raw, ClaimRow.Kind.OBJECT, null);
        }
        return new ClaimRow(section, name, v.asText(), raw, ClaimRow.Kind.TEXT, null);
    }

    /** A number whose name says time and whose value reads as a date this century or next (not "retry_time": 30). */
    private static boolean namedLikeTime(String name, JsonNode v) {
        if (!v.canConvertToLong() || !NAMED_LIKE_TIME.matcher(name).matches()) {
            return false;
        }
        Instant at = epoch(v);
        return at != null && at.isAfter(EARLIEST_PLAUSIBLE) && at.isBefore(LATEST_PLAUSIBLE);
    }

    private static Instant epoch(JsonNode n) {
        if (n == null || !n.isNumber()) {
            return null;
        }
        long seconds = n.asLong();
        // some issuers write milliseconds; no real exp is past the year 5000 in seconds
        if (seconds > 100_000_000_000L) {
            return Instant.ofEpochMilli(seconds);
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static byte[] base64Url(String part) {
        return Base64.getUrlDecoder().decode(part.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isBase64Problem(String token) {
        for (String part : token.split("\\.", -1)) {
            if (!part.matches("[A-Za-z0-9_=-]*")) {
                return true;
            }
        }
        try {
            String[] p = token.split("\\.", -1);
            base64Url(p[0]);
            base64Url(p[1]);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
