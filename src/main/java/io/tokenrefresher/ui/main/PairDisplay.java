package io.tokenrefresher.ui.main;

import io.tokenrefresher.core.history.RefreshHistory;
import io.tokenrefresher.core.history.RefreshRecord;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.claims.ClaimsViewModel;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.request.ExchangeViewModel;
import io.tokenrefresher.ui.result.CountdownViewModel;
import io.tokenrefresher.ui.result.ResultViewModel;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Puts a token pair on screen: the tokens, the countdown and the claims, with the claims that changed
 * since the session's previous pair marked (from the history, once the app hands it over).
 */
final class PairDisplay {
    private final ResultViewModel result;
    private final CountdownViewModel countdown;
    private final ClaimsViewModel claims;
    private final ExchangeViewModel exchange;
    private final Messages messages;
    private final Supplier<Instant> countdownNow;
    private RefreshHistory history;

    /** @param countdownNow the gateway's time when its clock is off this machine's, else this machine's */
    PairDisplay(ResultViewModel result, CountdownViewModel countdown, ClaimsViewModel claims,
                ExchangeViewModel exchange, Messages messages, Supplier<Instant> countdownNow) {
        this.result = result;
        this.countdown = countdown;
        this.claims = claims;
        this.exchange = exchange;
        this.messages = messages;
        this.countdownNow = countdownNow;
    }

    void followHistory(RefreshHistory refreshHistory) {
        this.history = refreshHistory;
    }

    /** {@code pair} may be null: nothing to show. */
    void show(TokenPair pair) {
        result.show(pair);
        countdown.show(pair);
        countdown.tick(countdownNow.get());
        claims.showPair(pair, history == null || pair == null ? List.of() : history.changesFor(pair));
    }

    /**
     * A history row's answer again: its pair with the claims that changed, or its failure in the
     * status area. The session's own newest pair comes back with the next switch or refresh.
     */
    void show(RefreshRecord record) {
        if (record.pair() != null) {
            result.show(record.pair());
            countdown.show(record.pair());
            claims.showPair(record.pair(), record.changes());
        } else if (record.outcome() instanceof TokenOutcome.Failure f) {
            Messages.Text t = messages.describe(f.failure());
            exchange.showNews(StatusKind.ERROR, t.headline(), t.details(), t.hint());
        }
    }
}
