package io.tokenrefresher.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request exactly as {@link FakeGateway} received it, for assertions on what went on the wire.
 *
 * @param protocol    the request line's version, e.g. {@code HTTP/1.1}
 * @param rawQuery    the query string as sent (still encoded), or null
 * @param headers     every header, names case-insensitive, values in arrival order
 * @param body        the raw body bytes
 */
public record RecordedRequest(String method, String path, String rawQuery, String protocol,
                              Map<String, List<String>> headers, byte[] body) {

    public RecordedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = Collections.unmodifiableMap(copy);
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public boolean hasHeader(String name) {
        return headers.containsKey(name);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body read as {@code application/x-www-form-urlencoded}, in order. */
    public Map<String, String> formParameters() {
        return decodePairs(bodyText());
    }

    /** The query string's parameters, decoded, in order. */
    public Map<String, String> queryParameters() {
        return decodePairs(rawQuery == null ? "" : rawQuery);
    }

    static Map<String, String> decodePairs(String encoded) {
        Map<String, String> result = new LinkedHashMap<>();
        if (encoded.isBlank()) {
            return result;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            result.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }

    @Override
    public String toString() {
        // bodies hold tokens and passwords: only their size is shown
        return "RecordedRequest[" + method + " " + path + (rawQuery == null ? "" : "?…") + " " + protocol
                + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
    }
}
