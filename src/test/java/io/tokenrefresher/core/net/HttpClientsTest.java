package io.tokenrefresher.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure.SetupProblem;
import io.tokenrefresher.core.profile.Connection;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.testing.TestCertificates;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building and caching clients, and the typed errors for settings that cannot become a client. */
class HttpClientsTest {
    private final HttpClients clients = new HttpClients();

    @TempDir
    Path dir;

    private Path caFile(String content) throws Exception {
        Path file = dir.resolve("ca.pem");
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        return file;
    }

    @Test
    void everyClientIsHttp11WithoutRedirectsAndA10SecondConnectTimeout() throws Exception {
        String pem = TestCertificates.loopback().pem();
        List<HttpClient> all = List.of(
                clients.defaultClient(),
                clients.forSettings(TlsTrust.TRUST_ALL, ProxySetting.NONE),
                clients.forSettings(TlsTrust.caFile(caFile(pem).toString()), ProxySetting.manual("proxy.test", 3128)));
        for (HttpClient client : all) {
            assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(client.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
            assertThat(client.connectTimeout()).contains(Duration.ofSeconds(10));
        }
    }

    @Test
    void proxyModesBecomeSelectors() throws Exception {
        URI gateway = URI.create("http://10.1.2.3:8080/cams-auth/oauth/token");
        HttpClient none = clients.forSettings(TlsTrust.SYSTEM, ProxySetting.NONE);
        assertThat(none.proxy()).contains(HttpClient.Builder.NO_PROXY);
        assertThat(none.proxy().orElseThrow().select(gateway)).containsExactly(Proxy.NO_PROXY);

        HttpClient manual = clients.forSettings(TlsTrust.SYSTEM, ProxySetting.manual("proxy.corp.test", 3128));
        List<Proxy> chosen = manual.proxy().orElseThrow().select(gateway);
        assertThat(chosen).hasSize(1);
        assertThat(chosen.get(0).type()).isEqualTo(Proxy.Type.HTTP);
        InetSocketAddress address = (InetSocketAddress) chosen.get(0).address();
        assertThat(address.getHostString()).isEqualTo("proxy.corp.test");
        assertThat(address.getPort()).isEqualTo(3128);
        assertThat(address.isUnresolved()).as("looked up when connecting, not when building").isTrue();

        assertThat(clients.defaultClient().proxy()).contains(ProxySelector.getDefault());
    }

    @Test
    void theSameSettingsGiveTheSameClientAndOtherSettingsAnother() throws Exception {
        HttpClient first = clients.forSettings(TlsTrust.SYSTEM, ProxySetting.SYSTEM);
        assertThat(clients.defaultClient()).isSameAs(first);
        assertThat(clients.forSettings(null, null)).isSameAs(first);
        assertThat(clients.forSettings(new TlsTrust(TlsTrust.Mode.SYSTEM, " "), ProxySetting.SYSTEM)).isSameAs(first);

        HttpClient trustAll = clients.forSettings(TlsTrust.TRUST_ALL, ProxySetting.SYSTEM);
        assertThat(trustAll).isNotSameAs(first);
        assertThat(clients.forSettings(TlsTrust.TRUST_ALL, ProxySetting.SYSTEM)).isSameAs(trustAll);

        HttpClient viaProxy = clients.forSettings(TlsTrust.TRUST_ALL, ProxySetting.manual("proxy.test", 3128));
        assertThat(viaProxy).isNotSameAs(trustAll);
        assertThat(clients.forSettings(TlsTrust.TRUST_ALL, ProxySetting.manual("proxy.test", 3128))).isSameAs(viaProxy);
        assertThat(clients.forSettings(TlsTrust.TRUST_ALL, ProxySetting.manual("proxy.test", 8080)))
                .isNotSameAs(viaProxy);

        GatewayProfile profile = GatewayProfile.newProfile("uat")
                .withConnection(new Connection(TlsTrust.TRUST_ALL, ProxySetting.manual("proxy.test", 3128)));
        assertThat(clients.forProfile(profile)).isSameAs(viaProxy);
        assertThat(new HttpClients().forProfile(profile)).as("each HttpClients has its own cache")
                .isNotSameAs(viaProxy);
    }

    @Test
    void aChangedCaFileGivesANewClientAndAnUnchangedOneTheCachedClient() throws Exception {
        Path file = caFile(TestCertificates.loopback().pem());
        TlsTrust trust = TlsTrust.caFile(file.toString());
        HttpClient before = clients.forSettings(trust, ProxySetting.NONE);
        assertThat(clients.forSettings(trust, ProxySetting.NONE)).isSameAs(before);

        Files.writeString(file, TestCertificates.otherName().pem() + TestCertificates.loopback().pem());
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        HttpClient after = clients.forSettings(trust, ProxySetting.NONE);
        assertThat(after).isNotSameAs(before);
        assertThat(clients.forSettings(trust, ProxySetting.NONE)).isSameAs(after);
    }

    @Test
    void concurrentCallersShareOneBuild() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpClient>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<HttpClient> call = () -> {
                    start.await();
                    return clients.forSettings(TlsTrust.TRUST_ALL, ProxySetting.NONE);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            HttpClient first = results.get(0).get();
            for (Future<HttpClient> result : results) {
                assertThat(result.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingCaFileIsNamedAndNotCached() throws Exception {
        Path missing = dir.resolve("gone/ca.pem");
        TlsTrust trust = TlsTrust.caFile(missing.toString());
        assertThatThrownBy(() -> clients.forSettings(trust, ProxySetting.SYSTEM))
                .isInstanceOfSatisfying(ConnectionSetupException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SetupProblem.CA_FILE_MISSING);
                    assertThat(e.path()).isEqualTo(missing.toString());
                    assertThat(Messages.forLocale(Locale.ENGLISH).describe(e.failure()).headline())
                            .isEqualTo("CA file not found: " + missing);
                    assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).describe(e.failure()).headline())
                            .isEqualTo("找不到 CA 文件：" + missing);
                });

        Files.createDirectories(missing.getParent());
        Files.writeString(missing, TestCertificates.loopback().pem());
        assertThat(clients.forSettings(trust, ProxySetting.SYSTEM)).isNotNull();
    }

    @Test
    void aFileWithoutCertificatesIsNotPem() throws Exception {
        Path text = caFile("this is the gateway's address, not a certificate\n");
        assertSetupProblem(TlsTrust.caFile(text.toString()), SetupProblem.CA_FILE_NOT_PEM);
        String headline = Messages.forLocale(Locale.ENGLISH)
                .describe(setupFailure(TlsTrust.caFile(text.toString())).failure()).headline();
        assertThat(headline).isEqualTo("CA file holds no certificate (PEM expected): " + text);

        Path empty = caFile("");
        assertSetupProblem(TlsTrust.caFile(empty.toString()), SetupProblem.CA_FILE_NOT_PEM);

        Path damaged = caFile("-----BEGIN CERTIFICATE-----\nMIIBnotreallyacertificate==\n-----END CERTIFICATE-----\n");
        ConnectionSetupException e = setupFailure(TlsTrust.caFile(damaged.toString()));
        assertThat(e.problem()).isEqualTo(SetupProblem.CA_FILE_NOT_PEM);
        assertThat(e.failure().detail()).isNotBlank();

        Path key = caFile("-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n");
        assertSetupProblem(TlsTrust.caFile(key.toString()), SetupProblem.CA_FILE_NOT_PEM);
    }

    @Test
    void aPemBundleWithTextAroundAndSeveralCertificatesIsRead() throws Exception {
        Path file = caFile("subject=CN = gw.other.example\n" + TestCertificates.otherName().pem()
                + "# the loopback CA\n" + TestCertificates.loopback().pem()
                + "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----\n");
        assertThat(TrustMaterial.readCertificates(file, file.toString()))
                .extracting(c -> c.getSubjectX500Principal().getName())
                .containsExactly("CN=gw.other.example", "CN=localhost");
    }

    @Test
    void aDirectoryOrAnUnsetFileOrAnIncompleteProxyIsATypedError() throws Exception {
        assertSetupProblem(TlsTrust.caFile(dir.toString()), SetupProblem.CA_FILE_UNREADABLE);
        assertSetupProblem(new TlsTrust(TlsTrust.Mode.CA_FILE, null), SetupProblem.CA_FILE_NOT_SET);

        ConnectionSetupException proxy = (ConnectionSetupException) org.assertj.core.api.Assertions.catchThrowable(
                () -> clients.forSettings(TlsTrust.SYSTEM, new ProxySetting(ProxySetting.Mode.MANUAL, "proxy.test", null)));
        assertThat(proxy.problem()).isEqualTo(SetupProblem.PROXY_INCOMPLETE);
        assertThat(proxy.path()).isNull();
        assertThat(Messages.forLocale(Locale.ENGLISH).describe(proxy.failure()).headline())
                .isEqualTo("The manual proxy needs a host and a port: \"proxy.test\"");
    }

    @Test
    void everySetupProblemHasTextsInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = Messages.forLocale(locale);
            for (SetupProblem problem : SetupProblem.values()) {
                var failure = new ConnectionSetupException(problem, "/tmp/ca.pem", "detail", null).failure();
                Messages.Text text = messages.describe(failure);
                assertThat(text.headline()).as(locale + " " + problem).doesNotStartWith("failure.");
                assertThat(text.hint()).as(locale + " " + problem).isNotBlank().doesNotStartWith("hint.");
            }
        }
    }

    private void assertSetupProblem(TlsTrust trust, SetupProblem expected) {
        assertThat(setupFailure(trust).problem()).isEqualTo(expected);
    }

    private ConnectionSetupException setupFailure(TlsTrust trust) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> clients.forSettings(trust, ProxySetting.NONE));
        assertThat(thrown).isInstanceOf(ConnectionSetupException.class);
        ConnectionSetupException e = (ConnectionSetupException) thrown;
        assertThat(e.path()).isEqualTo(trust.caFile());
        return e;
    }
}
