package io.tokenrefresher.core.oauth.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a {@link TokenRequest} into the HTTP request that goes on the wire for one placement: the
 * body (JSON, form) or query, and the headers. Kept apart from sending so what a gateway receives can
 * be read, and tested, in one place.
 *
 * <p>Auto is not a placement on the wire: it is JSON first ({@link #firstTry}), then the form
 * ({@link #FALLBACK}) when the gateway ignored the JSON body. Whether it did is the
 * {@link AnswerClassifier}'s call; repeating the request is the {@link TokenEndpointClient}'s.
 */
final class RequestEncoder {
    static final String JSON_TYPE = "application/json;charset=UTF-8";
    static final String FORM_TYPE = "application/x-www-form-urlencoded;charset=UTF-8";
    /** Where Auto sends the parameters the second time, when the gateway ignored them as JSON. */
    static final ParameterPlacement FALLBACK = ParameterPlacement.FORM;

    /** Headers the JDK client sets itself and refuses from callers, matched without regard to case. */
    private static final Set<String> RESTRICTED_HEADERS = restrictedHeaders();

    private final ObjectMapper mapper;
    private final String userAgent;

    RequestEncoder(ObjectMapper mapper, String userAgent) {
        this.mapper = mapper;
        this.userAgent = userAgent;
    }

    /** The placement of the first send: JSON for Auto, else the one asked for. */
    static ParameterPlacement firstTry(ParameterPlacement requested) {
        return requested == ParameterPlacement.AUTO ? ParameterPlacement.JSON : requested;
    }

    /**
     * The HTTP request exactly as it goes on the wire for a placement (never AUTO).
     *
     * @param timeout what is left of the request's overall deadline
     * @throws IllegalArgumentException for a header the JDK client will not send ({@link #firstBadHeader} names it)
     */
    HttpRequest encode(URI endpoint, TokenRequest request, ParameterPlacement placement, Duration timeout) {
        URI target = endpoint;
        HttpRequest.BodyPublisher body;
        String contentType;
        switch (placement) {
            case FORM -> {
                body = HttpRequest.BodyPublishers.ofString(formEncode(request.parameters()), StandardCharsets.UTF_8);
                contentType = FORM_TYPE;
            }
            case QUERY -> {
                String q = formEncode(request.parameters());
                String existing = endpoint.getRawQuery();
                target = URI.create(endpoint.toString() + (existing == null ? "?" : "&") + q);
                body = HttpRequest.BodyPublishers.noBody();
                contentType = FORM_TYPE;
            }
            default -> {
                body = HttpRequest.BodyPublishers.ofString(jsonEncode(request.parameters()), StandardCharsets.UTF_8);
                contentType = JSON_TYPE;
            }
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(target)
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(timeout)
                .POST(body)
                .setHeader("Content-Type", contentType)
                .setHeader("Accept", "application/json")
                .setHeader("User-Agent", userAgent);
        if (request.clientId() != null) {
            String pair = request.clientId() + ":" + request.clientSecret();
            b.setHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        if (request.tenantId() != null) {
            b.setHeader("Tenant-Id", request.tenantId());
        }
        for (HeaderLine h : request.extraHeaders()) {
            b.setHeader(h.name(), h.value());
        }
        return b.build();
    }

    /**
     * The header that made {@link #encode} fail, for the message: the JDK only says "restricted header
     * name" or "invalid header", not which one.
     */
    static String firstBadHeader(TokenRequest request) {
        for (HeaderLine h : request.extraHeaders()) {
            if (RESTRICTED_HEADERS.contains(h.name()) || !h.name().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")
                    || h.value().chars().anyMatch(c -> c == '\r' || c == '\n')) {
                return h.name();
            }
        }
        return request.tenantId() != null ? "Tenant-Id" : "?";
    }

    String jsonEncode(Map<String, String> parameters) {
        ObjectNode node = mapper.createObjectNode();
        parameters.forEach(node::put);
        return node.toString();
    }

    static String formEncode(Map<String, String> parameters) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static Set<String> restrictedHeaders() {
        Set<String> restricted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        restricted.addAll(List.of("connection", "content-length", "expect", "host", "upgrade"));
        return restricted;
    }
}
