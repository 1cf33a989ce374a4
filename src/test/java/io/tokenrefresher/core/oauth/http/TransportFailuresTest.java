package io.tokenrefresher.core.oauth.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.testing.FakeGateway.Fault;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestCertificates;
import io.tokenrefresher.testing.TestRequests;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No answer, and why ({@link TransportFailures}): unknown host, closed port, a connection closed
 * mid-answer, and the TLS failures, each with the words the user reads (English bundle).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TransportFailuresTest extends ExchangeTestSupport {
    @Test
    void unknownHostIsReportedQuickly() throws Exception {
        // RFC 6761: .invalid never resolves, so this needs no network and cannot hit a real host
        long started = System.nanoTime();

        GatewayFailure failure = failureOf(TestRequests.refresh("http://gateway.invalid:8080", "x.y.z")
                .withTimeout(Duration.ofSeconds(10)));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(failure).isEqualTo(new GatewayFailure.UnknownHost("gateway.invalid"));
        assertThat(words(failure).oneLine()).isEqualTo("Unknown host \"gateway.invalid\": the name does not resolve (DNS)."
                + " — Check the address, your VPN and DNS.");
    }

    @Test
    void closedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        GatewayFailure failure = failureOf(TestRequests.refresh("127.0.0.1:" + port, "x.y.z"));

        assertThat(failure).isEqualTo(new GatewayFailure.ConnectionRefused("127.0.0.1", port));
        assertThat(words(failure).oneLine()).isEqualTo("Connection refused by 127.0.0.1:" + port
                + ": nothing is listening there. — Check the port and whether the gateway is running.");
    }

    @Test
    void connectionClosedMidAnswerCountsTheBytes() throws Exception {
        gateway();
        gateway.enqueue(Fault.closeMidAnswer());

        GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

        assertThat(failure).isEqualTo(new GatewayFailure.ConnectionCut(false, 62, 2000));
        assertThat(words(failure).oneLine()).isEqualTo("The gateway cut the connection mid-answer (62 of 2000 bytes)."
                + " — The answer is incomplete, so nothing from it was used. Try again.");
    }

    /** TLS against a real HTTPS server with test certificates. */
    @Nested
    class Tls {
        static TestCertificates forLoopback;
        static TestCertificates forOtherName;

        @BeforeAll
        static void loadCertificates() throws Exception {
            forLoopback = TestCertificates.loopback();
            forOtherName = TestCertificates.otherName();
        }

        @Test
        void selfSignedCertificateIsUntrusted() throws Exception {
            gateway(FakeGateway.builder().https(forLoopback.serverContext()));

            GatewayFailure failure = failureOf(refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.TlsFailure.class)).satisfies(f -> {
                assertThat(f.problem()).isEqualTo(GatewayFailure.TlsProblem.UNTRUSTED_CERTIFICATE);
                assertThat(f.host()).isEqualTo("127.0.0.1");
            });
            Messages.Text text = words(failure);
            assertThat(text.headline())
                    .isEqualTo("TLS: the certificate of 127.0.0.1 is not trusted (self-signed or unknown CA).");
            assertThat(text.hint()).startsWith("Trust the environment's CA certificate");
            assertThat(gateway.requests()).isEmpty();
        }

        @Test
        void trustedCertificateWorks() throws Exception {
            gateway(FakeGateway.builder().https(forLoopback.serverContext()));
            TokenEndpointClient trusting = clientTrusting(forLoopback.trustingClientContext());

            TokenOutcome.Success ok = success(trusting.send(refresh(ParameterPlacement.JSON)));

            assertThat(ok.endpoint().getScheme()).isEqualTo("https");
            assertThat(gateway.lastRequest().contentType()).isEqualTo("application/json;charset=UTF-8");
        }

        @Test
        void certificateForAnotherNameIsAHostnameMismatch() throws Exception {
            gateway(FakeGateway.builder().https(forOtherName.serverContext()));
            TokenEndpointClient trusting = clientTrusting(forOtherName.trustingClientContext());

            GatewayFailure failure = failureVia(trusting, refresh(ParameterPlacement.JSON));

            assertThat(failure).asInstanceOf(type(GatewayFailure.TlsFailure.class))
                    .satisfies(f -> assertThat(f.problem()).isEqualTo(GatewayFailure.TlsProblem.HOSTNAME_MISMATCH));
            assertThat(words(failure).headline()).isEqualTo("TLS: the certificate does not match the host name 127.0.0.1.");
        }

        @Test
        void httpsToAPlainHttpPortIsNotTls() throws Exception {
            // like Tomcat or nginx, a plain HTTP server answers the TLS hello with a clear-text 400
            try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                Thread responder = new Thread(() -> answerInClearText(plain), "clear-text-responder");
                responder.setDaemon(true);
                responder.start();

                GatewayFailure failure = failureOf(TestRequests.refresh("https://127.0.0.1:" + plain.getLocalPort(),
                        "x.y.z"));

                assertThat(failure).asInstanceOf(type(GatewayFailure.TlsFailure.class))
                        .satisfies(f -> assertThat(f.problem()).isEqualTo(GatewayFailure.TlsProblem.NOT_TLS));
                assertThat(words(failure).oneLine()).isEqualTo("TLS: 127.0.0.1 does not speak HTTPS on this port."
                        + " — Try http:// instead of https://.");
            }
        }

        @Test
        void handshakeThatNeverCompletesIsAConnectTimeoutOfTheClientsLimit() throws Exception {
            // a server that accepts and then says nothing: the TLS hello is never answered. (Not the JDK's
            // HttpServer: its request-line reader answers 400 in clear text whenever the hello's random
            // bytes happen to hold a CR LF, which made this test fail now and then.)
            try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                Thread holder = new Thread(() -> acceptAndStaySilent(silent), "silent-server");
                holder.setDaemon(true);
                holder.start();
                TokenEndpointClient impatient = new TokenEndpointClient(memoize(() -> HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(1))
                        .build()), MAPPER, Clock.systemUTC(), USER_AGENT);
                long started = System.nanoTime();

                GatewayFailure failure = failureVia(impatient, TestRequests.refresh("https://127.0.0.1:"
                        + silent.getLocalPort(), "x.y.z").withTimeout(Duration.ofSeconds(20)));

                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
                assertThat(failure).isEqualTo(new GatewayFailure.Timeout(Duration.ofSeconds(1), true));
                assertThat(words(failure).oneLine()).isEqualTo("No connection within 1 s (the connect limit): the host does not answer."
                        + " — Check VPN, firewall or proxy; the host may be down.");
            }
        }

        private static void acceptAndStaySilent(ServerSocket server) {
            try (Socket connection = server.accept()) {
                connection.getInputStream().readAllBytes(); // until the client hangs up
            } catch (IOException e) {
                // the client hung up or the test closed the server: nothing to tell
            }
        }

        private static void answerInClearText(ServerSocket server) {
            try (Socket connection = server.accept()) {
                connection.getInputStream().read(new byte[1024]);
                connection.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 11\r\nConnection: close\r\n\r\nBad Request").getBytes(StandardCharsets.US_ASCII));
                connection.getOutputStream().flush();
            } catch (IOException e) {
                // the client hung up first: the test's assertions tell what happened
            }
        }

        private TokenEndpointClient clientTrusting(SSLContext context) {
            Supplier<HttpClient> http = memoize(() -> HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .sslContext(context)
                    .build());
            return new TokenEndpointClient(http, MAPPER, Clock.systemUTC(), USER_AGENT);
        }

        private GatewayFailure failureVia(TokenEndpointClient with, TokenRequest request) throws InterruptedException {
            TokenOutcome outcome = with.send(request);
            assertThat(outcome).isInstanceOf(TokenOutcome.Failure.class);
            return ((TokenOutcome.Failure) outcome).failure();
        }
    }
}
