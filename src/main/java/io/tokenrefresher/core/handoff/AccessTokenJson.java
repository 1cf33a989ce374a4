package io.tokenrefresher.core.handoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.oauth.TokenResponse;
import java.time.Instant;

/** The JSON of {@code token --output json} and of the hand-off endpoint, so both answer alike. */
public final class AccessTokenJson {
    private AccessTokenJson() {
    }

    public static ObjectNode of(ObjectMapper mapper, AccessTokenSource.Answer.Token token, Instant now) {
        return of(mapper, token.response(), token.expiresAt(), token.profile().name(), token.refreshed(), now);
    }

    public static ObjectNode of(ObjectMapper mapper, TokenResponse response, Instant expiresAt, String profile,
                                boolean refreshed, Instant now) {
        ObjectNode json = mapper.createObjectNode();
        json.put("access_token", response.accessToken());
        json.put("token_type", response.tokenType() != null ? response.tokenType() : "bearer");
        if (expiresAt != null) {
            json.put("expires_at", expiresAt.toString());
            json.put("expires_in", Math.max(0, expiresAt.getEpochSecond() - now.getEpochSecond()));
        } else {
            json.putNull("expires_at");
            json.putNull("expires_in");
        }
        json.put("profile", profile);
        json.put("refreshed", refreshed);
        return json;
    }
}
