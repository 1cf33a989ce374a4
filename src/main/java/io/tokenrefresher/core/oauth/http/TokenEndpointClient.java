package io.tokenrefresher.core.oauth.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.OAuthError;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenEndpoint;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.TokenResponse;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * Calls a gateway's token endpoint and classifies the answer into a {@link TokenOutcome}.
 *
 * <p>HTTP/1.1 only: the JDK client's default HTTP/2 sends {@code Upgrade: h2c} on plain http, which
 * many gateways reject. Redirects are not followed, since a 3xx from a token endpoint is usually an SSO
 * page. The timeout is an overall deadline for connect, answer and body; bodies over
 * {@link #MAX_BODY_BYTES} are reported, not loaded.
 *
 * <p>{@link #send} blocks; callers run it off the UI thread. Interrupting the calling thread cancels
 * the exchange.
 */
public final class TokenEndpointClient {
    public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    static final String JSON_TYPE = "application/json;charset=UTF-8";
    static final String FORM_TYPE = "application/x-www-form-urlencoded;charset=UTF-8";
    private static final int EXCERPT_LINES = 8;
    private static final int EXCERPT_CHARS = 600;

    private final Supplier<HttpClient> httpClient;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String userAgent;

    /**
     * @param httpClient built lazily and once: building one costs ~300 ms (TLS set-up), so the app
     *                   warms it in the background after the window shows
     */
    public TokenEndpointClient(Supplier<HttpClient> httpClient, ObjectMapper mapper, Clock clock, String userAgent) {
        this.httpClient = httpClient;
        this.mapper = mapper;
        this.clock = clock;
        this.userAgent = userAgent;
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
        ParameterPlacement first = request.placement() == ParameterPlacement.AUTO
                ? ParameterPlacement.JSON : request.placement();
        Attempt attempt = attempt(client, endpoint, request, first, deadline, request.timeout());
        boolean fellBack = false;
        if (request.placement() == ParameterPlacement.AUTO && attempt.ignoredJsonBody()) {
            attempt = attempt(client, endpoint, request, ParameterPlacement.FORM, deadline, request.timeout());
            fellBack = true;
            first = ParameterPlacement.FORM;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (attempt.failure != null) {
            return new TokenOutcome.Failure(endpoint, attempt.failure, first, fellBack, elapsed);
        }
        return new TokenOutcome.Success(endpoint, attempt.response, first, fellBack, attempt.status, elapsed);
    }

    /** The HTTP request exactly as it goes on the wire for a placement (never AUTO). */
    HttpRequest buildHttpRequest(URI endpoint, TokenRequest request, ParameterPlacement placement,
                                 Duration timeout) {
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

    private record Attempt(int status, TokenResponse response, GatewayFailure failure, boolean ignoredJsonBody) {
        static Attempt failed(GatewayFailure f) {
            return new Attempt(0, null, f, false);
        }
    }

    private Attempt attempt(Supplier<HttpClient> client, URI endpoint, TokenRequest request, ParameterPlacement placement, Instant deadline,
                            Duration timeout) throws InterruptedException {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            return Attempt.failed(new GatewayFailure.Timeout(timeout, false));
        }
        HttpRequest httpRequest;
        try {
            httpRequest = buildHttpRequest(endpoint, request, placement, left);
        } catch (IllegalArgumentException e) {
            return Attempt.failed(new GatewayFailure.InvalidHeader(firstBadHeader(request)));
        }
        HttpClient http = client.get();
        // a connect timeout is the client's own limit when that is shorter than the request's
        Duration connectLimit = http.connectTimeout().filter(c -> c.compareTo(timeout) < 0).orElse(timeout);
        CompletableFuture<HttpResponse<byte[]>> future = http
                .sendAsync(httpRequest, info -> new LimitedBodySubscriber(MAX_BODY_BYTES));
        HttpResponse<byte[]> response;
        try {
            response = future.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            future.cancel(true);
            return Attempt.failed(new GatewayFailure.Timeout(timeout, false));
        } catch (CancellationException e) {
            return Attempt.failed(new GatewayFailure.Cancelled());
        } catch (ExecutionException e) {
            return Attempt.failed(blameProxy(classifyTransport(e.getCause(), endpoint, timeout, connectLimit),
                    proxyFor(http, endpoint), e.getCause()));
        }
        return classifyAnswer(response);
    }

    private Attempt classifyAnswer(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        byte[] bytes = response.body();
        String contentType = headers.firstValue("Content-Type").orElse("");
        String body = new String(bytes, charsetOf(contentType));
        if (status >= 300 && status < 400) {
            return Attempt.failed(new GatewayFailure.Redirect(status, headers.firstValue("Location").orElse("")));
        }
        String trimmed = body.strip();
        boolean looksJson = trimmed.startsWith("{") || trimmed.startsWith("[");
        JsonNode json = null;
        GatewayFailure parseFailure = null;
        if (looksJson) {
            try {
                json = mapper.readTree(trimmed);
            } catch (JsonEOFException e) {
                parseFailure = new GatewayFailure.MalformedJson(status, e.getOriginalMessage(), excerpt(body), true);
            } catch (JsonProcessingException e) {
                parseFailure = new GatewayFailure.MalformedJson(status, e.getOriginalMessage(), excerpt(body), false);
            }
        }
        if (status < 200 || status >= 300) {
            OAuthError error = OAuthError.from(json);
            String www = headers.firstValue("WWW-Authenticate").orElse(null);
            FailureHint hint = FailureHint.classify(status, error, www);
            boolean ignoredJson = status == 400 && error != null && "invalid_request".equals(error.error())
                    && error.description() != null
                    && error.description().toLowerCase(Locale.ROOT).matches(".*grant[ _]type.*");
            return new Attempt(status, null,
                    new GatewayFailure.ServerRefused(status, error, hint, excerpt(body), json != null), ignoredJson);
        }
        if (parseFailure != null) {
            return Attempt.failed(parseFailure);
        }
        if (trimmed.isEmpty()) {
            // nothing came back: "not JSON (application/json)" would puzzle; no token is what matters
            return Attempt.failed(new GatewayFailure.MissingAccessToken(status, List.of()));
        }
        if (!looksJson) {
            boolean html = contentType.toLowerCase(Locale.ROOT).contains("html")
                    || trimmed.regionMatches(true, 0, "<!doctype html", 0, 14)
                    || trimmed.regionMatches(true, 0, "<html", 0, 5);
            return Attempt.failed(new GatewayFailure.NotJson(status, contentType, excerpt(body), html));
        }
        if (!json.isObject()) {
            return Attempt.failed(new GatewayFailure.MissingAccessToken(status, List.of()));
        }
        ObjectNode object = (ObjectNode) json;
        if (!object.hasNonNull("access_token")) {
            // BladeX-style gateways sometimes wrap the token answer: {"code":200,"success":true,"data":{...}}
            JsonNode data = object.get("data");
            if (data != null && data.isObject() && data.hasNonNull("access_token")) {
                object = (ObjectNode) data;
            } else if (OAuthError.looksLikeRefusal(object)) {
                OAuthError error = OAuthError.from(object);
                return Attempt.failed(new GatewayFailure.ServerRefused(status, error,
                        FailureHint.classify(status, error, null), excerpt(body), true));
            } else {
                return Attempt.failed(new GatewayFailure.MissingAccessToken(status, fieldNames(object)));
            }
        }
        return new Attempt(status, TokenResponse.from(object, clock.instant()), null, false);
    }

    /** @param connectTimeout the limit that applied to connecting (and the TLS handshake), for the message */
    static GatewayFailure classifyTransport(Throwable error, URI endpoint, Duration timeout, Duration connectTimeout) {
        String host = endpoint.getHost();
        int port = endpoint.getPort() != -1 ? endpoint.getPort()
                : "https".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
        if (error instanceof HttpConnectTimeoutException) {
            return new GatewayFailure.Timeout(connectTimeout, true);
        }
        if (error instanceof HttpTimeoutException) {
            return new GatewayFailure.Timeout(timeout, false);
        }
        if (error instanceof LimitedBodySubscriber.TooLargeException
                || hasCause(error, LimitedBodySubscriber.TooLargeException.class)) {
            return new GatewayFailure.ResponseTooLarge(MAX_BODY_BYTES, -1);
        }
        if (hasCause(error, UnresolvedAddressException.class) || hasCause(error, UnknownHostException.class)) {
            return new GatewayFailure.UnknownHost(host);
        }
        SSLException ssl = cause(error, SSLException.class);
        if (ssl != null) {
            // no chain to a trusted CA (system or CA file): by type, as the text may name any host or CA
            if (hasCause(error, CertPathBuilderException.class) || hasCause(error, CertPathValidatorException.class)) {
                return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.UNTRUSTED_CERTIFICATE, host,
                        ssl.getMessage());
            }
            String all = messages(error).toLowerCase(Locale.ROOT);
            if (all.contains("no subject alternative") || all.contains("no name matching")
                    || all.contains("doesn't match") || all.contains("hostname")) {
                return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.HOSTNAME_MISMATCH, host,
                        ssl.getMessage());
            }
            if (all.contains("pkix") || all.contains("certification path") || all.contains("unable to find valid")
                    || hasCause(error, CertificateException.class)) {
                return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.UNTRUSTED_CERTIFICATE, host,
                        ssl.getMessage());
            }
            if (all.contains("unrecognized ssl message") || all.contains("plaintext")) {
                return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.NOT_TLS, host, ssl.getMessage());
            }
            return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.HANDSHAKE, host, ssl.getMessage());
        }
        if (error instanceof ConnectException || hasCause(error, ConnectException.class)) {
            String all = messages(error).toLowerCase(Locale.ROOT);
            if (all.contains("timed out")) {
                return new GatewayFailure.Timeout(connectTimeout, true);
            }
            if (all.contains("refused") || all.isBlank() || all.equals("null")) {
                return new GatewayFailure.ConnectionRefused(host, port);
            }
            return new GatewayFailure.NetworkError(messages(error));
        }
        if (error instanceof EOFException || hasCause(error, EOFException.class)) {
            return GatewayFailure.NetworkError.closedMidAnswer();
        }
        if (error instanceof IOException) {
            String m = messages(error);
            return new GatewayFailure.NetworkError(m.isBlank() ? error.getClass().getSimpleName() : m);
        }
        return new GatewayFailure.NetworkError(String.valueOf(error));
    }

    /**
     * The HTTP proxy {@code client} sends a request for {@code endpoint} through, or null when it
     * connects directly. Mirrors the JDK client: the first proxy its selector offers, the JVM default
     * selector when the client has none.
     */
    static InetSocketAddress proxyFor(HttpClient client, URI endpoint) {
        ProxySelector selector = client.proxy().orElseGet(ProxySelector::getDefault);
        if (selector == null) {
            return null;
        }
        try {
            List<Proxy> proxies = selector.select(endpoint);
            if (proxies == null || proxies.isEmpty()) {
                return null;
            }
            Proxy first = proxies.get(0);
            return first.type() == Proxy.Type.HTTP && first.address() instanceof InetSocketAddress address
                    ? address : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * With a proxy in the way the client only ever connects to the proxy, so a refused connection or an
     * unknown host is the proxy's, and a failed CONNECT is the proxy declining the tunnel.
     */
    static GatewayFailure blameProxy(GatewayFailure failure, InetSocketAddress proxy, Throwable error) {
        if (proxy == null) {
            return failure;
        }
        String host = proxy.getHostString();
        int port = proxy.getPort();
        if (failure instanceof GatewayFailure.ConnectionRefused) {
            return new GatewayFailure.ProxyFailure(GatewayFailure.ProxyProblem.REFUSED, host, port, null);
        }
        if (failure instanceof GatewayFailure.UnknownHost) {
            return new GatewayFailure.ProxyFailure(GatewayFailure.ProxyProblem.UNKNOWN_HOST, host, port, null);
        }
        String all = messages(error);
        int tunnel = all.indexOf("Tunnel failed");
        if (failure instanceof GatewayFailure.NetworkError && tunnel >= 0) {
            // the JDK's words: "Tunnel failed, got: 403"
            String answer = all.substring(tunnel).replaceFirst("^Tunnel failed,? *(got:)? *", "").split(" / ")[0];
            return new GatewayFailure.ProxyFailure(GatewayFailure.ProxyProblem.TUNNEL_FAILED, host, port,
                    answer.isBlank() ? null : answer.strip());
        }
        return failure;
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

    /** The first lines of a body, short enough for a status area and free of control characters. */
    static String excerpt(String body) {
        String[] lines = body.strip().split("\\R", EXCERPT_LINES + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, EXCERPT_LINES); i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(lines[i].strip());
        }
        String s = sb.toString().replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
        return s.length() > EXCERPT_CHARS ? s.substring(0, EXCERPT_CHARS) + "…" : s;
    }

    private static java.nio.charset.Charset charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return java.nio.charset.Charset.forName(p.substring(8).replace("\"", "").trim());
                } catch (RuntimeException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static String firstBadHeader(TokenRequest request) {
        Set<String> restricted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        restricted.addAll(List.of("connection", "content-length", "expect", "host", "upgrade"));
        for (HeaderLine h : request.extraHeaders()) {
            if (restricted.contains(h.name()) || !h.name().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")
                    || h.value().chars().anyMatch(c -> c == '\r' || c == '\n')) {
                return h.name();
            }
        }
        return request.tenantId() != null ? "Tenant-Id" : "?";
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        return cause(t, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                if (sb.length() > 0) {
                    sb.append(" / ");
                }
                sb.append(c.getMessage());
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return sb.toString();
    }
}
