package io.tokenrefresher.core.oauth.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.captcha.Captcha;
import io.tokenrefresher.core.captcha.CaptchaOutcome;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches a captcha ({@code GET {gateway}{captchaPath}}) with the same transport as token requests:
 * one deadline, the body size limit, and the same words for what went wrong on the way.
 */
public final class CaptchaClient {
    private final ObjectMapper mapper;
    private final String userAgent;
    private final Transport transport = new Transport(TokenEndpointClient.MAX_BODY_BYTES);

    public CaptchaClient(ObjectMapper mapper, String userAgent) {
        this.mapper = mapper;
        this.userAgent = userAgent;
    }

    /**
     * Blocks for up to {@code timeout}; run it off the UI thread.
     *
     * @param tenantId sent as {@code Tenant-Id} when not blank (some gateways want it everywhere)
     */
    public CaptchaOutcome fetch(HttpClient client, String gateway, String captchaPath, String tenantId,
                                Duration timeout) throws InterruptedException {
        URI uri;
        try {
            uri = TokenEndpoint.resolve(gateway, captchaPath);
        } catch (TokenEndpoint.InvalidGatewayException e) {
            return new CaptchaOutcome.Failed(new GatewayFailure.InvalidUrl(e.input(), e.reason()));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout)
                .header("Accept", "application/json").header("User-Agent", userAgent);
        if (tenantId != null && !tenantId.isBlank()) {
            request.header("Tenant-Id", tenantId.trim());
        }
        Transport.Received received = transport.exchange(client, request.build(), uri, timeout, timeout);
        if (received.failure() != null) {
            return new CaptchaOutcome.Failed(received.failure());
        }
        WireAnswer answer = received.answer();
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        Optional<Captcha> captcha = Optional.empty();
        if (answer.status() >= 200 && answer.status() < 300) {
            try {
                JsonNode json = mapper.readTree(body);
                captcha = Captcha.from(json);
            } catch (IOException e) {
                // not JSON: reported below with the first lines of what came
            }
        }
        return captcha.<CaptchaOutcome>map(CaptchaOutcome.Fetched::new)
                .orElseGet(() -> new CaptchaOutcome.NoCaptcha(answer.status(), AnswerClassifier.excerpt(body)));
    }
}
