package io.tokenrefresher.core.session;

import io.tokenrefresher.core.oauth.TokenOutcome;
import java.util.Optional;

/**
 * What one request of a session gave: the outcome as the client classified it and, on success, the
 * decoded pair (now the session's newest).
 */
public record RefreshResult(TokenOutcome outcome, TokenPair pair) {
    public Optional<TokenPair> newPair() {
        return Optional.ofNullable(pair);
    }
}
