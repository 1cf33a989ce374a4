package io.tokenrefresher.core.oauth.exchange;

import java.util.List;
import java.util.Optional;

/**
 * Every send of one token request as it went on the wire: one attempt, or two when Auto's JSON was
 * ignored and the form followed. Empty when nothing was sent (an invalid address or header).
 */
public record WireExchange(List<WireAttempt> attempts) {
    public static final WireExchange NONE = new WireExchange(List.of());

    public WireExchange {
        attempts = List.copyOf(attempts);
    }

    public boolean isEmpty() {
        return attempts.isEmpty();
    }

    /** The last send: the one whose answer counted (the form after a fallback). */
    public Optional<WireAttempt> last() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    /** The last answer that came back, if any. */
    public Optional<WireReply> lastReply() {
        return last().map(WireAttempt::reply);
    }
}
