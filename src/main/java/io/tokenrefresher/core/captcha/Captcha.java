package io.tokenrefresher.core.captcha;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Optional;

/**
 * One captcha from the gateway: its key (sent back as {@code Captcha-Key}) and its image. A captcha is
 * used up by one log-in attempt, right or wrong, and lives about 30 minutes at the gateway.
 *
 * @param image the image bytes (PNG, or what the data URL named)
 */
public record Captcha(String key, byte[] image, String mediaType) {

    /**
     * The captcha in an answer: BladeX's {@code {"key","image":"data:image/png;base64,..."}} or the same
     * inside SpringBlade's {@code {"code","success","data"}}. Empty when the answer holds none.
     */
    public static Optional<Captcha> from(JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            return Optional.empty();
        }
        JsonNode node = answer.path("data").isObject() ? answer.path("data") : answer;
        String key = node.path("key").asText("");
        String image = node.path("image").asText("");
        if (key.isBlank() || image.isBlank()) {
            return Optional.empty();
        }
        String mediaType = "image/png";
        String base64 = image;
        if (image.startsWith("data:")) {
            int comma = image.indexOf(',');
            if (comma < 0) {
                return Optional.empty();
            }
            String meta = image.substring(5, comma);
            mediaType = meta.contains(";") ? meta.substring(0, meta.indexOf(';')) : meta;
            base64 = image.substring(comma + 1);
        }
        try {
            return Optional.of(new Captcha(key, Base64.getMimeDecoder().decode(base64.strip()), mediaType));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The file extension for {@link #mediaType}: {@code png}, {@code jpg}, {@code gif}. */
    public String extension() {
        return switch (mediaType) {
            case "image/jpeg", "image/jpg" -> "jpg";
            case "image/gif" -> "gif";
            default -> "png";
        };
    }

    @Override
    public String toString() {
        return "Captcha[key=" + key + ", " + image.length + " bytes " + mediaType + "]";
    }
}
