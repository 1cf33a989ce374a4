package io.tokenrefresher.core.net;

import io.tokenrefresher.core.oauth.GatewayFailure.SetupProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/** The {@link SSLContext}s behind the CA_FILE and TRUST_ALL modes of a profile's TLS trust. */
final class TrustMaterial {
    /** A CA bundle is a few hundred KiB at most; a bigger file is the wrong file. */
    static final long MAX_CA_FILE_BYTES = 1024 * 1024;

    private static final Pattern PEM_CERTIFICATE =
            Pattern.compile("-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\\s]*?-----END CERTIFICATE-----");

    private TrustMaterial() {
    }

    /**
     * Trusts the system's CAs and the certificates in {@code file}: the JDK's default trust anchors
     * (cacerts, or {@code -Djavax.net.ssl.trustStore}) plus the file's, checked in one PKIX pass, with
     * host-name checks as usual.
     */
    static SSLContext trustingAlso(Path file, String shownPath) throws ConnectionSetupException {
        List<X509Certificate> fromFile = readCertificates(file, shownPath);
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int n = 0;
            for (X509Certificate ca : systemTrustManager().getAcceptedIssuers()) {
                anchors.setCertificateEntry("system-" + n++, ca);
            }
            n = 0;
            for (X509Certificate ca : fromFile) {
                anchors.setCertificateEntry("file-" + n++, ca);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            X509ExtendedTrustManager pkix = extended(factory.getTrustManagers());
            return context(new CaFileTrustManager(pkix, shownPath, fromFile.size()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS trust from " + shownPath, e);
        }
    }

    /** Accepts any certificate for any host name: the profile's insecure TRUST_ALL mode. */
    static SSLContext trustingAll() {
        return context(new TrustAllManager());
    }

    /**
     * The certificates in a PEM file (several blocks, text around them ignored, so an openssl dump or a
     * file with a key in it works too); a file without PEM blocks is tried as DER.
     */
    static List<X509Certificate> readCertificates(Path file, String shownPath) throws ConnectionSetupException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_CA_FILE_BYTES) {
                throw new ConnectionSetupException(SetupProblem.CA_FILE_NOT_PEM, shownPath,
                        "larger than " + MAX_CA_FILE_BYTES / 1024 + " KiB", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConnectionSetupException(SetupProblem.CA_FILE_MISSING, shownPath, null, e);
        } catch (IOException | SecurityException e) {
            throw new ConnectionSetupException(SetupProblem.CA_FILE_UNREADABLE, shownPath, e.getMessage(), e);
        }
        CertificateFactory x509;
        try {
            x509 = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("the Java runtime has no X.509 support", e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = PEM_CERTIFICATE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        try {
            if (block.find()) {
                do {
                    byte[] pem = block.group().getBytes(StandardCharsets.ISO_8859_1);
                    certificates.add((X509Certificate) x509.generateCertificate(new ByteArrayInputStream(pem)));
                } while (block.find());
            } else {
                Collection<? extends Certificate> der = x509.generateCertificates(new ByteArrayInputStream(bytes));
                der.forEach(c -> certificates.add((X509Certificate) c));
            }
        } catch (CertificateException | RuntimeException e) {
            throw new ConnectionSetupException(SetupProblem.CA_FILE_NOT_PEM, shownPath, e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new ConnectionSetupException(SetupProblem.CA_FILE_NOT_PEM, shownPath,
                    "no -----BEGIN CERTIFICATE----- block", null);
        }
        return certificates;
    }

    private static X509TrustManager systemTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager in the default TrustManagerFactory");
    }

    private static X509ExtendedTrustManager extended(TrustManager[] managers) throws GeneralSecurityException {
        for (TrustManager tm : managers) {
            if (tm instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509ExtendedTrustManager in the TrustManagerFactory");
    }

    private static SSLContext context(TrustManager trustManager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime offers no TLS", e);
        }
    }

    /**
     * The PKIX checks (host name included: the engine/socket overloads are the ones that identify the
     * endpoint), with a refusal that says which file was consulted and who issued the server's certificate,
     * so a tester can see at once that the file holds the wrong CA.
     */
    private static final class CaFileTrustManager extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager pkix;
        private final String shownPath;
        private final int fileCertificates;

        CaFileTrustManager(X509ExtendedTrustManager pkix, String shownPath, int fileCertificates) {
            this.pkix = pkix;
            this.shownPath = shownPath;
            this.fileCertificates = fileCertificates;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            try {
                pkix.checkServerTrusted(chain, authType, socket);
            } catch (CertificateException e) {
                throw explained(e, chain);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            try {
                pkix.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw explained(e, chain);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                pkix.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                throw explained(e, chain);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            pkix.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            pkix.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            pkix.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return pkix.getAcceptedIssuers();
        }

        /** Only path failures get the explanation: a host-name refusal keeps its own words. */
        private CertificateException explained(CertificateException e, X509Certificate[] chain) {
            if (!isPathFailure(e) || chain == null || chain.length == 0) {
                return e;
            }
            X509Certificate server = chain[0];
            X509Certificate top = chain[chain.length - 1];
            return new CertificateException(e.getMessage() + "; the server's certificate "
                    + server.getSubjectX500Principal().getName() + " was issued by "
                    + top.getIssuerX500Principal().getName() + ", which is neither among the "
                    + fileCertificates + " certificate(s) in " + shownPath + " nor a system CA", e);
        }

        private static boolean isPathFailure(Throwable e) {
            for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof CertPathBuilderException || c instanceof CertPathValidatorException) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Accepts every chain and, by implementing the engine/socket overloads as no-ops, also skips the
     * host-name identification the JDK otherwise performs for an {@link X509ExtendedTrustManager}'s
     * caller (a plain {@link X509TrustManager} would be wrapped and still have its host name checked).
     */
    static final class TrustAllManager extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // trust all: insecure by the user's choice
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // trust all, and no endpoint identification
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // trust all
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // a client never asks this app for trust decisions about clients
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // as above
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // as above
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
