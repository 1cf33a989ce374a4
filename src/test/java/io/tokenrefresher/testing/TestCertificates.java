package io.tokenrefresher.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A real self-signed server certificate made with the JDK's own {@code keytool}, for HTTPS tests
 * ({@code FakeGateway.builder().https(cert.serverContext())}): the server side as an SSLContext and
 * the certificate as a PEM file a profile can name as its CA.
 */
public record TestCertificates(Path keyStore, Path pemFile, SSLContext serverContext) {

    private static final String PASSWORD = "test-only";

    /**
     * @param subjectAlternativeName e.g. {@code ip:127.0.0.1}, or {@code dns:other.example} for a
     *                               certificate that does not match the loopback address
     */
    public static TestCertificates create(Path folder, String subjectAlternativeName) throws IOException {
        Path keyStore = folder.resolve("server-" + Math.abs(subjectAlternativeName.hashCode()) + ".p12");
        Path pem = folder.resolve(keyStore.getFileName() + ".pem");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=fake-gateway", "-ext", "SAN=" + subjectAlternativeName, "-validity", "2",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(),
                "-storepass", PASSWORD, "-file", pem.toString());
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new TestCertificates(keyStore, pem, context);
        } catch (GeneralSecurityException e) {
            throw new IOException("test key store unusable", e);
        }
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
