package io.tokenrefresher.core.session;

import io.tokenrefresher.core.oauth.ParameterPlacement;
import java.time.Instant;

/**
 * One request of a session and its answer, as the history keeps it.
 *
 * @param at        when the answer came (the session's clock)
 * @param grantType {@code refresh_token} or {@code password}
 * @param requested the placement the profile asked for (Auto may have been sent as a form: see
 *                  {@code result.outcome().placementUsed()})
 * @param automatic sent by the auto-refresher, not by the user
 * @param previous  the session's newest pair before this answer; null when there was none
 */
public record SessionAnswer(Instant at, String grantType, ParameterPlacement requested, boolean automatic,
                            RefreshResult result, TokenPair previous) {
}
