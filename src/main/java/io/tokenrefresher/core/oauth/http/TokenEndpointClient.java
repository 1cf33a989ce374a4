package io.tokenrefresher.core.oauth.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenEndpoint;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.exchange.WireAttempt;
import io.tokenrefresher.core.oauth.exchange.WireExchange;
import io.tokenrefresher.core.oauth.exchange.WireReply;
import io.tokenrefresher.core.oauth.exchange.WireRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Calls a gateway's token endpoint and classifies the answer into a {@link TokenOutcome}.
 *
 * <p>HTTP/1.1 only: the JDK client's default HTTP/2 sends {@code Upgrade: h2c} on plain http, which
 * many gateways reject. Redirects are not followed, since a 3xx from a token endpoint is usually an SSO
 * page. The timeout is an overall deadline for connect, answer and body, across both sends of Auto;
 * bodies over {@link #MAX_BODY_BYTES} are reported, not loaded.
 *
 * <p>{@link #send} blocks; callers run it off the UI thread. Interrupting the calling thread cancels
 * the exchange.
 *
 * <p>This class only runs the steps: {@link RequestEncoder} builds what goes out, {@link Transport}
 * sends it and waits, {@link TransportFailures} names what broke when nothing came back, and
 * {@link AnswerClassifier} reads what did.
 */
public final class TokenEndpointClient {
    public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    private final Supplier<HttpClient> httpClient;
    private final Clock clock;
    private final RequestEncoder encoder;
    private final Transport transport;
    private final AnswerClassifier classifier;
    private final WireCapture capture;

    /**
     * @param httpClient built lazily and once: building one costs ~300 ms (TLS set-up), so the app
     *                   warms it in the background after the window shows
     */
    public TokenEndpointClient(Supplier<HttpClient> httpClient, ObjectMapper mapper, Clock clock, String userAgent) {
        this.httpClient = httpClient;
        this.clock = clock;
        this.encoder = new RequestEncoder(mapper, userAgent);
        this.transport = new Transport(MAX_BODY_BYTES);
        this.classifier = new AnswerClassifier(mapper, clock);
        this.capture = new WireCapture(mapper);
    }

    /** The client every caller should share: HTTP/1.1, no redirects, connect timeout 10 s. */
    public static HttpClient defaultHttpClient() {
        return httpClientBuilder().build();
    }

    /**
     * What every client for a token endpoint needs (HTTP/1.1, no redirects, connect timeout 10 s), to
     * add trust and proxy settings to ({@code core.net.HttpClients} does).
     */
    public static HttpClient.Builder httpClientBuilder() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
    }

    /** Sends the request (twice when Auto falls back to a form) and classifies the answer. */
    public TokenOutcome send(TokenRequest request) throws InterruptedException {
        return send(request, httpClient);
    }

    /**
     * Sends through {@code client} instead of the shared one: the client for a profile's TLS trust and
     * proxy ({@code core.net.HttpClients#forSettings}).
     */
    public TokenOutcome send(TokenRequest request, HttpClient client) throws InterruptedException {
        return send(request, () -> client);
    }

    private TokenOutcome send(TokenRequest request, Supplier<HttpClient> client) throws InterruptedException {
        long started = System.nanoTime();
        URI endpoint;
        try {
            endpoint = TokenEndpoint.resolve(request.gateway(), request.tokenPath());
        } catch (TokenEndpoint.InvalidGatewayException e) {
            return new TokenOutcome.Failure(null, new GatewayFailure.InvalidUrl(e.input(), e.reason()),
                    request.placement(), false, Duration.ZERO);
        }
        Instant deadline = clock.instant().plus(request.timeout());
        ParameterPlacement placement = RequestEncoder.firstTry(request.placement());
        List<WireAttempt> wire = new ArrayList<>(2);
        Attempt attempt = attempt(client, endpoint, request, placement, deadline, wire, false);
        boolean fellBack = false;
        if (request.placement() == ParameterPlacement.AUTO && attempt.ignoredJsonBody()) {
            placement = RequestEncoder.FALLBACK;
            attempt = attempt(client, endpoint, request, placement, deadline, wire, true);
            fellBack = true;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        WireExchange exchange = new WireExchange(wire);
        if (attempt.failure() != null) {
            return new TokenOutcome.Failure(endpoint, attempt.failure(), placement, fellBack, elapsed, exchange);
        }
        return new TokenOutcome.Success(endpoint, attempt.response(), placement, fellBack, attempt.status(), elapsed,
                exchange);
    }

    /** The request a first send would put on the wire, or why nothing would be sent. */
    public record Prepared(WireRequest request, GatewayFailure failure) {
    }

    /**
     * The request as the first send puts it on the wire (JSON for Auto), without sending it: what the
     * command line's {@code --print-curl} prints.
     */
    public Prepared prepare(TokenRequest request) {
        URI endpoint;
        try {
            endpoint = TokenEndpoint.resolve(request.gateway(), request.tokenPath());
        } catch (TokenEndpoint.InvalidGatewayException e) {
            return new Prepared(null, new GatewayFailure.InvalidUrl(e.input(), e.reason()));
        }
        ParameterPlacement placement = RequestEncoder.firstTry(request.placement());
        try {
            return new Prepared(capture.request(encoder.encode(endpoint, request, placement, request.timeout()),
                    request, placement), null);
        } catch (IllegalArgumentException e) {
            return new Prepared(null, new GatewayFailure.InvalidHeader(RequestEncoder.firstBadHeader(request)));
        }
    }

    /**
     * One send with what is left of the deadline. The encoded {@link HttpRequest} and the
     * {@link WireAnswer} both pass through here, so this is where the send is added to {@code wire}.
     */
    private Attempt attempt(Supplier<HttpClient> client, URI endpoint, TokenRequest request,
                            ParameterPlacement placement, Instant deadline, List<WireAttempt> wire, boolean fallback)
            throws InterruptedException {
        Duration timeout = request.timeout();
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            return Attempt.failed(new GatewayFailure.Timeout(timeout, false));
        }
        HttpRequest httpRequest;
        try {
            httpRequest = encoder.encode(endpoint, request, placement, left);
        } catch (IllegalArgumentException e) {
            return Attempt.failed(new GatewayFailure.InvalidHeader(RequestEncoder.firstBadHeader(request)));
        }
        Instant sentAt = clock.instant();
        long sent = System.nanoTime();
        Transport.Received received = transport.exchange(client.get(), httpRequest, endpoint, left, timeout);
        wire.add(new WireAttempt(capture.request(httpRequest, request, placement), reply(received),
                received.toHeaders(), Duration.ofNanos(System.nanoTime() - sent), sentAt, fallback));
        if (received.failure() != null) {
            return Attempt.failed(received.failure());
        }
        return classifier.classify(received.answer());
    }

    private static WireReply reply(Transport.Received received) {
        if (received.answer() != null) {
            WireAnswer a = received.answer();
            return WireCapture.reply(a.status(), a.headers(), a.body());
        }
        return received.head() == null ? null
                : WireCapture.reply(received.head().statusCode(), received.head().headers(), null);
    }
}
