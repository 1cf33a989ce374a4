package io.tokenrefresher.core.oauth;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Why a token request did not give tokens, one record per failure class. Each names its message key
 * ({@code failure.<key>}); {@link io.tokenrefresher.core.i18n.Messages} turns one into text with the
 * same words in the window and on stderr. Exit codes are the command line's business
 * ({@code cli.ExitCodes#of}).
 */
public sealed interface GatewayFailure {

    /** The message key below {@code failure.}. */
    String key();

    record InvalidUrl(String input, TokenEndpoint.Reason reason) implements GatewayFailure {
        public String key() {
            return "invalidUrl";
        }
    }

    record InvalidHeader(String name) implements GatewayFailure {
        public String key() {
            return "invalidHeader";
        }
    }

    record UnknownHost(String host) implements GatewayFailure {
        public String key() {
            return "unknownHost";
        }
    }

    record ConnectionRefused(String host, int port) implements GatewayFailure {
        public String key() {
            return "refused";
        }
    }

    /** {@code connecting} tells a connect timeout from a server that accepted but did not answer in time. */
    record Timeout(Duration after, boolean connecting) implements GatewayFailure {
        public String key() {
            return connecting ? "connectTimeout" : "timeout";
        }
    }

    enum TlsProblem { UNTRUSTED_CERTIFICATE, HOSTNAME_MISMATCH, NOT_TLS, HANDSHAKE }

    record TlsFailure(TlsProblem problem, String host, String detail) implements GatewayFailure {
        public String key() {
            return switch (problem) {
                case UNTRUSTED_CERTIFICATE -> "tlsUntrusted";
                case HOSTNAME_MISMATCH -> "tlsHostname";
                case NOT_TLS -> "tlsNotTls";
                case HANDSHAKE -> "tlsHandshake";
            };
        }
    }

    enum ProxyProblem { REFUSED, UNKNOWN_HOST, TUNNEL_FAILED }

    /**
     * The proxy, not the gateway, failed: nothing listens at {@code host:port}, its name does not resolve,
     * or it would not open a tunnel to an https gateway ({@code detail} then holds what it answered).
     * Only the proxy is ever connected to when one applies, so such errors are always the proxy's.
     */
    record ProxyFailure(ProxyProblem problem, String host, int port, String detail) implements GatewayFailure {
        public String key() {
            return switch (problem) {
                case REFUSED -> "proxy.refused";
                case UNKNOWN_HOST -> "proxy.unknownHost";
                case TUNNEL_FAILED -> "proxy.tunnel";
            };
        }
    }

    enum SetupProblem { CA_FILE_NOT_SET, CA_FILE_MISSING, CA_FILE_UNREADABLE, CA_FILE_NOT_PEM, PROXY_INCOMPLETE }

    /**
     * The connection settings (TLS trust, proxy) could not be turned into a client, so nothing was sent:
     * a CA file that is missing, unreadable or holds no certificate, or a manual proxy without host:port.
     * {@code path} is the CA file as configured (null for the proxy); {@code detail} what the JDK said.
     */
    record ConnectionSetup(SetupProblem problem, String path, String detail) implements GatewayFailure {
        public String key() {
            return switch (problem) {
                case CA_FILE_NOT_SET -> "setup.caFileNotSet";
                case CA_FILE_MISSING -> "setup.caFileMissing";
                case CA_FILE_UNREADABLE -> "setup.caFileUnreadable";
                case CA_FILE_NOT_PEM -> "setup.caFileNotPem";
                case PROXY_INCOMPLETE -> "setup.proxyIncomplete";
            };
        }
    }

    /** Connection reset or closed mid-answer, and other transport errors. */
    record NetworkError(String detail) implements GatewayFailure {
        /** The detail for a connection the server closed mid-answer; it has words of its own in each language. */
        public static final String CLOSED_MID_ANSWER = "connection closed before the answer was complete";

        public static NetworkError closedMidAnswer() {
            return new NetworkError(CLOSED_MID_ANSWER);
        }

        public String key() {
            return CLOSED_MID_ANSWER.equals(detail) ? "networkClosed" : "network";
        }
    }

    /**
     * The connection was cut by a TCP reset, or closed with part of the body still owed. A reset before
     * any byte of the answer is not the same as a clean close (that stays {@link NetworkError#closedMidAnswer}):
     * something (the gateway, a proxy, a firewall) actively dropped the connection.
     *
     * @param reset         a TCP reset rather than a clean close
     * @param receivedBytes body bytes received before the cut; -1 when it came before the answer began
     * @param expectedBytes the body's declared length; -1 when unknown (chunked, or before the headers)
     */
    record ConnectionCut(boolean reset, long receivedBytes, long expectedBytes) implements GatewayFailure {
        public static ConnectionCut resetBeforeAnswer() {
            return new ConnectionCut(true, -1, -1);
        }

        public boolean beforeAnswer() {
            return receivedBytes < 0;
        }

        public String key() {
            if (beforeAnswer()) {
                return "cut.beforeAnswer";
            }
            return expectedBytes >= 0 ? "cut.midAnswer" : "cut.midAnswerUnknownLength";
        }
    }

    /**
     * The status line and headers came within the deadline but the body did not finish: a gateway that
     * trickles its answer, or a proxy that stalls. Not the same as no answer at all ({@link Timeout}).
     *
     * @param receivedBytes body bytes received by the deadline
     */
    record BodyTimeout(Duration after, int status, long receivedBytes) implements GatewayFailure {
        public String key() {
            return "bodyTimeout";
        }
    }

    /**
     * A 502, 503 or 504 whose body is not JSON: a reverse proxy (nginx, a load balancer) in front of the
     * auth service answered for it with an error page. The auth service never saw the request, so this is
     * neither a refusal of the token nor a fault of the token endpoint itself.
     *
     * @param title      the page's {@code <title>} (or first line when it has none), cut short; may be empty
     * @param firstLines the first lines of the page, for the details
     * @param html       the body is a web page
     */
    record UpstreamUnavailable(int status, String title, String contentType, String firstLines, boolean html)
            implements GatewayFailure {
        public String key() {
            return switch (status) {
                case 502 -> "upstream.502";
                case 503 -> "upstream.503";
                case 504 -> "upstream.504";
                default -> "upstream.other";
            };
        }
    }

    /**
     * An HTTP 5xx from the token endpoint itself (Spring answers {@code 500 {"error":"server_error"}} for
     * an exception inside the gateway): the gateway failed, it did not refuse. The same request may work
     * later. {@code error} is null when the body had no known error fields.
     */
    record ServerFault(int status, OAuthError error, String bodyExcerpt, boolean bodyIsJson)
            implements GatewayFailure {
        public String key() {
            return "serverFault." + (error != null ? "oauth" : "status");
        }
    }

    record Redirect(int status, String location) implements GatewayFailure {
        public String key() {
            return "redirect";
        }
    }

    /**
     * The server refused: an HTTP error status, or a 200 whose body is an error envelope
     * ({@code success:false}). {@code error} is null when the body had no known error fields.
     */
    record ServerRefused(int status, OAuthError error, FailureHint hint, String bodyExcerpt, boolean bodyIsJson)
            implements GatewayFailure {
        public String key() {
            return "refused." + (error != null ? "oauth" : "status");
        }
    }

    /**
     * HTTP 429: the gateway limits how often it may be asked. Not a refusal of the token: the same request
     * works later, so auto-refresh waits and retries.
     *
     * @param retryAfter the wait the answer asked for ({@code Retry-After} in seconds or as an HTTP date);
     *                   null when it named none or an unreadable one
     */
    record RateLimited(int status, Duration retryAfter) implements GatewayFailure {
        public String key() {
            return retryAfter != null ? "rateLimited.after" : "rateLimited";
        }

        public Optional<Duration> retryAfterIfKnown() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /** HTML or other non-JSON where JSON was expected; {@code firstLines} shows what came. */
    record NotJson(int status, String contentType, String firstLines, boolean html) implements GatewayFailure {
        public String key() {
            return html ? "html" : "notJson";
        }
    }

    /** JSON that ends early or does not parse. */
    record MalformedJson(int status, String detail, String excerpt, boolean truncated) implements GatewayFailure {
        public String key() {
            return truncated ? "truncatedJson" : "malformedJson";
        }
    }

    /** A 2xx JSON answer without {@code access_token}; lists the fields it had. */
    record MissingAccessToken(int status, List<String> fields) implements GatewayFailure {
        public String key() {
            return "noAccessToken";
        }
    }

    record ResponseTooLarge(long limitBytes, long declaredBytes) implements GatewayFailure {
        public String key() {
            return "tooLarge";
        }
    }

    record Cancelled() implements GatewayFailure {
        public String key() {
            return "cancelled";
        }
    }
}
