package io.tokenrefresher.core.oauth;

import io.tokenrefresher.core.oauth.exchange.WireExchange;
import java.net.URI;
import java.time.Duration;

/** The result of one token request as the user sees it: tokens, or the reason there are none. */
public sealed interface TokenOutcome {

    URI endpoint();

    /** Time from sending until the answer was read (both sends when Auto fell back to a form). */
    Duration elapsed();

    /** What went on the wire and came back, each send of it; {@link WireExchange#NONE} when nothing was sent. */
    WireExchange exchange();

    /**
     * @param placementUsed where the parameters finally went
     * @param fellBackToForm Auto sent JSON, the gateway ignored it, and the form retry worked
     */
    record Success(URI endpoint, TokenResponse response, ParameterPlacement placementUsed, boolean fellBackToForm,
                   int status, Duration elapsed, WireExchange exchange) implements TokenOutcome {
        public Success {
            exchange = exchange == null ? WireExchange.NONE : exchange;
        }

        /** Without a captured exchange (built by tests and by callers that sent nothing themselves). */
        public Success(URI endpoint, TokenResponse response, ParameterPlacement placementUsed, boolean fellBackToForm,
                       int status, Duration elapsed) {
            this(endpoint, response, placementUsed, fellBackToForm, status, elapsed, WireExchange.NONE);
        }
    }

    record Failure(URI endpoint, GatewayFailure failure, ParameterPlacement placementUsed, boolean fellBackToForm,
                   Duration elapsed, WireExchange exchange) implements TokenOutcome {
        public Failure {
            exchange = exchange == null ? WireExchange.NONE : exchange;
        }

        /** Without a captured exchange: nothing was sent (an invalid address, a session that refused). */
        public Failure(URI endpoint, GatewayFailure failure, ParameterPlacement placementUsed, boolean fellBackToForm,
                       Duration elapsed) {
            this(endpoint, failure, placementUsed, fellBackToForm, elapsed, WireExchange.NONE);
        }
    }
}
