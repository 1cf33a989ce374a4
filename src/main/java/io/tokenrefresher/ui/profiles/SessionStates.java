package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.expiry.Expiry;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.session.SessionState;
import io.tokenrefresher.core.session.SessionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Every profile's session at a glance, for the selector: its state and the time its access token has
 * left, read from the auto-refresher once a second and whenever a session changes.
 */
public final class SessionStates {
    private final Function<String, SessionStatus> statusOf;
    private final Messages messages;
    private final ObservableMap<String, SessionStatus> states = FXCollections.observableHashMap();

    /** @param statusOf a profile id's session status (the auto-refresher's {@code status}) */
    public SessionStates(Function<String, SessionStatus> statusOf, Messages messages) {
        this.statusOf = statusOf;
        this.messages = messages;
    }

    /** Reads the state of each profile again; only changed entries fire (cells redraw on them). */
    public void refresh(List<GatewayProfile> profiles) {
        for (GatewayProfile p : profiles) {
            SessionStatus now = statusOf.apply(p.id());
            if (!now.equals(states.get(p.id()))) {
                states.put(p.id(), now);
            }
        }
        states.keySet().retainAll(profiles.stream().map(GatewayProfile::id).toList());
    }

    public ObservableMap<String, SessionStatus> states() {
        return states;
    }

    public SessionStatus of(String profileId) {
        return states.getOrDefault(profileId, SessionStatus.NONE);
    }

    /** The short text beside the dot: the time left, or the state when no time is worth showing. */
    public String shortText(SessionStatus status) {
        return switch (status.state()) {
            case NONE -> "";
            case FAILED -> messages.text("session.state.FAILED");
            default -> status.accessLeftIfKnown().filter(d -> !d.isNegative()).map(SessionStates::left)
                    .orElse(messages.text("session.state." + status.state().name()));
        };
    }

    /** The whole story for a tooltip and a screen reader: state, time left, kept alive or not. */
    public String description(SessionStatus status) {
        String state = messages.text("session.state." + status.state().name());
        String left = status.accessLeftIfKnown().filter(d -> !d.isNegative())
                .map(d -> messages.format("session.left", left(d))).orElse("");
        String kept = status.keptAlive() ? messages.text("session.keptAlive") : "";
        String failure = status.failure() == null ? "" : messages.describe(status.failure().failure()).oneLine();
        return String.join(" ", List.of(state, left, kept, failure)).replaceAll(" +", " ").strip();
    }

    /** The style class of a state's dot: {@code session-alive}, ... (app.css colours them per theme). */
    public static String styleClass(SessionState state) {
        return "session-" + state.name().toLowerCase(Locale.ROOT);
    }

    private static String left(Duration d) {
        String clock = Expiry.clock(d);
        return clock.startsWith("00:") ? clock.substring(3) : clock;
    }
}
