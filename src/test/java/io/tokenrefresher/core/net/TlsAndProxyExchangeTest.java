package io.tokenrefresher.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestCertificates;
import io.tokenrefresher.testing.TestRequests;
import io.tokenrefresher.testing.TinyHttpProxy;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real exchanges with the fake gateway over HTTPS (test certificates) and through a real local proxy:
 * each trust and proxy mode does what the profile promises, and failures name the right culprit.
 */
class TlsAndProxyExchangeTest {
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private final HttpClients clients = new HttpClients();
    /** Only {@code send(request, client)} is used here: the shared client must never be asked for. */
    private final TokenEndpointClient endpoint = new TokenEndpointClient(() -> {
        throw new AssertionError("the shared client was used instead of the chosen one");
    }, new ObjectMapper(), Clock.systemUTC(), "TokenRefresher/test");

    @TempDir
    Path dir;

    private TokenOutcome refresh(FakeGateway gateway, HttpClient client) throws InterruptedException {
        TokenRequest request = TestRequests.refresh(gateway.baseUrl(), gateway.validRefreshToken())
                .withTimeout(Duration.ofSeconds(8));
        return endpoint.send(request, client);
    }

    private static GatewayFailure failureOf(TokenOutcome outcome) {
        assertThat(outcome).isInstanceOf(TokenOutcome.Failure.class);
        return ((TokenOutcome.Failure) outcome).failure();
    }

    private static void assertTokens(TokenOutcome outcome) {
        assertThat(outcome).isInstanceOfSatisfying(TokenOutcome.Success.class,
                s -> assertThat(s.response().accessToken()).startsWith("eyJ"));
    }

    private String caFile(String pem) throws Exception {
        Path file = dir.resolve("env-ca.pem");
        Files.writeString(file, pem);
        return file.toString();
    }

    @Test
    void systemTrustRefusesTheSelfSignedCertificate() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().https(TestCertificates.loopback().serverContext()).start()) {
            GatewayFailure failure = failureOf(refresh(gateway, clients.defaultClient()));
            assertThat(failure.key()).isEqualTo("tlsUntrusted");
            assertThat(((GatewayFailure.TlsFailure) failure).host()).isEqualTo("127.0.0.1");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void aCaFileWithTheServersCaGetsTokens() throws Exception {
        TestCertificates certificate = TestCertificates.loopback();
        try (FakeGateway gateway = FakeGateway.builder().https(certificate.serverContext()).start()) {
            HttpClient client = clients.forSettings(TlsTrust.caFile(caFile(certificate.pem())), ProxySetting.NONE);
            assertTokens(refresh(gateway, client));
            assertThat(gateway.lastRequest().contentType()).isEqualTo(FakeGateway.JSON_UTF8);
        }
    }

    @Test
    void aCaFileWithAnotherCaIsUntrustedAndSaysWhichFileAndIssuer() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().https(TestCertificates.loopback().serverContext()).start()) {
            String file = caFile(TestCertificates.otherName().pem());
            GatewayFailure failure = failureOf(refresh(gateway,
                    clients.forSettings(TlsTrust.caFile(file), ProxySetting.NONE)));
            assertThat(failure.key()).isEqualTo("tlsUntrusted");
            assertThat(((GatewayFailure.TlsFailure) failure).detail())
                    .contains("issued by CN=localhost").contains(file);
            assertThat(ENGLISH.describe(failure).details()).contains(file);
        }
    }

    @Test
    void aCaFileStillChecksTheHostName() throws Exception {
        TestCertificates otherName = TestCertificates.otherName();
        try (FakeGateway gateway = FakeGateway.builder().https(otherName.serverContext()).start()) {
            GatewayFailure failure = failureOf(refresh(gateway,
                    clients.forSettings(TlsTrust.caFile(caFile(otherName.pem())), ProxySetting.NONE)));
            assertThat(failure.key()).isEqualTo("tlsHostname");
        }
    }

    @Test
    void trustAllAcceptsACertificateIssuedForAnotherHost() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().https(TestCertificates.otherName().serverContext()).start()) {
            assertThat(failureOf(refresh(gateway, clients.defaultClient())).key())
                    .as("the same server is refused with system trust").isEqualTo("tlsUntrusted");
            assertTokens(refresh(gateway, clients.forSettings(TlsTrust.TRUST_ALL, ProxySetting.NONE)));
        }
    }

    @Test
    void aManualProxyForwardsThePlainHttpRequest() throws Exception {
        try (FakeGateway gateway = FakeGateway.start(); TinyHttpProxy proxy = TinyHttpProxy.start()) {
            HttpClient client = clients.forSettings(TlsTrust.SYSTEM, ProxySetting.manual("127.0.0.1", proxy.port()));
            assertTokens(refresh(gateway, client));
            assertThat(proxy.requestLines())
                    .containsExactly("POST http://127.0.0.1:" + gateway.port() + "/cams-auth/oauth/token HTTP/1.1");
            assertThat(gateway.requests()).hasSize(1);
        }
    }

    @Test
    void aManualProxyTunnelsHttpsAndTrustStillApplies() throws Exception {
        TestCertificates certificate = TestCertificates.loopback();
        try (FakeGateway gateway = FakeGateway.builder().https(certificate.serverContext()).start();
             TinyHttpProxy proxy = TinyHttpProxy.start()) {
            ProxySetting viaProxy = ProxySetting.manual("127.0.0.1", proxy.port());
            assertTokens(refresh(gateway, clients.forSettings(TlsTrust.caFile(caFile(certificate.pem())), viaProxy)));
            assertThat(proxy.requestLines()).containsExactly("CONNECT 127.0.0.1:" + gateway.port() + " HTTP/1.1");

            assertThat(failureOf(refresh(gateway, clients.forSettings(TlsTrust.SYSTEM, viaProxy))).key())
                    .isEqualTo("tlsUntrusted");
        }
    }

    @Test
    void aProxyThatRefusesTheTunnelIsNamed() throws Exception {
        try (FakeGateway gateway = FakeGateway.builder().https(TestCertificates.loopback().serverContext()).start();
             TinyHttpProxy proxy = TinyHttpProxy.start().refuseTunnels(403)) {
            GatewayFailure failure = failureOf(refresh(gateway,
                    clients.forSettings(TlsTrust.TRUST_ALL, ProxySetting.manual("127.0.0.1", proxy.port()))));
            assertThat(failure).isEqualTo(new GatewayFailure.ProxyFailure(
                    GatewayFailure.ProxyProblem.TUNNEL_FAILED, "127.0.0.1", proxy.port(), "403"));
            assertThat(ENGLISH.describe(failure).headline()).isEqualTo("Proxy 127.0.0.1:" + proxy.port()
                    + " would not open a connection to the gateway (it answered 403).");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void aManualProxyOnAClosedPortIsNamedAsTheProxy() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        try (FakeGateway gateway = FakeGateway.start()) {
            GatewayFailure failure = failureOf(refresh(gateway,
                    clients.forSettings(TlsTrust.SYSTEM, ProxySetting.manual("127.0.0.1", closedPort))));
            assertThat(failure).isEqualTo(new GatewayFailure.ProxyFailure(
                    GatewayFailure.ProxyProblem.REFUSED, "127.0.0.1", closedPort, null));
            assertThat(ENGLISH.describe(failure).headline())
                    .isEqualTo("Proxy 127.0.0.1:" + closedPort + " refused the connection: nothing is listening there.");
            assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).describe(failure).headline())
                    .isEqualTo("代理 127.0.0.1:" + closedPort + " 拒绝连接：该端口没有服务在监听。");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void aManualProxyWithAnUnknownNameIsNamedAsTheProxy() throws Exception {
        try (FakeGateway gateway = FakeGateway.start()) {
            GatewayFailure failure = failureOf(refresh(gateway,
                    clients.forSettings(TlsTrust.SYSTEM, ProxySetting.manual("no-such-proxy.invalid", 3128))));
            assertThat(failure).isEqualTo(new GatewayFailure.ProxyFailure(
                    GatewayFailure.ProxyProblem.UNKNOWN_HOST, "no-such-proxy.invalid", 3128, null));
            assertThat(ENGLISH.describe(failure).headline())
                    .isEqualTo("Unknown proxy host \"no-such-proxy.invalid\": the name does not resolve (DNS).");
        }
    }

    @Test
    void withoutAProxyAClosedGatewayPortIsTheGatewaysFault() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        TokenRequest request = TestRequests.refresh("http://127.0.0.1:" + closedPort, "x.y.z")
                .withTimeout(Duration.ofSeconds(8));
        GatewayFailure failure = failureOf(endpoint.send(request, clients.forSettings(TlsTrust.SYSTEM, ProxySetting.NONE)));
        assertThat(failure).isEqualTo(new GatewayFailure.ConnectionRefused("127.0.0.1", closedPort));
    }

    /**
     * The system proxy is whatever {@code -Dhttp.proxyHost} says (set here for one test, then restored);
     * NONE goes direct even then.
     */
    @Test
    void systemProxyFollowsTheJavaPropertiesAndNoneIgnoresThem() throws Exception {
        String[] keys = {"http.proxyHost", "http.proxyPort", "http.nonProxyHosts"};
        String[] saved = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            saved[i] = System.getProperty(keys[i]);
        }
        try (FakeGateway gateway = FakeGateway.start(); TinyHttpProxy proxy = TinyHttpProxy.start()) {
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", String.valueOf(proxy.port()));
            System.setProperty("http.nonProxyHosts", ""); // the default exempts 127.*

            assertTokens(refresh(gateway, clients.forSettings(TlsTrust.SYSTEM, ProxySetting.NONE)));
            assertThat(proxy.requestLines()).as("NONE connects directly").isEmpty();

            assertTokens(refresh(gateway, clients.defaultClient()));
            assertThat(proxy.requestLines()).as("SYSTEM uses -Dhttp.proxyHost").hasSize(1);
            assertThat(gateway.requests()).hasSize(2);
        } finally {
            for (int i = 0; i < keys.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(keys[i]);
                } else {
                    System.setProperty(keys[i], saved[i]);
                }
            }
        }
    }
}
