package io.tokenrefresher.ui.notice;

import io.tokenrefresher.core.notify.Notice;
import io.tokenrefresher.ui.common.StatusKind;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's line for session events (a session failed, log in again before HH:MM, the access token
 * expires soon): the newest notice, until the user dismisses it or a newer one comes. It is
 * <em>raised</em> (drawn louder) when desktop notifications are on but none could be shown for it, so the
 * window stands in for the desktop. FX thread only; {@link FxWindowNotices} brings notices here from
 * other threads.
 */
public final class NoticeBannerViewModel {
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> kind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper raised = new ReadOnlyBooleanWrapper();

    /** Shows the notice in place of the one before. */
    public void show(Notice next) {
        Objects.requireNonNull(next, "notice");
        raised.set(false);
        notice.set(next);
        title.set(next.title());
        body.set(next.body());
        kind.set(switch (next.severity()) {
            case INFO -> StatusKind.NEUTRAL;
            case WARNING -> StatusKind.WARNING;
            case ERROR -> StatusKind.ERROR;
        });
        showing.set(true);
    }

    /**
     * The desktop could not show this notice: draw it louder. A notice that is no longer the one shown
     * (a newer one came, or the user dismissed it) stays as it is: the user has seen it in the window.
     */
    public void raise(Notice raisedNotice) {
        if (showing.get() && raisedNotice.equals(notice.get())) {
            raised.set(true);
        }
    }

    /** The user closed the banner. */
    public void dismiss() {
        showing.set(false);
        raised.set(false);
        notice.set(null);
        title.set("");
        body.set("");
    }

    /** The notice shown; null when none is. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    /** The tone: warning for a coming end, error for a failed session. */
    public ReadOnlyObjectProperty<StatusKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** No desktop notification could be shown for the notice: the window stands in for it. */
    public ReadOnlyBooleanProperty raisedProperty() {
        return raised.getReadOnlyProperty();
    }
}
