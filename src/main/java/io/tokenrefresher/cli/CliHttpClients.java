package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.TokenEndpointClient;
import java.net.http.HttpClient;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The HTTP clients of one command-line run, each built at most once, one of them possibly ahead of
 * time on a second thread.
 *
 * <p>Start-up is most of a command's time, and the JDK client's default TLS context alone costs a
 * third of it: it loads and parses the whole {@code cacerts} trust store, even for a plain
 * {@code http://} gateway. So an {@code http://} gateway gets a client whose TLS context trusts
 * nothing and loads nothing; it can never complete a handshake, and it is never asked to, because
 * redirects are not followed. {@code https://} gateways get {@link TokenEndpointClient#defaultHttpClient()}.
 */
public final class CliHttpClients {
    private final FutureTask<HttpClient> plain = new FutureTask<>(CliHttpClients::plainHttpOnly);
    private final FutureTask<HttpClient> tls = new FutureTask<>(TokenEndpointClient::defaultHttpClient);

    /** The client for a gateway address; {@code https} decides whether TLS must really work. */
    public HttpClient get(boolean https) {
        FutureTask<HttpClient> task = https ? tls : plain;
        task.run(); // builds it here, unless it is built (or being built) already
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the HTTP client", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the HTTP client could not be built", e.getCause());
        }
    }

    /**
     * Starts building a client on a daemon thread, while the main thread parses options and loads
     * Jackson: on two cores the two overlap instead of adding up.
     */
    public void warm(boolean https) {
        Thread t = new Thread(https ? tls : plain, "http-client-init");
        t.setDaemon(true);
        t.start();
    }

    static boolean isHttps(String gateway) {
        return gateway != null && gateway.strip().regionMatches(true, 0, "https://", 0, 8);
    }

    /** Same settings as the default client, with a TLS context that loads no trust store and trusts nothing. */
    static HttpClient plainHttpOnly() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustNothing()}, null);
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .sslContext(context)
                    .build();
        } catch (java.security.GeneralSecurityException e) {
            return TokenEndpointClient.defaultHttpClient();
        }
    }

    private static final class TrustNothing implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("this client is for http:// only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("this client is for http:// only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
