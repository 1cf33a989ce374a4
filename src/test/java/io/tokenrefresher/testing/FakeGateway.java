package io.tokenrefresher.testing;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP(S) server on 127.0.0.1 that answers like a BladeX / Spring Security OAuth2 token
 * endpoint at {@value #TOKEN_PATH}, minting real HS256 JWTs shaped like the seed's.
 *
 * <p>It takes the grant parameters from a JSON body, a form body or the query string (or, like
 * stock Spring OAuth2, ignores JSON bodies: {@link Builder#ignoreJsonBodies()}), validates refresh
 * tokens (signature, {@code ati}, expiry) with the same error texts a real gateway sends, optionally
 * demands client Basic auth and a {@code Tenant-Id}, and supports the password grant.
 *
 * <p>Every request is recorded ({@link #requests()}). Scripted {@link Fault}s, queued with
 * {@link #enqueue}, replace the next answers one per request: fixed responses, delays, a connection
 * closed mid-answer, a body larger than the client's limit.
 *
 * <pre>{@code
 * try (FakeGateway gateway = FakeGateway.builder().requireClient("saber", "saber_secret").start()) {
 *     String refreshToken = gateway.tokens().pair().refreshToken();
 *     ... send to gateway.baseUrl() ...
 *     assertThat(gateway.lastRequest().contentType()).isEqualTo("application/json;charset=UTF-8");
 * }
 * }</pre>
 */
public final class FakeGateway implements AutoCloseable {
    public static final String TOKEN_PATH = "/cams-auth/oauth/token";
    public static final String JSON_UTF8 = "application/json;charset=UTF-8";
    public static final String BASIC_REALM = "Basic realm=\"oauth2/client\"";
    public static final String TENANT_NOT_FOUND = "租户ID未找到";
    /** A business call, as BladeX serves it: wants {@code Blade-Auth: bearer <access token>}. */
    public static final String USER_INFO_PATH = "/blade-system/user/info";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Builder config;
    private final TestTokens tokens;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Map<String, Grant> grantsByRefreshJti = new ConcurrentHashMap<>();
    private final FakeGatewayFamily family;

    private FakeGateway(Builder config) throws IOException {
        this.config = config;
        this.tokens = new TestTokens(config.secret, config.clock);
        this.family = new FakeGatewayFamily(config.springBlade, config.captcha, config.lockoutAfter);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port);
        if (config.sslContext != null) {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(config.sslContext));
            server = https;
        } else {
            server = HttpServer.create(address, 0);
        }
        AtomicInteger n = new AtomicInteger();
        // small and daemon: a few slow (delayed) exchanges at once is all any test needs
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-gateway-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A plain-HTTP gateway on a free port with default settings. */
    public static FakeGateway start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What a refresh does to the refresh token. */
    public enum RefreshTokens {
        /** Same jti and exp, new ati, so a new signature: Spring's JwtTokenStore with reuseRefreshTokens. */
        RE_SIGN,
        /** A new jti and a new exp: a rotating gateway. */
        ROTATE,
        /** The very same string back. */
        UNCHANGED
    }

    /** Start-time settings. */
    public static final class Builder {
        private int port;
        private String secret = TestTokens.DEFAULT_SECRET;
        private Clock clock = Clock.systemUTC();
        private SSLContext sslContext;
        private boolean ignoreJsonBodies;
        private String clientId;
        private String clientSecret;
        private String tenantId;
        private final Map<String, String> users = new LinkedHashMap<>();
        private boolean md5Passwords;
        private Duration accessLifetime = Duration.ofHours(1);
        private Duration refreshLifetime = Duration.ofDays(7);
        private final Map<String, JsonNode> documents = new LinkedHashMap<>();
        private String grantedScope;
        private boolean rotateWithReuseDetection;
        private RefreshTokens refreshTokens = RefreshTokens.RE_SIGN;
        private String tokenPath = TOKEN_PATH;
        private boolean springBlade;
        private boolean captcha;
        private int lockoutAfter;

        private Builder() {
            users.put(TestTokens.USER_NAME, "bullfrog_password");
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The HS256 key tokens are signed and checked with. */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /** The gateway's now, for minting and for expiry checks. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Serve HTTPS with this context (its key manager holds the server certificate). */
        public Builder https(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /** Like stock Spring OAuth2: read parameters from the query and form only, never from JSON. */
        public Builder ignoreJsonBodies() {
            this.ignoreJsonBodies = true;
            return this;
        }

        /** Demand {@code Authorization: Basic base64(id:secret)}, else 401 with a Basic challenge. */
        public Builder requireClient(String id, String secret) {
            this.clientId = id;
            this.clientSecret = secret;
            return this;
        }

        /** Demand {@code Tenant-Id: tenant}, else BladeX's {@code 租户ID未找到}. */
        public Builder requireTenant(String tenant) {
            this.tenantId = tenant;
            return this;
        }

        /** Adds (or replaces) a user for the password grant. */
        public Builder user(String username, String password) {
            users.put(username, password);
            return this;
        }

        /** Expect the password grant's password as lowercase MD5 hex, as BladeX's web front end sends it. */
        public Builder md5Passwords() {
            this.md5Passwords = true;
            return this;
        }

        public Builder accessLifetime(Duration lifetime) {
            this.accessLifetime = lifetime;
            return this;
        }

        public Builder refreshLifetime(Duration lifetime) {
            this.refreshLifetime = lifetime;
            return this;
        }

        /**
         * Refuse a refresh that asks for another scope than this one, as Spring Security OAuth2 does
         * (400 invalid_scope); without it the scope is not checked.
         */
        public Builder grantedScope(String scope) {
            this.grantedScope = scope;
            return this;
        }

        /** Serve this JSON on GET {@code path} (a JWKS document, say), counted with the other requests. */
        public Builder serveJson(String path, JsonNode document) {
            documents.put(path, document);
            return this;
        }

        /**
         * Like an OIDC provider with refresh-token rotation and reuse detection: every refresh issues a
         * refresh token with a new {@code jti}, and a refresh token used a second time revokes its whole
         * grant (every token of the chain then gets {@code 400 invalid_grant}). See {@link #grant}.
         */
        public Builder rotateWithReuseDetection() {
            this.rotateWithReuseDetection = true;
            return this;
        }

        /** How refreshes treat the refresh token (re-signed by default, like the seed's gateway). */
        public Builder refreshTokens(RefreshTokens mode) {
            this.refreshTokens = mode;
            return this;
        }

        /** Serve the token endpoint at another path, e.g. BladeX's {@code /blade-auth/oauth/token}. */
        public Builder tokenPath(String path) {
            this.tokenPath = path;
            return this;
        }

        /**
         * Open-source SpringBlade: {@code /blade-auth/token}, camelCase parameters ({@code grantType},
         * {@code account}, {@code refreshToken}, {@code tenantId}), answers wrapped as
         * {@code {"code","success","data","msg"}} with camelCase fields, refusals as HTTP 200
         * {@code {"code":400,"success":false,"msg"}}. The captcha (with {@link #captcha()}) is at
         * {@code /blade-auth/captcha}, wrapped too.
         */
        public Builder springBlade() {
            this.springBlade = true;
            this.tokenPath = "/blade-auth/token";
            return this;
        }

        /**
         * Captcha mode, as the Saber front end's default: {@code GET /blade-auth/oauth/captcha} gives
         * {@code {"key","image"}}; the password grant is refused as {@code unsupported_grant_type}; the
         * captcha grant wants {@code Captcha-Key}/{@code Captcha-Code} headers, each captcha used once.
         */
        public Builder captcha() {
            this.captcha = true;
            return this;
        }

        /** BladeX's lockout: after {@code failures} failed log-ins of a user, every log-in is refused as locked. */
        public Builder lockoutAfter(int failures) {
            this.lockoutAfter = failures;
            return this;
        }

        public FakeGateway start() {
            try {
                return new FakeGateway(this);
            } catch (IOException e) {
                throw new UncheckedIOException("fake gateway could not start", e);
            }
        }
    }

    /** A scripted answer that replaces the gateway's own for one request. */
    public sealed interface Fault {
        /** Exactly this status, headers and body. */
        record Respond(int status, Map<String, String> headers, byte[] body) implements Fault {
            @Override
            public String toString() {
                return "Respond[" + status + ", " + headers + ", " + body.length + " bytes]";
            }
        }

        /** Waits, then answers normally (or until the gateway closes). */
        record Delay(Duration delay) implements Fault {
        }

        /** Declares a JSON body of 2000 bytes, sends the first part of it, then drops the connection. */
        record CloseMidAnswer() implements Fault {
        }

        /** A 200 JSON body of {@code bytes} bytes, streamed; {@code declareLength} sends Content-Length. */
        record HugeBody(long bytes, boolean declareLength) implements Fault {
        }

        static Fault respond(int status, String contentType, String body) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", contentType);
            return new Respond(status, headers, body.getBytes(StandardCharsets.UTF_8));
        }

        static Fault json(int status, String json) {
            return respond(status, JSON_UTF8, json);
        }

        static Fault html(int status, String html) {
            return respond(status, "text/html;charset=UTF-8", html);
        }

        static Fault redirect(int status, String location) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Location", location);
            headers.put("Content-Type", "text/html;charset=UTF-8");
            return new Respond(status, headers, new byte[0]);
        }

        static Fault withHeader(int status, String contentType, String body, String header, String value) {
            Respond r = (Respond) respond(status, contentType, body);
            Map<String, String> headers = new LinkedHashMap<>(r.headers());
            headers.put(header, value);
            return new Respond(status, headers, r.body());
        }

        static Fault delay(Duration delay) {
            return new Delay(delay);
        }

        static Fault closeMidAnswer() {
            return new CloseMidAnswer();
        }

        static Fault hugeBody(long bytes) {
            return new HugeBody(bytes, true);
        }
    }

    // ---- what tests use --------------------------------------------------------------------------

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:port} (or https), what a tester types as the gateway. */
    public String baseUrl() {
        return (config.sslContext != null ? "https" : "http") + "://127.0.0.1:" + port();
    }

    public String tokenUrl() {
        return baseUrl() + config.tokenPath;
    }

    /** The code a user would read off the captcha image {@code key}; null once it was used. */
    public String captchaCode(String key) {
        return family.codeOf(key);
    }

    /** The key of the newest captcha handed out, or null before the first. */
    public String lastCaptchaKey() {
        return family.lastCaptchaKey();
    }

    /** Mints tokens this gateway accepts (same secret and clock). */
    public TestTokens tokens() {
        return tokens;
    }

    /** A refresh token this gateway will accept now. */
    public String validRefreshToken() {
        return tokens.pair(config.accessLifetime, config.refreshLifetime).refreshToken();
    }

    /** Queues answers that replace the normal ones, one per request, in order. */
    public FakeGateway enqueue(Fault... scripted) {
        faults.addAll(List.of(scripted));
        return this;
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("the fake gateway received no request");
        }
        return requests.get(requests.size() - 1);
    }

    public void clearRequests() {
        requests.clear();
    }

    /** What a reuse-detecting gateway knows of one grant (the chain of refresh tokens from one log-in). */
    public record GrantState(int refreshes, boolean revoked) {
    }

    /**
     * The grant {@code refreshToken} belongs to ({@link Builder#rotateWithReuseDetection()}); a token
     * this gateway has not seen yet (e.g. {@link #validRefreshToken()}) starts a grant of its own.
     */
    public GrantState grant(String refreshToken) {
        Grant grant = grantOf(JWT.decode(refreshToken).getId());
        synchronized (grant) {
            return new GrantState(grant.refreshes, grant.revoked);
        }
    }

    /** Refreshes answered with new tokens, over all grants. */
    public int refreshCount() {
        return (int) grantsByRefreshJti.values().stream().distinct().mapToInt(g -> {
            synchronized (g) {
                return g.refreshes;
            }
        }).sum();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- the exchange ----------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        try (exchange) {
            RecordedRequest request = record(exchange);
            requests.add(request);
            Fault fault = faults.poll();
            if (fault instanceof Fault.Delay d) {
                try {
                    Thread.sleep(d.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                fault = null;
            }
            if (fault != null) {
                play(exchange, fault);
                return;
            }
            Answer answer = answer(request);
            write(exchange, answer.status, answer.headers, answer.body.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away (cancel, timeout, body too large): nothing to answer to
        }
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getProtocol(), headers, body);
    }

    private record Answer(int status, Map<String, String> headers, JsonNode body) {
    }

    private Answer answer(RecordedRequest request) {
        JsonNode document = config.documents.get(request.path());
        if (document != null && "GET".equals(request.method())) {
            return json(200, document);
        }
        if (config.captcha && family.captchaPath().equals(request.path()) && "GET".equals(request.method())) {
            return json(200, family.newCaptcha());
        }
        if (USER_INFO_PATH.equals(request.path())) {
            return userInfo(request);
        }
        if (!config.tokenPath.equals(request.path())) {
            ObjectNode notFound = MAPPER.createObjectNode();
            notFound.put("timestamp", config.clock.instant().toString());
            notFound.put("status", 404);
            notFound.put("error", "Not Found");
            notFound.put("path", request.path());
            return json(404, notFound);
        }
        if (!"POST".equals(request.method())) {
            return oauthError(405, "method_not_allowed",
                    "Request method '" + request.method() + "' not supported");
        }
        if (config.clientId != null && !clientAuthenticated(request)) {
            Answer refused = oauthError(401, "unauthorized", "Full authentication is required to access this resource");
            refused.headers.put("WWW-Authenticate", BASIC_REALM);
            return refused;
        }
        Map<String, String> parameters = family.standardNames(parameters(request));
        String grantType = parameters.getOrDefault("grant_type", "");
        if (grantType.isBlank()) {
            return oauthError(400, "invalid_request", "Missing grant type");
        }
        if (config.tenantId != null && !config.tenantId.equals(request.header("Tenant-Id"))) {
            ObjectNode body = MAPPER.createObjectNode();
            body.put("code", 400);
            body.put("success", false);
            body.putNull("data");
            body.put("msg", TENANT_NOT_FOUND);
            return json(400, body);
        }
        String scope = parameters.get("scope");
        if (config.grantedScope != null && scope != null && !scope.isBlank() && !config.grantedScope.equals(scope)) {
            return oauthError(400, "invalid_scope", "Unable to narrow the scope of the client authentication to ["
                    + scope + "].");
        }
        return switch (grantType) {
            case "refresh_token" -> refresh(parameters.getOrDefault("refresh_token", ""));
            case "password" -> config.captcha
                    ? refusal(400, "unsupported_grant_type", "Unsupported grant type: password")
                    : password(parameters.getOrDefault("username", ""), parameters.getOrDefault("password", ""));
            case "captcha" -> !config.captcha
                    ? refusal(400, "unsupported_grant_type", "Unsupported grant type: captcha")
                    : !family.captchaAccepted(request.header("Captcha-Key"), request.header("Captcha-Code"))
                    ? refusal(400, "invalid_grant", FakeGatewayFamily.CAPTCHA_WRONG)
                    : password(parameters.getOrDefault("username", ""), parameters.getOrDefault("password", ""));
            default -> refusal(400, "unsupported_grant_type", "Unsupported grant type: " + grantType);
        };
    }

    private boolean clientAuthenticated(RecordedRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String expected = config.clientId + ":" + config.clientSecret;
        try {
            String given = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            return expected.equals(given);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Query first, then the body; JSON bodies only unless the gateway ignores them like stock Spring. */
    private Map<String, String> parameters(RecordedRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>(request.queryParameters());
        String type = request.contentType() == null ? "" : request.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            request.formParameters().forEach(parameters::putIfAbsent);
        } else if (type.startsWith("application/json") && !config.ignoreJsonBodies) {
            try {
                JsonNode json = MAPPER.readTree(request.body());
                if (json != null && json.isObject()) {
                    json.fields().forEachRemaining(e -> parameters.putIfAbsent(e.getKey(), e.getValue().asText()));
                }
            } catch (IOException e) {
                // unreadable JSON: Spring would answer from what it found elsewhere, so do we
            }
        }
        return parameters;
    }

    private Answer refresh(String refreshToken) {
        DecodedJWT jwt;
        try {
            jwt = JWT.decode(refreshToken);
            tokens.algorithm().verify(jwt);
        } catch (JWTDecodeException | SignatureVerificationException e) {
            return refusal(401, "invalid_token", "Cannot convert access token to JSON");
        }
        if (jwt.getClaim("ati").isMissing() || jwt.getClaim("ati").isNull()) {
            return refusal(401, "invalid_token", "Encoded token is not a refresh token");
        }
        Instant now = config.clock.instant();
        Instant expiresAt = jwt.getExpiresAtAsInstant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return refusal(401, "invalid_token", "Invalid refresh token (expired): " + refreshToken);
        }
        if (config.rotateWithReuseDetection) {
            return rotate(jwt, now);
        }
        boolean rotate = config.refreshTokens == RefreshTokens.ROTATE;
        String refreshJti = jwt.getId() != null && !rotate ? jwt.getId() : UUID.randomUUID().toString();
        Instant refreshExpiry = expiresAt != null && !rotate ? expiresAt : now.plus(config.refreshLifetime);
        ObjectNode answer = tokenAnswer(now, tokens.pair(now.plus(config.accessLifetime), refreshExpiry, refreshJti));
        if (config.refreshTokens == RefreshTokens.UNCHANGED) {
            answer.put("refresh_token", refreshToken);
        }
        return tokens(answer);
    }

    /** One log-in's chain of refresh tokens: which were used, whether it is revoked. Guarded by itself. */
    private static final class Grant {
        final Set<String> usedRefreshJtis = new HashSet<>();
        int refreshes;
        boolean revoked;
    }

    private Grant grantOf(String refreshJti) {
        return grantsByRefreshJti.computeIfAbsent(refreshJti == null ? "" : refreshJti, jti -> new Grant());
    }

    private Answer rotate(DecodedJWT refreshToken, Instant now) {
        Grant grant = grantOf(refreshToken.getId());
        TestTokens.TokenPair pair;
        synchronized (grant) {
            if (grant.revoked) {
                return refusal(400, "invalid_grant", "Invalid refresh token (revoked): grant revoked after reuse");
            }
            if (!grant.usedRefreshJtis.add(refreshToken.getId())) {
                grant.revoked = true;
                return refusal(400, "invalid_grant", "Refresh token reused: grant revoked");
            }
            grant.refreshes++;
            pair = tokens.pair(now.plus(config.accessLifetime), now.plus(config.refreshLifetime),
                    UUID.randomUUID().toString());
            grantsByRefreshJti.put(pair.refreshJti(), grant);
        }
        return tokens(tokenAnswer(now, pair));
    }

    private Answer password(String username, String password) {
        String known = config.users.get(username);
        String expected = known == null ? null : config.md5Passwords ? md5(known) : known;
        if (family.locked(username)) {
            return refusal(400, "invalid_grant", FakeGatewayFamily.LOCKED);
        }
        if (expected == null || !expected.equals(password)) {
            family.failed(username);
            return refusal(400, "invalid_grant", config.springBlade ? "用户名或密码错误" : "Bad credentials");
        }
        family.succeeded(username);
        Instant now = config.clock.instant();
        return tokens(tokenAnswer(now, tokens.pair(now.plus(config.accessLifetime), now.plus(config.refreshLifetime),
                UUID.randomUUID().toString())));
    }

    /** The seed's answer: standard fields, then the user fields in the seed's order. */
    private ObjectNode tokenAnswer(Instant now, TestTokens.TokenPair pair) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("access_token", pair.accessToken());
        a.put("token_type", "bearer");
        a.put("refresh_token", pair.refreshToken());
        // Spring counts from exp (whole seconds) to now and rounds down, so a one-hour token answers 3599
        Instant exp = Instant.ofEpochSecond(pair.accessExpiresAt().getEpochSecond());
        a.put("expires_in", Math.max(0, Duration.between(now, exp).toSeconds()));
        a.put("scope", "all");
        TestTokens.putAccountFields(a);
        TestTokens.putClientAndRoleFields(a);
        a.put("nick_name", TestTokens.NICK_NAME);
        a.put("oauth_id", "");
        a.put("job_number", "");
        a.put("dept_id", "763");
        a.put("password_last_update_date", "2021-11-01 09:56:03");
        a.put("account", TestTokens.USER_NAME);
        a.put("jti", pair.accessJti());
        return a;
    }

    /** BladeX's user info: the token from {@code Blade-Auth} checked like a real resource server would. */
    private Answer userInfo(RecordedRequest request) {
        String bladeAuth = request.header("Blade-Auth");
        String token = bladeAuth != null && bladeAuth.regionMatches(true, 0, "bearer ", 0, 7)
                ? bladeAuth.substring(7).trim() : "";
        try {
            DecodedJWT jwt = JWT.decode(token);
            tokens.algorithm().verify(jwt);
            ObjectNode data = MAPPER.createObjectNode().put("account", jwt.getClaim("user_name").asString());
            return json(200, FakeGatewayFamily.wrap(200, true, data, "操作成功"));
        } catch (JWTDecodeException | SignatureVerificationException e) {
            return json(401, FakeGatewayFamily.wrap(401, false, null, "缺失令牌,鉴权失败"));
        }
    }

    /** Tokens as this gateway answers them: standard, or SpringBlade's wrapped camelCase. */
    private Answer tokens(ObjectNode standard) {
        return json(200, config.springBlade ? family.springBladeAnswer(standard) : standard);
    }

    /** A refusal as this gateway sends it: OAuth2 error fields, or SpringBlade's HTTP 200 {@code success:false}. */
    private Answer refusal(int status, String error, String description) {
        return config.springBlade
                ? json(200, FakeGatewayFamily.wrap(status, false, null, description))
                : oauthError(status, error, description);
    }

    private static Answer oauthError(int status, String error, String description) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("error", error);
        body.put("error_description", description);
        return json(status, body);
    }

    private static Answer json(int status, JsonNode body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", JSON_UTF8);
        headers.put("Cache-Control", "no-store");
        headers.put("Pragma", "no-cache");
        return new Answer(status, headers, body);
    }

    private void play(HttpExchange exchange, Fault fault) throws IOException {
        if (fault instanceof Fault.Respond r) {
            write(exchange, r.status(), r.headers(), r.body());
        } else if (fault instanceof Fault.CloseMidAnswer) {
            exchange.getResponseHeaders().set("Content-Type", JSON_UTF8);
            exchange.sendResponseHeaders(200, 2000);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"access_token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb21w".getBytes(StandardCharsets.UTF_8));
            out.flush();
            // closing with bytes still owed makes the JDK server drop the connection
            exchange.close();
        } else if (fault instanceof Fault.HugeBody h) {
            exchange.getResponseHeaders().set("Content-Type", JSON_UTF8);
            exchange.sendResponseHeaders(200, h.declareLength() ? h.bytes() : 0);
            OutputStream out = exchange.getResponseBody();
            byte[] head = "{\"access_token\":\"".getBytes(StandardCharsets.US_ASCII);
            out.write(head);
            byte[] filler = new byte[64 * 1024];
            Arrays.fill(filler, (byte) 'a');
            long left = h.bytes() - head.length - 2;
            while (left > 0) {
                int n = (int) Math.min(filler.length, left);
                out.write(filler, 0, n);
                left -= n;
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
            out.close();
        } else {
            throw new IllegalStateException("unplayable fault " + fault);
        }
    }

    private static void write(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        // HEAD-like empty bodies (redirects) are sent with Content-Length: 0, not chunked
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
