package io.tokenrefresher.core.oauth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * How the gateway's business calls want the access token: the standard {@code Authorization: Bearer}
 * or BladeX's {@code Blade-Auth: bearer} (BladeX keeps {@code Authorization} for the client's Basic
 * credentials, so its API calls carry both, and {@code Tenant-Id}).
 */
public enum HeaderFormat {
    BEARER("bearer"),
    BLADE_AUTH("blade-auth");

    private final String id;

    HeaderFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The format named {@code text} (any case); throws IllegalArgumentException naming the known ones. */
    public static HeaderFormat parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (HeaderFormat f : values()) {
            if (f.id.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of bearer, blade-auth");
    }

    /** The one header that carries the token: {@code Authorization: Bearer t} or {@code Blade-Auth: bearer t}. */
    public HeaderLine tokenHeader(String accessToken) {
        return this == BLADE_AUTH
                ? new HeaderLine("Blade-Auth", "bearer " + accessToken)
                : new HeaderLine("Authorization", "Bearer " + accessToken);
    }

    /**
     * Every header an API call needs: the token header, and for {@code Blade-Auth} also the client's
     * {@code Authorization: Basic} (when a client id is set) and {@code Tenant-Id} (when a tenant is set).
     */
    public List<HeaderLine> apiHeaders(String accessToken, String clientId, String clientSecret, String tenantId) {
        List<HeaderLine> headers = new ArrayList<>();
        headers.add(tokenHeader(accessToken));
        if (this == BLADE_AUTH && clientId != null && !clientId.isBlank()) {
            String pair = clientId.trim() + ":" + (clientSecret == null ? "" : clientSecret);
            headers.add(new HeaderLine("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
        }
        if (tenantId != null && !tenantId.isBlank()) {
            headers.add(new HeaderLine("Tenant-Id", tenantId.trim()));
        }
        return headers;
    }
}
