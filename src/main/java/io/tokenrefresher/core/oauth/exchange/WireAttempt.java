package io.tokenrefresher.core.oauth.exchange;

import java.time.Duration;
import java.time.Instant;

/**
 * One send: the request, the answer if one came, and how long it took.
 *
 * <p>The JDK HTTP client reports no DNS, connect or TLS times, so only two are measured: until the
 * answer's status line and headers were read (which includes connecting and the TLS handshake when
 * the connection was new), and until the whole body was read.
 *
 * @param reply      null when no answer came (refused, timeout, TLS failure...)
 * @param toHeaders  until the status line and headers arrived; null when they did not
 * @param total      until the body was read or the send failed
 * @param sentAt     this machine's clock when the request left, for comparing with the answer's {@code Date}
 * @param fallback   the form Auto sent after the gateway ignored the JSON body
 */
public record WireAttempt(WireRequest request, WireReply reply, Duration toHeaders, Duration total, Instant sentAt,
                          boolean fallback) {
}
