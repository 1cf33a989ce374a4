package io.tokenrefresher.cli;

import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FakeGateway.Fault;
import io.tokenrefresher.testing.RawSocketGateway;
import io.tokenrefresher.testing.TestCertificates;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The cases of issue 16's fault suite: how each is played on 127.0.0.1 and what the user must read.
 * Each case starts its own server(s) and gives the gateway address, the refresh token typed, the
 * timeout, the tokens that must never show (over 12 characters) and, for TLS, the CA file to trust.
 */
final class FaultCases {
    private FaultCases() {
    }

    /** What the user gives: the form's fields in the window, the options on the command line. */
    record Typed(String gateway, String refreshToken, int timeoutSeconds, String tenantId, String clientId,
                 String clientSecret, String caFilePem) {
        static Typed of(String gateway, String refreshToken) {
            return new Typed(gateway, refreshToken, 10, "", "", "", null);
        }

        Typed timeout(int seconds) {
            return new Typed(gateway, refreshToken, seconds, tenantId, clientId, clientSecret, caFilePem);
        }

        Typed trusting(String pem) {
            return new Typed(gateway, refreshToken, timeoutSeconds, tenantId, clientId, clientSecret, pem);
        }
    }

    /** A played case: what was typed, the tokens that must not show, and the servers to stop. */
    record Played(Typed typed, List<String> secrets, List<AutoCloseable> servers) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            for (AutoCloseable s : servers) {
                s.close();
            }
        }
    }

    @FunctionalInterface
    interface Setup {
        Played play() throws Exception;
    }

    /**
     * What must be read. {@code cause} is a regular expression found in the headline (English);
     * {@code windowHint} and {@code cliHint} are the hints' beginnings (null: no hint); {@code exit}
     * the command line's code (0: tokens came).
     */
    record Expect(String cause, String windowHint, String cliHint, int exit) {
    }

    record Case(String name, Setup setup, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Expect expect(String cause, String hint, int exit) {
        return new Expect(cause, hint, hint, exit);
    }

    private static Expect ok() {
        return new Expect("HTTP 200 in \\d+ ms", null, null, 0);
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        // ---- no answer ----
        cases.add(new Case("unknown host", () -> played(Typed.of("http://gateway.invalid:8080", "x.y.z")),
                expect("Unknown host \"gateway\\.invalid\"", "Check the address, your VPN and DNS.", 4)));
        cases.add(new Case("connection refused", () -> played(Typed.of("127.0.0.1:" + closedPort(), "x.y.z")),
                expect("Connection refused by 127\\.0\\.0\\.1:\\d+", "Check the port and whether", 4)));
        cases.add(new Case("connect timeout", () -> {
            RawSocketGateway raw = RawSocketGateway.neverAccepting();
            return played(Typed.of(raw.baseUrl(), "x.y.z").timeout(1), raw);
        }, expect("No connection within 1 s \\(the connect limit\\)", "Check VPN, firewall or proxy", 4)));
        cases.add(new Case("slow headers", () -> {
            RawSocketGateway raw = RawSocketGateway.playing(RawSocketGateway.silentFor(Duration.ofSeconds(4)));
            return played(Typed.of(raw.baseUrl(), "x.y.z").timeout(1), raw);
        }, new Expect("No answer within 1 s: the gateway accepted the request", "Try again, or raise the timeout.",
                "Try again, or allow more time with --timeout SECONDS.", 4)));
        cases.add(new Case("trickled body", () -> {
            RawSocketGateway raw = RawSocketGateway.playing(RawSocketGateway.trickle("{\"access_token\":\"a\"}",
                    Duration.ofMillis(300)));
            return played(Typed.of(raw.baseUrl(), "x.y.z").timeout(1), raw);
        }, new Expect("the answer started but did not finish within 1 s", "The gateway or a proxy sends the answer",
                "The gateway or a proxy sends the answer too slowly. Try again, or allow more time with --timeout", 4)));
        cases.add(new Case("reset before the answer", () -> {
            RawSocketGateway raw = RawSocketGateway.playing(RawSocketGateway.resetBeforeAnswer());
            return played(Typed.of(raw.baseUrl(), "x.y.z"), raw);
        }, expect("The gateway reset the connection before answering\\.", "The gateway, a proxy or a firewall", 4)));
        cases.add(new Case("reset mid-body", () -> {
            RawSocketGateway raw = RawSocketGateway.playing(RawSocketGateway.resetMidBody(813, 406));
            return played(Typed.of(raw.baseUrl(), "x.y.z"), raw);
        }, expect("cut the connection mid-answer \\(406 of 813 bytes\\)", "The answer is incomplete", 4)));
        cases.add(new Case("TLS untrusted", () -> {
            FakeGateway g = FakeGateway.builder().https(TestCertificates.loopback().serverContext()).start();
            return played(Typed.of("https://127.0.0.1:" + g.port(), g.validRefreshToken()), g);
        }, expect("the certificate of 127\\.0\\.0\\.1 is not trusted", "Trust the environment's CA certificate", 4)));
        cases.add(new Case("TLS host mismatch", () -> {
            TestCertificates other = TestCertificates.otherName();
            FakeGateway g = FakeGateway.builder().https(other.serverContext()).start();
            return played(Typed.of("https://127.0.0.1:" + g.port(), g.validRefreshToken()).trusting(other.pem()), g);
        }, expect("the certificate does not match the host name 127\\.0\\.0\\.1", "Use the host name the certificate", 4)));
        // ---- answers that are not tokens ----
        cases.add(answer("3xx to an SSO page", Fault.redirect(302, "https://sso.test.example.com/login?service=x"),
                expect("redirect 302 to https://sso\\.test\\.example\\.com/login", "Often a login (SSO) page", 3)));
        for (int status : new int[] {502, 503, 504}) {
            cases.add(answer("HTML " + status + " from a proxy", Fault.html(status, "<html>\r\n<head><title>" + status
                    + " Proxy Error</title></head>\r\n<body><center><h1>" + status + "</h1></center><hr><center>nginx"
                    + "</center></body></html>"), expect("HTTP " + status + " .*: the auth service behind the gateway.*"
                    + "The proxy's page says \"" + status + " Proxy Error\"", "Not a problem with your token", 5)));
        }
        cases.add(answer("200 with an HTML login page", Fault.html(200, "<!DOCTYPE html><html><head><title>Sign in"
                + "</title></head><body><form action=\"/login\"></form></body></html>"),
                expect("HTTP 200: the server sent a web page", "Check the gateway address and token path", 5)));
        cases.add(new Case("truncated JSON holding the new tokens", () -> {
            FakeGateway g = FakeGateway.start();
            var pair = g.tokens().pair();
            g.enqueue(Fault.json(200, "{\"access_token\":\"" + pair.accessToken() + "\",\"token_type\":\"bearer\","
                    + "\"refresh_token\":\"" + pair.refreshToken().substring(0, 300)));
            return new Played(Typed.of(g.baseUrl(), g.validRefreshToken()),
                    List.of(pair.accessToken(), pair.refreshToken()), List.of(g));
        }, new Expect("HTTP 200: the JSON answer is cut off \\(truncated\\)", null, null, 5)));
        cases.add(answer("5 MB body", Fault.hugeBody(5L * 1024 * 1024),
                new Expect("larger than 2 MiB", null, null, 5)));
        cases.add(new Case("valid JSON with a wrong content type", () -> {
            FakeGateway g = FakeGateway.start();
            var pair = g.tokens().pair();
            g.enqueue(Fault.respond(200, "text/plain", tokenAnswer(pair.accessToken(), pair.refreshToken())));
            return new Played(Typed.of(g.baseUrl(), g.validRefreshToken()),
                    List.of(pair.accessToken(), pair.refreshToken()), List.of(g));
        }, ok()));
        cases.add(answer("429 with Retry-After in seconds", Fault.withHeader(429, "application/json",
                "{\"error\":\"too_many_requests\"}", "Retry-After", "30"),
                new Expect("HTTP 429 — rate limited: try again in 30 s\\.", "Wait, then try again",
                        "Wait as long as the gateway asks", 4)));
        cases.add(new Case("429 with Retry-After as an HTTP date", () -> {
            FakeGateway g = FakeGateway.start();
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
            g.enqueue(Fault.withHeader(429, "text/html", "<html>slow down</html>", "Retry-After", date));
            return new Played(Typed.of(g.baseUrl(), g.validRefreshToken()), List.of(g.validRefreshToken()), List.of(g));
        }, new Expect("HTTP 429 — rate limited: try again in 1[01]\\d s\\.", "Wait, then try again",
                "Wait as long as the gateway asks", 4)));
        cases.add(answer("500 server_error", Fault.json(500, "{\"error\":\"server_error\",\"error_description\":"
                + "\"Internal Server Error\"}"), expect("HTTP 500 — the gateway failed: server_error",
                "An error inside the gateway, not a refusal", 4)));
        cases.add(answer("200 with a BladeX error envelope", Fault.json(200, "{\"code\":400,\"success\":false,"
                + "\"data\":null,\"msg\":\"缺失必要的请求头\"}"),
                new Expect("HTTP 200 — the server refused: 400: 缺失必要的请求头", null, null, 3)));
        cases.add(answer("200 without access_token", Fault.json(200, "{\"code\":200,\"success\":true,\"data\":{}}"),
                expect("HTTP 200: the answer has no access_token\\. Fields: code, success, data",
                        "The endpoint answered but is not a token endpoint", 5)));
        // ---- the Spring stack's refusals ----
        cases.add(new Case("garbage token", () -> {
            FakeGateway g = FakeGateway.start();
            return played(Typed.of(g.baseUrl(), "not-a-token-at-all"), g);
        }, expect("HTTP 401 — the server refused: invalid_token: Cannot convert access token to JSON",
                "The token is damaged or was signed by another environment.", 3)));
        cases.add(new Case("expired refresh token", () -> {
            FakeGateway g = FakeGateway.start();
            return played(Typed.of(g.baseUrl(), g.tokens().expiredRefreshToken(Duration.ofDays(1))), g);
        }, new Expect("HTTP 401 — the server refused: invalid_token: Invalid refresh token \\(expired\\)",
                "The refresh token has expired: log in again",
                "The refresh token has expired: get a new one with token-refresher login.", 3)));
        cases.add(new Case("access token as refresh token", () -> {
            FakeGateway g = FakeGateway.start();
            var pair = g.tokens().pair();
            return new Played(Typed.of(g.baseUrl(), pair.accessToken()), List.of(pair.accessToken()), List.of(g));
        }, new Expect("HTTP 401 — the server refused: invalid_token: Encoded token is not a refresh token",
                "You pasted the access token: paste the refresh token instead.",
                "You gave the access token: pass the refresh token to --refresh-token instead.", 3)));
        cases.add(new Case("Basic required", () -> {
            FakeGateway g = FakeGateway.builder().requireClient("saber", "saber_secret").start();
            return played(Typed.of(g.baseUrl(), g.validRefreshToken()), g);
        }, new Expect("HTTP 401", "The gateway wants client credentials: set client id and secret under Advanced.",
                "The gateway wants client credentials: give --client-id ID and --client-secret SECRET", 3)));
        cases.add(answer("Basic challenge without an OAuth body",
                Fault.withHeader(401, "text/html", "", "WWW-Authenticate", FakeGateway.BASIC_REALM),
                new Expect("HTTP 401 — client authentication failed or missing\\.",
                        "The gateway wants client credentials: set client id",
                        "The gateway wants client credentials: give --client-id", 3)));
        cases.add(new Case("tenant missing", () -> {
            FakeGateway g = FakeGateway.builder().requireTenant("000000").start();
            return played(Typed.of(g.baseUrl(), g.validRefreshToken()), g);
        }, new Expect("HTTP 400 — the server refused: 400: 租户ID未找到", "The gateway wants a tenant: set Tenant-Id under"
                + " Advanced.", "The gateway wants a tenant: give --tenant-id TENANT.", 3)));
        cases.add(answer("invalid scope", Fault.json(400, "{\"error\":\"invalid_scope\",\"error_description\":"
                + "\"Invalid scope: all\",\"scope\":\"read write\"}"),
                expect("HTTP 400 — the server refused: invalid_scope: Invalid scope: all",
                        "This client may not use this grant type or scope.", 3)));
        // ---- tokens of unusual kinds: they are given as they came ----
        cases.add(tokens("opaque tokens", UUID.randomUUID().toString(), UUID.randomUUID().toString()));
        cases.add(tokens("a JWE access token", "eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0."
                + b64("encrypted-key-bytes-xxxxxxxx") + "." + b64("iv-bytes-xxx") + "." + b64("ciphertext-of-the-claims")
                + "." + b64("authentication-tag"), UUID.randomUUID().toString()));
        cases.add(tokens("an alg=none access token", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + b64("{\"user_name\":\"bullfrog_cpms\",\"exp\":4102444800}") + ".", UUID.randomUUID().toString()));
        cases.add(tokens("exp as a string", b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
                + b64("{\"user_name\":\"bullfrog_cpms\",\"exp\":\"tomorrow\"}") + "." + b64("signature-bytes-here"),
                UUID.randomUUID().toString()));
        return cases;
    }

    private static Case answer(String name, Fault fault, Expect expect) {
        return new Case(name, () -> {
            FakeGateway g = FakeGateway.start();
            g.enqueue(fault);
            return played(Typed.of(g.baseUrl(), g.validRefreshToken()), g);
        }, expect);
    }

    private static Case tokens(String name, String accessToken, String refreshToken) {
        return new Case(name, () -> {
            FakeGateway g = FakeGateway.start();
            g.enqueue(Fault.json(200, tokenAnswer(accessToken, refreshToken)));
            return new Played(Typed.of(g.baseUrl(), g.validRefreshToken()),
                    List.of(accessToken, refreshToken, g.validRefreshToken()), List.of(g));
        }, ok());
    }

    private static String tokenAnswer(String access, String refresh) {
        return "{\"access_token\":\"" + access + "\",\"token_type\":\"bearer\",\"refresh_token\":\"" + refresh
                + "\",\"expires_in\":3599,\"scope\":\"all\",\"user_name\":\"bullfrog_cpms\"}";
    }

    private static Played played(Typed typed, AutoCloseable... servers) {
        List<String> secrets = new ArrayList<>();
        if (typed.refreshToken().length() > 12) {
            secrets.add(typed.refreshToken());
        }
        return new Played(typed, secrets, List.of(servers));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
