package io.tokenrefresher.core.profile;

import io.tokenrefresher.core.oauth.TokenEndpointClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The HTTP client a profile's refresh goes through: the same settings as
 * {@link TokenEndpointClient#defaultHttpClient()} (HTTP/1.1, no redirects) plus the profile's TLS
 * trust and proxy. Build one when the profile is selected or edited, not per request: TLS set-up
 * costs a few hundred milliseconds.
 */
public final class ProfileHttpClients {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private ProfileHttpClients() {
    }

    public static HttpClient forProfile(GatewayProfile profile) throws ConnectionSetupException {
        return build(profile.tlsTrust(), profile.proxy());
    }

    public static HttpClient build(TlsTrust trust, ProxySetting proxy) throws ConnectionSetupException {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .proxy(proxySelector(proxy));
        if (trust.mode() != TlsTrust.Mode.SYSTEM) {
            builder.sslContext(sslContext(trust));
        }
        return builder.build();
    }

    /**
     * {@link ProxySetting.Mode#SYSTEM}: the JVM's default selector (the {@code https.proxyHost}
     * properties, and the OS settings when the launcher sets {@code java.net.useSystemProxies=true}).
     */
    public static ProxySelector proxySelector(ProxySetting proxy) throws ConnectionSetupException {
        return switch (proxy.mode()) {
            case SYSTEM -> ProxySelector.getDefault() == null ? HttpClient.Builder.NO_PROXY : ProxySelector.getDefault();
            case NONE -> HttpClient.Builder.NO_PROXY;
            case MANUAL -> {
                if (!proxy.isComplete()) {
                    throw new ConnectionSetupException(ConnectionSetupException.Reason.PROXY_INCOMPLETE,
                            proxy.hostPort(), null);
                }
                yield ProxySelector.of(InetSocketAddress.createUnresolved(proxy.host(), proxy.port()));
            }
        };
    }

    static SSLContext sslContext(TlsTrust trust) throws ConnectionSetupException {
        TrustManager[] trustManagers = trust.mode() == TlsTrust.Mode.TRUST_ALL
                ? new TrustManager[] {new TrustAllCertificates()}
                : trustOnly(trust.caFile());
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always provides TLS", e);
        }
    }

    /** Trust managers that accept exactly the certificates in the file (PEM or DER, one or several). */
    private static TrustManager[] trustOnly(String caFile) throws ConnectionSetupException {
        Path path = caFile == null ? null : Path.of(caFile);
        if (path == null || !Files.isRegularFile(path)) {
            throw new ConnectionSetupException(ConnectionSetupException.Reason.CA_FILE_MISSING,
                    caFile == null ? "" : caFile, null);
        }
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(path)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (CertificateException e) {
            throw new ConnectionSetupException(ConnectionSetupException.Reason.CA_FILE_NOT_A_CERTIFICATE, caFile, e);
        } catch (IOException e) {
            throw new ConnectionSetupException(ConnectionSetupException.Reason.CA_FILE_UNREADABLE, caFile, e);
        }
        if (certificates.isEmpty()) {
            throw new ConnectionSetupException(ConnectionSetupException.Reason.CA_FILE_NOT_A_CERTIFICATE, caFile, null);
        }
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                anchors.setCertificateEntry("ca-" + n++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new ConnectionSetupException(ConnectionSetupException.Reason.CA_FILE_NOT_A_CERTIFICATE, caFile, e);
        }
    }

    /**
     * Accepts any certificate for any host. Being an {@link X509ExtendedTrustManager}, it also takes
     * over the host name check, which it skips: that is what "trust all certificates" means, and why
     * the window keeps a red warning on screen while a profile uses it.
     */
    private static final class TrustAllCertificates extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
