package io.tokenrefresher.core.session.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cache entry as text, the same in the OS credential store and in the owner-only file:
 * <pre>{"version":1, "storedAt":"…", "receivedAt":"…", "endpoint":"…", "placement":"FORM",
 *  "refreshToken":"…", "used":["sha256…"], "storeUnavailableSince":"…" (file only, optional),
 *  "answer":{…the token answer as received…}}</pre>
 * An entry that cannot be read (damaged, or from a newer version) reads as absent: the cache only
 * saves a request, it never holds the only copy of anything the user typed.
 */
final class CacheEntryJson {
    static final int VERSION = 1;

    /**
     * An entry as read, with when the OS credential store was first found missing by the writes that
     * put it in the file (null: in the store, or the store failed only for a moment).
     */
    record Stored(CachedTokens entry, Instant storeUnavailableSince) {
    }

    private final ObjectMapper mapper;

    CacheEntryJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(CachedTokens entry) {
        return write(entry, null);
    }

    String write(CachedTokens entry, Instant storeUnavailableSince) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        root.put("profileId", entry.profileId());
        root.put("storedAt", entry.storedAt().toString());
        root.put("receivedAt", entry.response().receivedAt().toString());
        if (entry.endpoint() != null) {
            root.put("endpoint", entry.endpoint().toString());
        }
        root.put("placement", entry.placementUsed().name());
        if (entry.refreshToken() != null) {
            root.put("refreshToken", entry.refreshToken());
        }
        ArrayNode used = root.putArray("used");
        entry.usedRefreshTokens().forEach(used::add);
        if (storeUnavailableSince != null) {
            root.put("storeUnavailableSince", storeUnavailableSince.toString());
        }
        root.set("answer", entry.response().json());
        return root.toString();
    }

    byte[] writeBytes(CachedTokens entry, Instant storeUnavailableSince) {
        return write(entry, storeUnavailableSince).getBytes(StandardCharsets.UTF_8);
    }

    Optional<Stored> read(String text) {
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || !root.isObject() || root.path("version").asInt() != VERSION
                    || !root.path("answer").isObject()) {
                return Optional.empty();
            }
            Instant receivedAt = Instant.parse(root.path("receivedAt").asText());
            TokenResponse response = TokenResponse.from((ObjectNode) root.get("answer"), receivedAt);
            List<String> used = new ArrayList<>();
            root.path("used").forEach(n -> used.add(n.asText()));
            String endpoint = root.path("endpoint").asText(null);
            String refreshToken = root.path("refreshToken").asText(null);
            String unavailableSince = root.path("storeUnavailableSince").asText(null);
            return Optional.of(new Stored(new CachedTokens(root.path("profileId").asText(), response, refreshToken,
                    endpoint == null ? null : URI.create(endpoint), placement(root.path("placement").asText()),
                    Instant.parse(root.path("storedAt").asText()), used),
                    unavailableSince == null ? null : Instant.parse(unavailableSince)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ParameterPlacement placement(String name) {
        try {
            return ParameterPlacement.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ParameterPlacement.AUTO;
        }
    }
}
