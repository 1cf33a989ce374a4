package io.tokenrefresher.core.oauth.http;

import io.tokenrefresher.core.oauth.GatewayFailure;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Names what went wrong when no answer came: the JDK client reports DNS, refused connections, TLS and
 * proxy trouble as nested exceptions whose types and texts vary, and the user needs one
 * {@link GatewayFailure} class per thing to do about it. Types are trusted before texts; texts are
 * matched only where the JDK gives nothing better.
 */
final class TransportFailures {
    private TransportFailures() {
    }

    /** @param connectTimeout the limit that applied to connecting (and the TLS handshake), for the message */
    static GatewayFailure classify(Throwable error, URI endpoint, Duration timeout, Duration connectTimeout) {
        String host = endpoint.getHost();
        int port = endpoint.getPort() != -1 ? endpoint.getPort()
                : "https".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
        if (error instanceof HttpConnectTimeoutException) {
            return new GatewayFailure.Timeout(connectTimeout, true);
        }
        if (error instanceof HttpTimeoutException) {
            return new GatewayFailure.Timeout(timeout, false);
        }
        LimitedBodySubscriber.TooLargeException tooLarge = cause(error, LimitedBodySubscriber.TooLargeException.class);
        if (tooLarge != null) {
            return new GatewayFailure.ResponseTooLarge(tooLarge.limit(), -1);
        }
        if (hasCause(error, UnresolvedAddressException.class) || hasCause(error, UnknownHostException.class)) {
            return new GatewayFailure.UnknownHost(host);
        }
        SSLException ssl = cause(error, SSLException.class);
        if (ssl != null) {
            return tls(error, ssl, host);
        }
        if (error instanceof ConnectException || hasCause(error, ConnectException.class)) {
            String all = messages(error).toLowerCase(Locale.ROOT);
            if (all.contains("timed out")) {
                return new GatewayFailure.Timeout(connectTimeout, true);
            }
            if (all.contains("refused") || all.isBlank() || all.equals("null")) {
                return new GatewayFailure.ConnectionRefused(host, port);
            }
            return new GatewayFailure.NetworkError(messages(error));
        }
        GatewayFailure cut = cut(error);
        if (cut != null) {
            return cut;
        }
        if (error instanceof IOException) {
            String m = messages(error);
            return new GatewayFailure.NetworkError(m.isBlank() ? error.getClass().getSimpleName() : m);
        }
        return new GatewayFailure.NetworkError(String.valueOf(error));
    }

    // the JDK's words for a body cut short: "fixed content-length: 813, bytes received: 406"
    private static final Pattern FIXED_LENGTH = Pattern.compile("fixed content-length: (\\d+), bytes received: (\\d+)");

    /**
     * A reset (the cause is a {@code SocketException "Connection reset"}) or a clean close (an
     * {@code EOFException}), placed by the JDK's outer message: before any byte of the answer ("header
     * parser received no bytes"), inside a body of known length (with the counts), or elsewhere in the
     * answer. Null when the error is neither.
     */
    static GatewayFailure cut(Throwable error) {
        SocketException socket = cause(error, SocketException.class);
        boolean reset = socket != null && socket.getMessage() != null
                && socket.getMessage().toLowerCase(Locale.ROOT).contains("connection reset");
        boolean closed = error instanceof EOFException || hasCause(error, EOFException.class);
        if (!reset && !closed) {
            return null;
        }
        String all = messages(error);
        Matcher fixed = FIXED_LENGTH.matcher(all);
        if (fixed.find()) {
            return new GatewayFailure.ConnectionCut(reset, Long.parseLong(fixed.group(2)),
                    Long.parseLong(fixed.group(1)));
        }
        if (all.contains("received no bytes")) {
            return reset ? GatewayFailure.ConnectionCut.resetBeforeAnswer()
                    : GatewayFailure.NetworkError.closedMidAnswer();
        }
        if (all.contains("chunked") || all.contains("parsing HTTP/1.1 header")) {
            return new GatewayFailure.ConnectionCut(reset, 0, -1);
        }
        return reset ? GatewayFailure.ConnectionCut.resetBeforeAnswer() : GatewayFailure.NetworkError.closedMidAnswer();
    }

    private static GatewayFailure tls(Throwable error, SSLException ssl, String host) {
        // no chain to a trusted CA (system or CA file): by type, as the text may name any host or CA
        if (hasCause(error, CertPathBuilderException.class) || hasCause(error, CertPathValidatorException.class)) {
            return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.UNTRUSTED_CERTIFICATE, host,
                    ssl.getMessage());
        }
        String all = messages(error).toLowerCase(Locale.ROOT);
        if (all.contains("no subject alternative") || all.contains("no name matching")
                || all.contains("doesn't match") || all.contains("hostname")) {
            return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.HOSTNAME_MISMATCH, host,
                    ssl.getMessage());
        }
        if (all.contains("pkix") || all.contains("certification path") || all.contains("unable to find valid")
                || hasCause(error, CertificateException.class)) {
            return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.UNTRUSTED_CERTIFICATE, host,
                    ssl.getMessage());
        }
        if (all.contains("unrecognized ssl message") || all.contains("plaintext")) {
            return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.NOT_TLS, host, ssl.getMessage());
        }
        return new GatewayFailure.TlsFailure(GatewayFailure.TlsProblem.HANDSHAKE, host, ssl.getMessage());
    }

    /**
     * The HTTP proxy {@code client} sends a request for {@code endpoint} through, or null when it
     * connects directly. Mirrors the JDK client: the first proxy its selector offers, the JVM default
     * selector when the client has none.
     */
    static InetSocketAddress proxyFor(HttpClient client, URI endpoint) {
        ProxySelector selector = client.proxy().orElseGet(ProxySelector::getDefault);
        if (selector == null) {
            return null;
        }
        try {
            List<Proxy> proxies = selector.select(endpoint);
            if (proxies == null || proxies.isEmpty()) {
                return null;
            }
            Proxy first = proxies.get(0);
            return first.type() == Proxy.Type.HTTP && first.address() instanceof InetSocketAddress address
                    ? address : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * With a proxy in the way the client only ever connects to the proxy, so a refused connection or an
     * unknown host is the proxy's, and a failed CONNECT is the proxy declining the tunnel.
     */
    static GatewayFailure blameProxy(GatewayFailure failure, InetSocketAddress proxy, Throwable error) {
        if (proxy == null) {
            return failure;
        }
        String host = proxy.getHostString();
        int port = proxy.getPort();
        if (failure instanceof GatewayFailure.ConnectionRefused) {
            return new GatewayFailure.ProxyFailure(GatewayFailure.ProxyProblem.REFUSED, host, port, null);
        }
        if (failure instanceof GatewayFailure.UnknownHost) {
            return new GatewayFailure.ProxyFailure(GatewayFailure.ProxyProblem.UNKNOWN_HOST, host, port, null);
        }
        String all = messages(error);
        int tunnel = all.indexOf("Tunnel failed");
        if (failure instanceof GatewayFailure.NetworkError && tunnel >= 0) {
            // the JDK's words: "Tunnel failed, got: 403"
            String answer = all.substring(tunnel).replaceFirst("^Tunnel failed,? *(got:)? *", "").split(" / ")[0];
            return new GatewayFailure.ProxyFailure(GatewayFailure.ProxyProblem.TUNNEL_FAILED, host, port,
                    answer.isBlank() ? null : answer.strip());
        }
        return failure;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        return cause(t, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** Every message down the cause chain, joined with " / ": the useful words may sit at any depth. */
    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                if (sb.length() > 0) {
                    sb.append(" / ");
                }
                sb.append(c.getMessage());
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return sb.toString();
    }
}
