package io.tokenrefresher.ui.request;

import io.tokenrefresher.core.expiry.ExpiryState;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.RefreshResult;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.common.Tasks;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One request at a time from the window, and the status line that tells how it went: sending,
 * success (with who and how long), or the failure in the user's words with a hint.
 */
public final class ExchangeViewModel {
    private final Tasks tasks;
    private final Executor network;
    private final Clock clock;
    private final Messages messages;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);
    private final ReadOnlyObjectWrapper<TokenOutcome> lastOutcome = new ReadOnlyObjectWrapper<>();
    private Tasks.Running running;

    /** @param network where requests run (they block for up to their timeout) */
    public ExchangeViewModel(Tasks tasks, Executor network, Clock clock, Messages messages) {
        this.tasks = tasks;
        this.network = network;
        this.clock = clock;
        this.messages = messages;
        status.set(messages.text("status.ready"));
    }

    /**
     * Sends {@code request} through {@code session} and shows how it went; a new pair goes to
     * {@code onNewPair} first. Ignored while a request is running.
     */
    public void send(ProfileSession session, TokenRequest request, TlsTrust tls, ProxySetting proxy,
                     Consumer<TokenPair> onNewPair) {
        send(session, request, tls, proxy, onNewPair, failure -> { });
    }

    /**
     * As {@link #send(ProfileSession, TokenRequest, TlsTrust, ProxySetting, Consumer)}, and a refusal or any
     * other failure goes to {@code onFailure} after it is shown (the log-in dialog reacts to it).
     */
    public void send(ProfileSession session, TokenRequest request, TlsTrust tls, ProxySetting proxy,
                     Consumer<TokenPair> onNewPair, Consumer<GatewayFailure> onFailure) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        show(StatusKind.BUSY, messages.format("status.sending", request.gateway().strip()), "", "");
        running = tasks.call(() -> session.send(request, tls, proxy))
                .onSuccess(result -> {
                    showResult(result, onNewPair);
                    result.map(RefreshResult::outcome).filter(TokenOutcome.Failure.class::isInstance)
                            .map(o -> ((TokenOutcome.Failure) o).failure()).ifPresent(onFailure);
                })
                .onError(e -> show(StatusKind.ERROR, messages.format("status.unexpected", e.getClass().getName()),
                        "", ""))
                .onCancelled(() -> show(StatusKind.WARNING, messages.text("failure.cancelled"), "", ""))
                .andFinally(() -> {
                    running = null;
                    busy.set(false);
                })
                .runOn(network);
    }

    /** Stops the request in flight (Esc, Cancel, closing the window). */
    public void cancel() {
        Tasks.Running task = running;
        if (task != null) {
            task.cancel();
        }
    }

    /** Shows news of the session on screen that no click of the user caused (auto-refresh); not while sending. */
    public void showNews(StatusKind kind, String headline, String details, String hint) {
        if (!busy.get()) {
            show(kind, headline, details, hint);
        }
    }

    /** Shows why a request cannot be sent (nothing was sent). */
    public void showProblem(Messages.Text problem) {
        show(StatusKind.ERROR, problem.headline(), problem.details(), problem.hint());
    }

    private void showResult(Optional<RefreshResult> sent, Consumer<TokenPair> onNewPair) {
        if (sent.isEmpty()) {
            show(StatusKind.WARNING, messages.text("status.alreadySending"), "", "");
            return;
        }
        TokenOutcome outcome = sent.get().outcome();
        lastOutcome.set(outcome);
        if (outcome instanceof TokenOutcome.Failure f) {
            Messages.Text t = messages.describe(f.failure());
            StatusKind kind = f.failure() instanceof GatewayFailure.Cancelled ? StatusKind.WARNING : StatusKind.ERROR;
            String fallback = f.fellBackToForm() ? messages.text("status.fellBackToForm") : "";
            show(kind, t.headline(), join(t.details(), fallback), t.hint());
            return;
        }
        TokenOutcome.Success s = (TokenOutcome.Success) outcome;
        TokenPair pair = sent.get().pair();
        onNewPair.accept(pair);
        String who = s.response().otherFields().stream().filter(f -> f.name().equals("user_name") || f.name().equals("userName"))
                .map(TokenResponse.Field::value).findFirst().orElse("");
        String headline = messages.format("status.success", s.status(), s.elapsed().toMillis(),
                who.isEmpty() ? "—" : who);
        boolean alreadyExpired = pair.accessExpiryIfKnown()
                .map(e -> e.state(clock.instant()) == ExpiryState.EXPIRED).orElse(false);
        String note = join(s.fellBackToForm() ? messages.text("status.fellBackToForm") : "",
                alreadyExpired ? messages.text("status.alreadyExpired") : "").replace("\n", " ");
        show(s.fellBackToForm() || alreadyExpired ? StatusKind.WARNING : StatusKind.SUCCESS, headline, "", note);
    }

    private void show(StatusKind kind, String headline, String details, String hint) {
        statusKind.set(kind);
        status.set(hint == null || hint.isEmpty() ? headline : headline + " — " + hint);
        statusDetails.set(details == null ? "" : details);
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        return b == null || b.isEmpty() ? a : a + "\n" + b;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The status line: headline, then " — hint" when there is one. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the server said in full, the first lines of a web page, and the like; empty when nothing. */
    public ReadOnlyStringProperty statusDetailsProperty() {
        return statusDetails.getReadOnlyProperty();
    }

    /** The outcome of the last request sent from the window, with its wire exchange; null before any. */
    public ReadOnlyObjectProperty<TokenOutcome> lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() {
        return statusKind.getReadOnlyProperty();
    }
}
