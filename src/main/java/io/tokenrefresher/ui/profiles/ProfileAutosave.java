package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.SaveResult;
import io.tokenrefresher.core.secret.SecretWrite;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.Tasks;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.value.ObservableObjectValue;
import javafx.util.Duration;

/**
 * Saving model: <b>saved as you type</b>. The window's request fields are the selected profile's; an
 * edit is written shortly after typing stops (and before any switch, through {@link #flush}), so
 * switching never loses an edit. The client secret goes to the credential store the same way.
 * Changes made by the app itself (loading a profile into the form) run inside {@link #whileApplying}
 * and are not edits.
 */
final class ProfileAutosave {
    private static final Duration SAVE_DELAY = Duration.millis(400);

    private final RequestForm form;
    private final ObservableObjectValue<GatewayProfile> selected;
    private final Consumer<GatewayProfile> showEdited;
    private final Supplier<ProfileService> service;
    private final Tasks tasks;
    private final Executor disk;
    private final BiConsumer<String, SecretWrite> showSecretWrite;
    private final SaveStatus status;
    private final PauseTransition fieldsSave = new PauseTransition(SAVE_DELAY);
    private final PauseTransition secretSave = new PauseTransition(SAVE_DELAY);
    private boolean applying;
    private boolean secretDirty;

    /**
     * @param showEdited      puts the edited profile into the list before it is written
     * @param showSecretWrite tells the user where a secret went when not to the credential store
     */
    ProfileAutosave(RequestForm form, ObservableObjectValue<GatewayProfile> selected,
                    Consumer<GatewayProfile> showEdited, Supplier<ProfileService> service, Tasks tasks,
                    Executor disk, Messages messages, BiConsumer<String, SecretWrite> showSecretWrite) {
        this.form = form;
        this.selected = selected;
        this.showEdited = showEdited;
        this.service = service;
        this.tasks = tasks;
        this.disk = disk;
        this.showSecretWrite = showSecretWrite;
        this.status = new SaveStatus(messages, () -> tasks.run(() -> service.get().save()).runOn(disk));
        fieldsSave.setOnFinished(e -> saveFields());
        secretSave.setOnFinished(e -> saveSecret());
        for (Observable field : form.profileFields()) {
            field.addListener(o -> {
                if (!applying && selected.get() != null) {
                    fieldsSave.playFromStart();
                }
            });
        }
        form.clientSecretProperty().addListener(o -> {
            if (!applying && selected.get() != null) {
                secretDirty = true;
                secretSave.playFromStart();
            }
        });
    }

    /** Runs a change the app makes itself: not an edit to save. */
    void whileApplying(Runnable change) {
        boolean was = applying;
        applying = true;
        try {
            change.run();
        } finally {
            applying = was;
        }
    }

    /** The form holds an edit made outside the listeners' sight (a gateway typed before loading). */
    void fieldsEdited() {
        fieldsSave.playFromStart();
    }

    /** True while the user's typed client secret has not been written yet. */
    boolean secretEdited() {
        return secretDirty;
    }

    /** Writes pending edits now. */
    void flush() {
        if (fieldsSave.getStatus() == Animation.Status.RUNNING) {
            fieldsSave.stop();
            saveFields();
        }
        if (secretSave.getStatus() == Animation.Status.RUNNING) {
            secretSave.stop();
            saveSecret();
        }
    }

    /** Drops pending edits (the profile is being deleted). */
    void discardPending() {
        fieldsSave.stop();
        secretSave.stop();
        secretDirty = false;
    }

    void retrySave() {
        status.retryNow();
    }

    /** A save's result, from the service's save listener (on the FX thread). */
    void showSave(SaveResult result) {
        status.show(result);
    }

    SaveStatus status() {
        return status;
    }

    private void saveFields() {
        GatewayProfile current = selected.get();
        if (current == null) {
            return;
        }
        GatewayProfile edited = form.toProfile(current);
        if (edited.equals(current)) {
            return;
        }
        showEdited.accept(edited);
        tasks.run(() -> service.get().update(edited)).runOn(disk);
    }

    private void saveSecret() {
        GatewayProfile current = selected.get();
        if (current == null || !secretDirty) {
            return;
        }
        secretDirty = false;
        String id = current.id();
        String value = form.clientSecretProperty().get();
        tasks.call(() -> service.get().setClientSecret(id, value))
                .onSuccess(written -> showSecretWrite.accept("profiles.secret.clientSecret", written))
                .runOn(disk);
    }
}
