package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.SaveResult;
import io.tokenrefresher.ui.common.StatusKind;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * The corner that says whether the profiles are saved: "✓ Saved", or "Not saved" with a retry, which
 * also happens by itself a few times (a file briefly locked by a virus scanner, a full disk freed).
 */
final class SaveStatus {
    private static final Duration RETRY_PAUSE = Duration.seconds(5);
    private static final int AUTO_RETRIES = 3;

    private final Messages messages;
    private final Runnable retry;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> kind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private int autoRetriesLeft = AUTO_RETRIES;

    /** @param retry writes the profiles again (off the FX thread); its result comes back to {@link #show} */
    SaveStatus(Messages messages, Runnable retry) {
        this.messages = messages;
        this.retry = retry;
    }

    void show(SaveResult result) {
        if (result instanceof SaveResult.Saved) {
            failed.set(false);
            autoRetriesLeft = AUTO_RETRIES;
            text.set(messages.text("profiles.saved"));
            kind.set(StatusKind.NEUTRAL);
        } else if (result instanceof SaveResult.Failed failure) {
            failed.set(true);
            text.set(messages.format("profiles.saveFailed", failure.detail()));
            kind.set(StatusKind.ERROR);
            if (autoRetriesLeft-- > 0) {
                PauseTransition later = new PauseTransition(RETRY_PAUSE);
                later.setOnFinished(e -> retryNow());
                later.play();
            }
        }
    }

    void retryNow() {
        text.set(messages.text("profiles.saving"));
        retry.run();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<StatusKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
