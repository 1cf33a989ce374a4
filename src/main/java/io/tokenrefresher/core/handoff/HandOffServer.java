package io.tokenrefresher.core.handoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tokenrefresher.core.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Serves {@code GET /v1/profiles/<name>/access-token} on 127.0.0.1 for tools that can make an HTTP call
 * but cannot run a program (Postman and Apifox scripts, JMeter): the same answer as
 * {@code token --output json} ({@code Accept: text/plain}: the bare token), from {@link AccessTokenSource}.
 *
 * <p>Defences, since any local program and any web page in a browser can reach a loopback port: the
 * per-install key in {@code X-Token-Refresher-Key} (constant-time compare, else 401); a {@code Host}
 * other than {@code 127.0.0.1:<port>} or {@code localhost:<port>} gets 421 (a DNS-rebinding page sends
 * its own host name); no CORS headers, so a page cannot read an answer; only GET. Tokens are never logged.
 */
public final class HandOffServer implements AutoCloseable {
    /** One token handed out, for the window's "last hand-offs" list. */
    public record HandOff(Instant at, String profile, String userAgent) {
    }

    @FunctionalInterface
    public interface Listener {
        void handedOff(HandOff handOff);
    }

    public static final String KEY_HEADER = "X-Token-Refresher-Key";
    private static final String PREFIX = "/v1/profiles/";
    private static final String SUFFIX = "/access-token";
    private static final int THREADS = 4;
    private static final int QUEUE = 32;
    private static final int RECENT = 10;
    /** Long enough for a refresh at the server; a caller waiting for one is not cut off. */
    private static final long MIN_VALID_SECONDS = 60;
    private static final Logger LOG = System.getLogger(HandOffServer.class.getName());

    private final AccessTokenSource tokens;
    private final Supplier<String> key;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Messages messages;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<HandOff> recent = new ArrayDeque<>();
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final int port;

    private HandOffServer(AccessTokenSource tokens, Supplier<String> key, ObjectMapper mapper, Clock clock,
                          Locale locale, int port) throws IOException {
        this.tokens = tokens;
        this.key = key;
        this.mapper = mapper;
        this.clock = clock;
        this.messages = Messages.forLocale(locale);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, "token-refresher-handoff-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        this.port = server.getAddress().getPort();
    }

    /**
     * Binds to 127.0.0.1:{@code port} (0: any free port) and starts serving.
     *
     * @param key the key requests must carry, asked on every request (so a regenerated key counts at once)
     * @throws IOException the port is taken or cannot be bound
     */
    public static HandOffServer start(AccessTokenSource tokens, Supplier<String> key, ObjectMapper mapper, Clock clock,
                                      Locale locale, int port) throws IOException {
        HandOffServer s = new HandOffServer(Objects.requireNonNull(tokens), Objects.requireNonNull(key),
                Objects.requireNonNull(mapper), Objects.requireNonNull(clock), locale, port);
        s.server.start();
        return s;
    }

    public int port() {
        return port;
    }

    /** The address of a profile's token, e.g. for the snippets. */
    public String url(String profileName) {
        return "http://127.0.0.1:" + port + PREFIX + profileName + SUFFIX;
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The last few hand-offs, newest first. */
    public synchronized List<HandOff> recent() {
        return List.copyOf(recent);
    }

    /** Stops accepting, lets running answers finish for up to a second, then stops the threads. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            int status = answer(exchange);
            // the path names the profile, never a token; the key and the answer are not logged
            LOG.log(Level.DEBUG, () -> exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + " -> " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the caller gets an answer, not a cut connection; the log gets the class only (messages may quote tokens)
            LOG.log(Level.WARNING, "hand-off failed: " + e.getClass().getName());
            error(exchange, 500, "internal_error", e.getClass().getSimpleName());
        } finally {
            exchange.close();
        }
    }

    private int answer(HttpExchange exchange) throws IOException, InterruptedException {
        if (!hostIsLoopback(exchange.getRequestHeaders().getFirst("Host"))) {
            return error(exchange, 421, "wrong_host", messages.text("handoff.http.wrongHost"));
        }
        if (!HandOffKey.matches(key.get(), exchange.getRequestHeaders().getFirst(KEY_HEADER))) {
            return error(exchange, 401, "bad_key", messages.format("handoff.http.badKey", KEY_HEADER));
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            return error(exchange, 405, "method_not_allowed", messages.text("handoff.http.onlyGet"));
        }
        String path = exchange.getRequestURI().getRawPath();
        if (!path.startsWith(PREFIX) || !path.endsWith(SUFFIX) || path.length() <= PREFIX.length() + SUFFIX.length()) {
            return error(exchange, 404, "not_found", messages.format("handoff.http.noSuchPath", PREFIX + "<name>" + SUFFIX));
        }
        String name = URLDecoder.decode(path.substring(PREFIX.length(), path.length() - SUFFIX.length()),
                StandardCharsets.UTF_8);
        AccessTokenSource.Answer answer = tokens.get(name, MIN_VALID_SECONDS);
        if (answer instanceof AccessTokenSource.Answer.Token token) {
            return token(exchange, token);
        }
        if (answer instanceof AccessTokenSource.Answer.UnknownProfile unknown) {
            return error(exchange, 404, "unknown_profile", unknown.savedNames().isEmpty()
                    ? messages.format("handoff.http.noProfiles", name)
                    : messages.format("handoff.http.unknownProfile", name,
                    String.join(", ", unknown.savedNames().stream().map(n -> "\"" + n + "\"").toList())));
        }
        if (answer instanceof AccessTokenSource.Answer.LogInAgain again) {
            return error(exchange, 409, "log_in_again",
                    messages.format("handoff.http.logInAgain." + again.reason().name().toLowerCase(Locale.ROOT),
                            again.profile().name(), again.detail()));
        }
        AccessTokenSource.Answer.Failed failed = (AccessTokenSource.Answer.Failed) answer;
        String why = messages.describe(failed.failure()).headline();
        return failed.refused()
                ? error(exchange, 409, "log_in_again", messages.format("handoff.http.refused", failed.profile().name(), why))
                : error(exchange, 502, "gateway_failed",
                messages.format("handoff.http.gatewayFailed", failed.profile().name(), why));
    }

    private boolean hostIsLoopback(String host) {
        return host != null && (host.equalsIgnoreCase("127.0.0.1:" + port) || host.equalsIgnoreCase("localhost:" + port));
    }

    private int token(HttpExchange exchange, AccessTokenSource.Answer.Token token) throws IOException {
        HandOff handOff = new HandOff(clock.instant(), token.profile().name(),
                String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        synchronized (this) {
            recent.addFirst(handOff);
            while (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        listeners.forEach(l -> l.handedOff(handOff));
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (accept != null && accept.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
            return send(exchange, 200, "text/plain; charset=utf-8", token.response().accessToken());
        }
        return send(exchange, 200, "application/json", AccessTokenJson.of(mapper, token, clock.instant()).toPrettyString());
    }

    private int error(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode json = mapper.createObjectNode();
        json.put("error", code);
        json.put("message", message);
        return send(exchange, status, "application/json", json.toPrettyString());
    }

    private static int send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        return status;
    }
}
