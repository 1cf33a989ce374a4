package io.tokenrefresher.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenEndpointClient;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestCertificates;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's TLS trust decides, against a real HTTPS gateway on 127.0.0.1, whether the refresh goes through. */
class ProfileHttpClientsTest {

    @TempDir
    static Path certificates;

    static TestCertificates matching;
    static TestCertificates otherHost;
    static FakeGateway gateway;
    static FakeGateway wrongNameGateway;

    @BeforeAll
    static void startHttpsGateways() throws IOException {
        matching = TestCertificates.create(certificates, "ip:127.0.0.1");
        otherHost = TestCertificates.create(certificates, "dns:other.example");
        gateway = FakeGateway.builder().https(matching.serverContext()).start();
        wrongNameGateway = FakeGateway.builder().https(otherHost.serverContext()).start();
    }

    @AfterAll
    static void stop() {
        gateway.close();
        wrongNameGateway.close();
    }

    private static TokenOutcome refresh(FakeGateway target, GatewayProfile profile) throws Exception {
        HttpClient client = ProfileHttpClients.forProfile(profile);
        TokenEndpointClient endpoint = new TokenEndpointClient(() -> client, new ObjectMapper(), Clock.systemUTC(),
                "test");
        return endpoint.send(profile.withGateway(target.baseUrl()).toRefreshRequest(target.validRefreshToken(), ""));
    }

    private static GatewayProfile profile(TlsTrust trust) {
        return GatewayProfile.newProfile("TLS").withTlsTrust(trust).withProxy(ProxySetting.NONE);
    }

    @Test
    void systemTrustRefusesASelfSignedGateway() throws Exception {
        TokenOutcome outcome = refresh(gateway, profile(TlsTrust.SYSTEM));
        assertThat(outcome).isInstanceOfSatisfying(TokenOutcome.Failure.class, failure ->
                assertThat(failure.failure()).isInstanceOfSatisfying(GatewayFailure.TlsFailure.class,
                        tls -> assertThat(tls.problem()).isEqualTo(GatewayFailure.TlsProblem.UNTRUSTED_CERTIFICATE)));
    }

    @Test
    void theProfilesCaFileMakesTheGatewayTrusted() throws Exception {
        TokenOutcome outcome = refresh(gateway, profile(TlsTrust.caFile(matching.pemFile().toString())));
        assertThat(outcome).isInstanceOf(TokenOutcome.Success.class);
        assertThat(gateway.lastRequest().path()).isEqualTo(FakeGateway.TOKEN_PATH);
    }

    @Test
    void aCaFileStillChecksTheHostName() throws Exception {
        TokenOutcome outcome = refresh(wrongNameGateway, profile(TlsTrust.caFile(otherHost.pemFile().toString())));
        assertThat(outcome).isInstanceOfSatisfying(TokenOutcome.Failure.class, failure ->
                assertThat(failure.failure()).isInstanceOfSatisfying(GatewayFailure.TlsFailure.class,
                        tls -> assertThat(tls.problem()).isEqualTo(GatewayFailure.TlsProblem.HOSTNAME_MISMATCH)));
    }

    @Test
    void trustAllAcceptsAnUnknownCertificateForTheWrongHost() throws Exception {
        assertThat(refresh(wrongNameGateway, profile(TlsTrust.TRUST_ALL))).isInstanceOf(TokenOutcome.Success.class);
    }

    @Test
    void aMissingOrWrongCaFileIsATypedProblem() throws IOException {
        Path notPem = certificates.resolve("notes.txt");
        Files.writeString(notPem, "this is not a certificate");
        assertThatThrownBy(() -> ProfileHttpClients.forProfile(profile(TlsTrust.caFile("/no/such/ca.pem"))))
                .isInstanceOfSatisfying(ConnectionSetupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ConnectionSetupException.Reason.CA_FILE_MISSING);
                    assertThat(e.subject()).isEqualTo("/no/such/ca.pem");
                });
        assertThatThrownBy(() -> ProfileHttpClients.forProfile(profile(TlsTrust.caFile(notPem.toString()))))
                .isInstanceOfSatisfying(ConnectionSetupException.class, e ->
                        assertThat(e.reason()).isEqualTo(ConnectionSetupException.Reason.CA_FILE_NOT_A_CERTIFICATE));
    }

    @Test
    void theProxySettingDecidesTheRoute() throws Exception {
        URI target = URI.create("https://uat.example.test/cams-auth/oauth/token");
        assertThat(ProfileHttpClients.proxySelector(ProxySetting.manual("proxy.corp", 3128)).select(target))
                .containsExactly(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp", 3128)));
        assertThat(ProfileHttpClients.proxySelector(ProxySetting.NONE).select(target))
                .containsExactly(Proxy.NO_PROXY);
        assertThat(ProfileHttpClients.build(TlsTrust.SYSTEM, ProxySetting.NONE).proxy()).isPresent();
        assertThatThrownBy(() -> ProfileHttpClients.proxySelector(new ProxySetting(ProxySetting.Mode.MANUAL, "p", null)))
                .isInstanceOfSatisfying(ConnectionSetupException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConnectionSetupException.Reason.PROXY_INCOMPLETE));
    }
}
