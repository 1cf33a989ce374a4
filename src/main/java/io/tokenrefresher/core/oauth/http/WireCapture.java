package io.tokenrefresher.core.oauth.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.exchange.WireReply;
import io.tokenrefresher.core.oauth.exchange.WireRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * Takes down what went on the wire, for the exchange view and the copy-as commands: the
 * {@link HttpRequest} as {@link RequestEncoder} built it (its body read back from the publisher, so it
 * is the bytes sent, not a second encoding) and the answer's head and body.
 */
final class WireCapture {
    /** Grant parameters whose values are secrets, and the shell variable that stands for each. */
    private static final Map<String, String> SECRET_PARAMETERS = Map.of(
            "refresh_token", "REFRESH_TOKEN", "password", "PASSWORD", "client_secret", "CLIENT_SECRET",
            "access_token", "ACCESS_TOKEN");

    private final ObjectMapper mapper;

    WireCapture(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    WireRequest request(HttpRequest sent, TokenRequest request, ParameterPlacement placement) {
        byte[] body = bodyOf(sent);
        List<HeaderLine> headers = new ArrayList<>();
        URI uri = sent.uri();
        // the JDK client adds these two itself; a reader of the exchange expects to see them
        headers.add(new HeaderLine("Host", uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort()));
        headers.add(new HeaderLine("Content-Length", Integer.toString(body.length)));
        headers.addAll(lines(sent.headers()));
        List<WireRequest.SecretSpot> secrets = new ArrayList<>();
        for (Map.Entry<String, String> p : request.parameters().entrySet()) {
            String placeholder = SECRET_PARAMETERS.get(p.getKey());
            if (placeholder != null && !p.getValue().isEmpty()) {
                secrets.add(new WireRequest.SecretSpot(placeholder, asSent(p.getValue(), placement)));
            }
        }
        return new WireRequest(sent.method(), uri, placement, headers, new String(body, StandardCharsets.UTF_8),
                request.clientId(), secrets);
    }

    /** The answer; {@code bodyText} null when the body was not read (too large, or the send failed after the head). */
    static WireReply reply(int status, HttpHeaders headers, byte[] body) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        String text = body == null ? "" : new String(body, AnswerClassifier.charsetOf(contentType));
        return new WireReply(status, lines(headers), text, body == null);
    }

    private String asSent(String value, ParameterPlacement placement) {
        if (placement == ParameterPlacement.JSON) {
            try {
                String quoted = mapper.writeValueAsString(value);
                return quoted.substring(1, quoted.length() - 1);
            } catch (JsonProcessingException e) {
                return value;
            }
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<HeaderLine> lines(HttpHeaders headers) {
        List<HeaderLine> lines = new ArrayList<>();
        headers.map().forEach((name, values) -> values.forEach(v -> lines.add(new HeaderLine(name, v))));
        return lines;
    }

    /** Reads a publisher of a built request; the JDK's string and no-body publishers deliver at once. */
    private static byte[] bodyOf(HttpRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        request.bodyPublisher().ifPresent(publisher -> publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable throwable) {
                // nothing more to read; what came is what is shown
            }

            @Override
            public void onComplete() {
                // all read
            }
        }));
        return out.toByteArray();
    }
}
