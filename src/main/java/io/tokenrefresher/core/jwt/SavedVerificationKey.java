package io.tokenrefresher.core.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A verification key as the user entered it, kept per profile in the credential store: the key type,
 * the key text (HMAC secret, PEM text or JWKS address), whether an HMAC secret is Base64, and the
 * algorithm chosen (null: the key's default). Kept as typed, not as a parsed key, so it is read back
 * into the same fields and checked again like a typed one.
 *
 * <p>Its stored form is a small JSON object ({@link #toText()}); {@link #parse} reads it back.
 */
public record SavedVerificationKey(Type type, String text, boolean base64, String algorithm) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the text is. */
    public enum Type { HMAC, PEM, JWKS }

    public SavedVerificationKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        algorithm = algorithm == null || algorithm.isBlank() ? null : algorithm;
    }

    /** The stored form: {@code {"type":"HMAC","base64":false,"algorithm":"HS256","key":"..."}}. */
    public String toText() {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type.name());
        node.put("base64", base64);
        if (algorithm != null) {
            node.put("algorithm", algorithm);
        }
        node.put("key", text);
        return node.toString();
    }

    /** Reads {@link #toText()}'s form; empty for anything else (a damaged or foreign entry). */
    public static Optional<SavedVerificationKey> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(stored);
            if (node == null || !node.path("type").isTextual() || !node.path("key").isTextual()) {
                return Optional.empty();
            }
            Type type = Type.valueOf(node.get("type").asText());
            JsonNode algorithm = node.path("algorithm");
            return Optional.of(new SavedVerificationKey(type, node.get("key").asText(),
                    node.path("base64").asBoolean(false), algorithm.isTextual() ? algorithm.asText() : null));
        } catch (JsonProcessingException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }

    /** The type and algorithm only: the key text is a secret and never goes into logs. */
    @Override
    public String toString() {
        return "SavedVerificationKey[" + type + (base64 ? ", base64" : "") + ", " + algorithm + "]";
    }
}
