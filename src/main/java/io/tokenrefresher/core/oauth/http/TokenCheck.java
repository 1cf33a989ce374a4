package io.tokenrefresher.core.oauth.http;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.TokenEndpoint;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * "Test token": one GET of a business URL with the headers an API call carries (the profile's header
 * format), to see whether the gateway takes the token. The answer's status and first lines are shown;
 * nothing is read into tokens.
 */
public final class TokenCheck {
    private final Transport transport = new Transport(256 * 1024);
    private final String userAgent;

    public TokenCheck(String userAgent) {
        this.userAgent = userAgent;
    }

    /** What came back: a status and the first lines, or why nothing did. */
    public record Answer(int status, String firstLines, GatewayFailure failure) {
    }

    /**
     * @param url a full URL, or a path below {@code gateway} ({@code /blade-system/user/info})
     */
    public Answer check(HttpClient client, String gateway, String url, List<HeaderLine> headers, Duration timeout)
            throws InterruptedException {
        URI uri;
        try {
            if (url.matches("(?i)https?://\\S+")) {
                URI full = new URI(url.strip());
                uri = TokenEndpoint.resolve(full.getScheme() + "://" + full.getRawAuthority(),
                        (full.getRawPath() == null || full.getRawPath().isEmpty() ? "/" : full.getRawPath())
                                + (full.getRawQuery() == null ? "" : "?" + full.getRawQuery()));
            } else {
                uri = TokenEndpoint.resolve(gateway, url);
            }
        } catch (URISyntaxException e) {
            return new Answer(0, "", new GatewayFailure.InvalidUrl(url, TokenEndpoint.Reason.SYNTAX));
        } catch (TokenEndpoint.InvalidGatewayException e) {
            return new Answer(0, "", new GatewayFailure.InvalidUrl(e.input(), e.reason()));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout)
                .header("Accept", "application/json").header("User-Agent", userAgent);
        try {
            headers.forEach(h -> request.header(h.name(), h.value()));
        } catch (IllegalArgumentException e) {
            return new Answer(0, "", new GatewayFailure.InvalidHeader(headers.get(0).name()));
        }
        Transport.Received received = transport.exchange(client, request.build(), uri, timeout, timeout);
        if (received.failure() != null) {
            return new Answer(0, "", received.failure());
        }
        return new Answer(received.answer().status(),
                AnswerClassifier.excerpt(new String(received.answer().body(), StandardCharsets.UTF_8)), null);
    }
}
