package io.tokenrefresher.cli;

import io.tokenrefresher.core.net.HttpClientShutdown;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The HTTP clients of one command-line run, each built at most once, one of them possibly ahead of
 * time on a second thread.
 *
 * <p>Start-up is most of a command's time, and the JDK client's default TLS context alone costs a
 * third of it: it loads and parses the whole {@code cacerts} trust store, even for a plain
 * {@code http://} gateway. So an {@code http://} gateway gets a client whose TLS context is never
 * set up; it can never open a TLS connection, and it is never asked to, because redirects are not
 * followed. {@code https://} gateways get {@link TokenEndpointClient#defaultHttpClient()}.
 */
public final class CliHttpClients implements CliContext.HttpClientSource {
    // made on first use: even creating them (method references returning HttpClient) loads the JDK
    // client's classes, which a command answering from the token cache never needs
    private FutureTask<HttpClient> plain;
    private FutureTask<HttpClient> tls;

    private synchronized FutureTask<HttpClient> task(boolean https) {
        if (https && tls == null) {
            tls = new FutureTask<>(TokenEndpointClient::defaultHttpClient);
        } else if (!https && plain == null) {
            plain = new FutureTask<>(CliHttpClients::plainHttpOnly);
        }
        return https ? tls : plain;
    }

    @Override
    public HttpClient forGateway(boolean https) {
        return get(https);
    }

    /** The client for a gateway address; {@code https} decides whether TLS must really work. */
    public HttpClient get(boolean https) {
        FutureTask<HttpClient> task = task(https);
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
     * Jackson: on two cores the two overlap instead of adding up. Not in {@code app.startup} with the
     * other warm-ups: the client it builds is the one the command then sends with.
     */
    public void warm(boolean https) {
        Thread t = new Thread(task(https), "http-client-init");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Ends the clients' selector threads so the process exits at once (see {@link HttpClientShutdown}):
     * called after the command's output is written, right before the exit.
     */
    public void stopForExit() {
        List<FutureTask<HttpClient>> made;
        synchronized (this) {
            made = new ArrayList<>();
            if (plain != null) {
                made.add(plain);
            }
            if (tls != null) {
                made.add(tls);
            }
        }
        if (made.isEmpty()) {
            return;
        }
        List<HttpClient> built = new ArrayList<>();
        for (FutureTask<HttpClient> task : made) {
            if (task.isDone() && !task.isCancelled()) {
                try {
                    built.add(task.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // never built: nothing to stop
                }
            }
        }
        HttpClientShutdown.stopForExit(built, 200);
    }

    static boolean isHttps(String gateway) {
        return gateway != null && gateway.strip().regionMatches(true, 0, "https://", 0, 8);
    }

    /**
     * Same settings as the default client, with a TLS context that is never set up: the JDK client asks
     * its context only for default parameters (given here) until it opens a TLS connection, which an
     * {@code http://} gateway never does. Setting up even a trust-nothing JSSE context loads ~170 classes
     * and its cipher and curve tables, the longest single step of a command-line refresh.
     */
    static HttpClient plainHttpOnly() {
        return TokenEndpointClient.httpClientBuilder()
                .sslContext(new HttpOnlyTlsContext())
                .sslParameters(new SSLParameters())
                .build();
    }

    /** A TLS context that refuses every TLS use; for a client that only ever speaks {@code http://}. */
    static final class HttpOnlyTlsContext extends SSLContext {
        HttpOnlyTlsContext() {
            super(new RefusingSpi(), null, "TLS");
        }
    }

    private static final class RefusingSpi extends SSLContextSpi {
        private static IllegalStateException refused() {
            return new IllegalStateException("this HTTP client is for http:// gateways only");
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }
}
