package io.tokenrefresher.ui.main;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.SessionStatus;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.Tasks;
import io.tokenrefresher.ui.request.ExchangeViewModel;
import io.tokenrefresher.ui.request.PastedTokenViewModel;
import java.time.Clock;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The session of the profile on screen: switching to another profile's session (each keeps its pasted
 * token), what auto-refresh does to it (status area, the refresh token input), and whether Auto learned to
 * send its gateway a form ("Auto (form)"). Sessions not on screen go on as they are.
 */
public final class ShownSession {
    private final SessionRegistry sessions;
    private final RequestForm form;
    private final PastedTokenViewModel pasted;
    private final ExchangeViewModel exchange;
    private final PairDisplay display;
    private final Tasks tasks;
    private final Clock clock;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper autoLearnedForm = new ReadOnlyBooleanWrapper(false);
    private ProfileSession shown;
    private Function<String, SessionStatus> statusOf = id -> SessionStatus.NONE;
    private SessionNews news;

    ShownSession(SessionRegistry sessions, RequestForm form, PastedTokenViewModel pasted, ExchangeViewModel exchange,
                 PairDisplay display, Tasks tasks, Clock clock, Messages messages) {
        this.sessions = sessions;
        this.form = form;
        this.pasted = pasted;
        this.exchange = exchange;
        this.display = display;
        this.tasks = tasks;
        this.clock = clock;
        this.messages = messages;
        this.shown = sessions.session(SessionRegistry.NO_PROFILE);
    }

    /** The session on screen (the one of no profile while the profiles load). */
    public ProfileSession session() {
        return shown;
    }

    /**
     * Tells in the status area what auto-refresh does to the session on screen, and keeps the refresh
     * token input on the session's newest token after a refresh that happened on its own.
     *
     * @param status a profile's session status (the auto-refresher's)
     */
    public void followAutoRefresh(Function<String, SessionStatus> status) {
        this.statusOf = status;
        news = new SessionNews(tasks.ui(), () -> shown, exchange, pair -> {
            display.show(pair);
            pasted.inputProperty().set(shown.currentRefreshToken());
        }, clock, messages);
        sessions.addListener(news);
    }

    /**
     * Shows the session of another profile: its pasted token and newest pair. The session shown
     * before keeps its pasted token. A token typed before any profile was selected (the profiles
     * were still loading) stays in the field.
     */
    public void show(String profileId) {
        ProfileSession next = sessions.session(profileId);
        if (next == shown) {
            return;
        }
        String typed = pasted.inputProperty().get();
        boolean firstChoice = SessionRegistry.NO_PROFILE.equals(shown.profileId());
        shown.setPastedToken(typed);
        shown = next;
        pasted.inputProperty().set(firstChoice && !typed.isBlank() ? typed : next.pastedToken());
        if (!firstChoice || next.newest().isPresent()) {
            display.show(next.newest().orElse(null));
        }
        if (news != null) {
            news.showStatusOf(statusOf.apply(profileId));
        }
    }

    /**
     * Auto already fell back to a form body for the shown session's gateway and path, so it sends the
     * form at once: the placement reads "Auto (form)". Read once a second.
     */
    public ReadOnlyBooleanProperty autoLearnedFormProperty() {
        return autoLearnedForm.getReadOnlyProperty();
    }

    /** A pair kept from an earlier run became {@code session}'s newest: on screen if that session is. */
    public void showAdopted(ProfileSession session) {
        if (session == shown) {
            session.newest().ifPresent(display::show);
        }
    }

    /** Once a second: whether Auto learned the form for the gateway and path in the form now. */
    void tick() {
        autoLearnedForm.set(shown.autoLearnedForm(form.gatewayProperty().get(), form.tokenPathProperty().get()));
    }
}
