package io.tokenrefresher.ui.main;

import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.core.oauth.TokenOutcome;

/** What the background refresh hands back to the FX thread: the outcome and both tokens decoded. */
record RefreshResult(TokenOutcome outcome, TokenInspection access, TokenInspection refresh) {
}
