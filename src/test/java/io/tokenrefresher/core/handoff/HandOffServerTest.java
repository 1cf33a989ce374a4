package io.tokenrefresher.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import io.tokenrefresher.testing.FakeGateway;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-off endpoint over real HTTP on 127.0.0.1, a real gateway (rotating refresh tokens, revoking
 * the grant on reuse) behind it.
 */
class HandOffServerTest {
    private static final ObjectMapper MAPPER = HandOffFixture.MAPPER;

    @TempDir
    Path home;

    private final HttpClient client = HttpClient.newHttpClient();
    private HandOffFixture fixture;
    private FakeCredentialStore keyring;
    private FakeGateway gateway;
    private HandOffKey key;
    private HandOffServer server;
    private String remembered;
    private GatewayProfile uat;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new HandOffFixture(home);
        keyring = fixture.keyring;
        gateway = fixture.gateway;
        remembered = fixture.remembered;
        uat = fixture.uat;
        ProfileService service = fixture.service;
        service.update(fixture.profile("Dead"));
        // a refresh token signed by another gateway: this one refuses it
        try (FakeGateway other = FakeGateway.builder().secret("another-gateway-secret-of-32-bytes!!").start()) {
            GatewayProfile foreign = service.update(fixture.profile("Foreign").withRememberRefreshToken(true));
            service.afterRefresh(foreign.id(), other.validRefreshToken());
        }
        service.save();
        key = new HandOffKey(keyring);
        key.getOrCreate();
        server = HandOffServer.start(fixture.tokens(), key::current, MAPPER, Clock.systemUTC(), Locale.ENGLISH, 0);
    }

    @AfterEach
    void tearDown() {
        server.close();
        fixture.close();
    }

    private HttpResponse<String> get(String profile, String givenKey, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(profile))).header("User-Agent", "Postman");
        if (givenKey != null) {
            b.header(HandOffServer.KEY_HEADER, givenKey);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRightKeyGetsTheTokenAsJsonAndAsPlainText() throws Exception {
        HttpResponse<String> json = get("UAT", key.current(), null);
        HttpResponse<String> plain = get("UAT", key.current(), "text/plain");

        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        JsonNode body = MAPPER.readTree(json.body());
        assertThat(body.get("profile").asText()).isEqualTo("UAT");
        assertThat(body.get("refreshed").asBoolean()).isTrue();
        assertThat(body.get("expires_in").asLong()).isBetween(3500L, 3600L);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).isEqualTo(body.get("access_token").asText()).startsWith("ey");
        assertThat(json.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(server.recent()).hasSize(2).allSatisfy(h -> {
            assertThat(h.profile()).isEqualTo("UAT");
            assertThat(h.userAgent()).isEqualTo("Postman");
        });
    }

    @Test
    void aMissingOrWrongKeyGets401AndNoToken() throws Exception {
        HttpResponse<String> none = get("UAT", null, null);
        HttpResponse<String> wrong = get("UAT", key.current().substring(1) + "x", null);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains(HandOffServer.KEY_HEADER).doesNotContain("access_token");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void aForeignHostGets421EvenWithTheKey() throws Exception {
        String answer = raw("GET /v1/profiles/UAT/access-token HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\n" + HandOffServer.KEY_HEADER + ": " + key.current() + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 421");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void localhostWithThePortIsAccepted() throws Exception {
        String answer = raw("GET /v1/profiles/UAT/access-token HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\nAccept: text/plain\r\n" + HandOffServer.KEY_HEADER + ": " + key.current()
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    @Test
    void onlyGetIsServed() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(server.url("UAT")))
                .header(HandOffServer.KEY_HEADER, key.current())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void anUnknownProfileGets404WithTheSavedNames() throws Exception {
        HttpResponse<String> r = get("PROD", key.current(), null);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(MAPPER.readTree(r.body()).get("message").asText()).contains("\"PROD\"", "\"UAT\"", "\"Dead\"");
    }

    @Test
    void aDeadSessionGets409WithLogInAgain() throws Exception {
        HttpResponse<String> r = get("Dead", key.current(), null);

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(MAPPER.readTree(r.body()).get("message").asText()).contains("\"Dead\"", "log in again");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void aRefusedRefreshTokenGets409WithLogInAgain() throws Exception {
        HttpResponse<String> r = get("Foreign", key.current(), null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(MAPPER.readTree(r.body()).get("message").asText()).contains("\"Foreign\"", "log in again");
        assertThat(gateway.requests()).hasSize(1);
    }

    @Test
    void aStoppedServerRefusesConnections() {
        String url = server.url("UAT");
        server.close();

        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    @Test
    void regeneratingTheKeyInvalidatesTheOldOne() throws Exception {
        String old = key.current();
        String fresh = key.regenerate();

        assertThat(fresh).isNotEqualTo(old).hasSizeGreaterThanOrEqualTo(43);
        assertThat(keyring.entries()).containsEntry(HandOffKey.ACCOUNT, fresh);
        assertThat(get("UAT", old, null).statusCode()).isEqualTo(401);
        assertThat(get("UAT", fresh, null).statusCode()).isEqualTo(200);
        assertThat(new HandOffKey(keyring).getOrCreate()).isEqualTo(fresh);
    }

    @Test
    void tenParallelCallersNearExpiryCauseOneRefreshAtTheServer() throws Exception {
        String first = windowRefreshed(Duration.ofSeconds(3560));
        // the first refresh is answered slowly, so the others surely ask while it is in flight
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofMillis(800)));
        ExecutorService callers = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    go.await();
                    return get("UAT", key.current(), "text/plain");
                };
                answers.add(callers.submit(call));
            }
            go.countDown();
            List<String> tokens = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                tokens.add(r.body());
            }
            assertThat(tokens).doesNotContain(first).containsOnly(tokens.get(0));
        } finally {
            callers.shutdownNow();
        }
        assertThat(gateway.refreshCount()).isEqualTo(2);
        assertThat(gateway.grant(remembered)).isEqualTo(new FakeGateway.GrantState(2, false));
    }

    /** What a window's refresh {@code age} ago left in the shared cache; its access token. */
    private String windowRefreshed(Duration age) throws InterruptedException {
        Clock then = Clock.offset(Clock.systemUTC(), age.negated());
        HttpClients http = new HttpClients();
        TokenEndpointClient window = new TokenEndpointClient(http::defaultClient, MAPPER, then, "test-window");
        TokenOutcome outcome = SharedRefresh.inDataFolder(home, keyring, MAPPER, then)
                .senderFor(uat.id(), TokenSender.over(() -> window, () -> http))
                .send(uat.toRequest(TokenRequest.refreshParameters(remembered, "all"), ""),
                        uat.connection().tlsTrust(), uat.connection().proxy());
        return ((TokenOutcome.Success) outcome).response().accessToken();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
