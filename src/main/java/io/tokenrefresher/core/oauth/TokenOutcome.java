package io.tokenrefresher.core.oauth;

import java.net.URI;
import java.time.Duration;

/** The result of one token request as the user sees it: tokens, or the reason there are none. */
public sealed interface TokenOutcome {

    URI endpoint();

    /** Time from sending until the answer was read (both sends when Auto fell back to a form). */
    Duration elapsed();

    /**
     * @param placementUsed where the parameters finally went
     * @param fellBackToForm Auto sent JSON, the gateway ignored it, and the form retry worked
     */
    record Success(URI endpoint, TokenResponse response, ParameterPlacement placementUsed, boolean fellBackToForm,
                   int status, Duration elapsed) implements TokenOutcome {
    }

    record Failure(URI endpoint, GatewayFailure failure, ParameterPlacement placementUsed, boolean fellBackToForm,
                   Duration elapsed) implements TokenOutcome {
    }
}
