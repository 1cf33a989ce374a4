package io.tokenrefresher.testing;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed test certificates from {@code src/test/resources/tls} (see the README there): made once
 * with keytool and committed, because running keytool per test run costs seconds on a busy machine.
 */
public final class TestCertificates {
    private static final char[] PASSWORD = "changeit".toCharArray();

    private final KeyStore keyStore;

    private TestCertificates(KeyStore keyStore) {
        this.keyStore = keyStore;
    }

    /** {@code CN=localhost}, SAN {@code dns:localhost, ip:127.0.0.1}: matches the fake gateway's address. */
    public static TestCertificates loopback() throws IOException, GeneralSecurityException {
        return load("loopback.p12");
    }

    /** {@code CN=gw.other.example} only: a certificate issued for another host. */
    public static TestCertificates otherName() throws IOException, GeneralSecurityException {
        return load("other-name.p12");
    }

    private static TestCertificates load(String name) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TestCertificates.class.getResourceAsStream("/tls/" + name)) {
            if (in == null) {
                throw new IOException("test keystore /tls/" + name + " missing");
            }
            store.load(in, PASSWORD);
        }
        return new TestCertificates(store);
    }

    /** For the server: presents the certificate. */
    public SSLContext serverContext() throws GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    /** For a client that trusts exactly this certificate (host name checks still apply). */
    public SSLContext trustingClientContext() throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", keyStore.getCertificate("server"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    /** The certificate's private key, to sign test tokens that its certificate then verifies. */
    public PrivateKey privateKey() throws GeneralSecurityException {
        return (PrivateKey) keyStore.getKey("server", PASSWORD);
    }

    /**
     * The certificate as PEM text, the way a tester's CA file holds it. Self-signed, so it is its own CA:
     * a client that trusts this PEM trusts the server.
     */
    public String pem() throws GeneralSecurityException {
        byte[] der = keyStore.getCertificate("server").getEncoded();
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }
}
