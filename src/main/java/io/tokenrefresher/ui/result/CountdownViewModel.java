package io.tokenrefresher.ui.result;

import io.tokenrefresher.core.expiry.Expiry;
import io.tokenrefresher.core.expiry.ExpiryState;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.common.ClaimFormatter;
import java.time.Clock;
import java.time.Instant;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The access token's countdown ({@code hh:mm:ss}, the lifetime used, calm / warning / critical /
 * expired) and until when the refresh token works. {@link #tick} is called every second.
 */
public final class CountdownViewModel {
    private static final String UNKNOWN = "--:--:--";

    private final Clock clock;
    private final Messages messages;
    private final ClaimFormatter formatter;
    private TokenPair pair;

    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(UNKNOWN);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper lifetimeUsed = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<ExpiryState> state = new ReadOnlyObjectWrapper<>(null);
    private final ReadOnlyStringWrapper refreshExpiry = new ReadOnlyStringWrapper("");

    public CountdownViewModel(Clock clock, Messages messages, ClaimFormatter formatter) {
        this.clock = clock;
        this.messages = messages;
        this.formatter = formatter;
        title.set(messages.text("countdown.title"));
    }

    /** Counts down {@code pair}'s expiries; null for none. */
    public void show(TokenPair pair) {
        this.pair = pair;
        if (pair == null) {
            countdown.set(UNKNOWN);
            title.set(messages.text("countdown.title"));
            caption.set("");
        }
        tick(clock.instant());
    }

    public void tick(Instant now) {
        Expiry access = pair == null ? null : pair.accessExpiry();
        if (access == null) {
            if (pair != null) {
                countdown.set(UNKNOWN);
                title.set(messages.text("countdown.titleUnknown"));
                caption.set(messages.text("countdown.unknown"));
            }
            state.set(null);
            lifetimeUsed.set(0);
        } else {
            showAccess(access, now);
        }
        Expiry refresh = pair == null ? null : pair.refreshExpiry();
        if (refresh != null) {
            String when = formatter.dateTime(refresh.expiresAt(), now, clock.getZone());
            refreshExpiry.set(messages.format(refresh.state(now) == ExpiryState.EXPIRED
                    ? "countdown.refreshExpired" : "countdown.refresh", when));
        } else {
            refreshExpiry.set(pair != null ? messages.text("countdown.refreshUnknown") : "");
        }
    }

    private void showAccess(Expiry access, Instant now) {
        ExpiryState current = access.state(now);
        state.set(current);
        if (current == ExpiryState.EXPIRED) {
            title.set(messages.text("countdown.titleExpired"));
            countdown.set(messages.format("countdown.expired", formatter.relative(now, access.expiresAt())));
        } else {
            title.set(messages.text("countdown.title"));
            countdown.set(Expiry.clock(access.remaining(now)));
        }
        double used = access.fractionUsed(now);
        lifetimeUsed.set(used < 0 ? 0 : used);
        String key = access.source() == Expiry.Source.EXP_CLAIM ? "countdown.caption.exp"
                : "countdown.caption.expiresIn";
        caption.set(messages.format(key, formatter.dateTime(access.expiresAt(), now, clock.getZone())));
    }

    /** {@code hh:mm:ss} left, or "Expired 3 min ago". */
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Until when, and whether from {@code exp} or {@code expires_in}. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** 0..1 of the access token's lifetime used. */
    public ReadOnlyDoubleProperty lifetimeUsedProperty() {
        return lifetimeUsed.getReadOnlyProperty();
    }

    /** Null while there is no access token expiry to count down. */
    public ReadOnlyObjectProperty<ExpiryState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refreshExpiryProperty() {
        return refreshExpiry.getReadOnlyProperty();
    }
}
