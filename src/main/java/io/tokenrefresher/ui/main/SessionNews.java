package io.tokenrefresher.ui.main;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.SessionAnswer;
import io.tokenrefresher.core.session.SessionEvent;
import io.tokenrefresher.core.session.SessionListener;
import io.tokenrefresher.core.session.SessionStatus;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.request.ExchangeViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What auto-refresh does to the session on screen, told in the status area: a refresh that happened
 * on its own (its pair is shown and its refresh token goes into the input, so a manual refresh never
 * sends a used one), a session that failed (red, with the same words as a manual refresh), the chain's
 * end and a coming expiry. Other sessions' news wait until their profile is shown.
 */
final class SessionNews implements SessionListener {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Executor ui;
    private final Supplier<ProfileSession> shown;
    private final ExchangeViewModel exchange;
    private final Consumer<TokenPair> showPair;
    private final Clock clock;
    private final Messages messages;

    SessionNews(Executor ui, Supplier<ProfileSession> shown, ExchangeViewModel exchange, Consumer<TokenPair> showPair,
                Clock clock, Messages messages) {
        this.ui = ui;
        this.shown = shown;
        this.exchange = exchange;
        this.showPair = showPair;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public void answered(ProfileSession session, SessionAnswer answer) {
        if (!answer.automatic() || answer.result().pair() == null) {
            return;
        }
        ui.execute(() -> {
            if (session != shown.get()) {
                return;
            }
            TokenPair pair = answer.result().pair();
            showPair.accept(pair);
            String until = pair.accessExpiryIfKnown().map(e -> time(e.expiresAt(), HH_MM_SS)).orElse("—");
            exchange.showNews(StatusKind.SUCCESS, messages.format("autoRefresh.done", time(answer.at(), HH_MM_SS),
                    until), "", "");
        });
    }

    @Override
    public void event(ProfileSession session, SessionEvent event) {
        ui.execute(() -> {
            if (session == shown.get()) {
                show(event);
            }
        });
    }

    /** On switching to a session: its failure, if auto-refresh gave up on it. */
    void showStatusOf(SessionStatus status) {
        if (status.failure() != null && status.keptAlive()) {
            show(new SessionEvent.Failed(status.failure()));
        }
    }

    private void show(SessionEvent event) {
        if (event instanceof SessionEvent.Failed f) {
            TokenOutcome.Failure failure = f.failure();
            Messages.Text t = messages.describe(failure.failure());
            exchange.showNews(StatusKind.ERROR, messages.format("autoRefresh.failed", t.headline()), t.details(),
                    t.hint());
        } else if (event instanceof SessionEvent.ChainEnding c) {
            exchange.showNews(StatusKind.WARNING, messages.format("autoRefresh.chainEnding",
                    time(c.refreshExpiresAt(), HH_MM)), "", "");
        } else if (event instanceof SessionEvent.AccessExpiringSoon a) {
            exchange.showNews(StatusKind.WARNING, messages.format("autoRefresh.expiringSoon",
                    time(a.accessExpiresAt(), HH_MM)), "", "");
        }
    }

    private String time(Instant at, DateTimeFormatter format) {
        return format.format(at.atZone(clock.getZone()));
    }
}
