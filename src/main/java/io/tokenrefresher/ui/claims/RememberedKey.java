package io.tokenrefresher.ui.claims;

import io.tokenrefresher.core.jwt.SavedVerificationKey;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import io.tokenrefresher.ui.common.Tasks;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The verification key saved for the profile the window shows. The credential store may hang (a locked
 * keyring over D-Bus), so every read and write goes through {@link ProfileService} on the {@code disk}
 * executor, in order with the profiles' own saves; the answers come back on the ui executor.
 */
final class RememberedKey {
    private final Tasks tasks;
    private Supplier<ProfileService> service;
    private Executor disk;
    private String profileId;
    private boolean saved;

    RememberedKey(Tasks tasks) {
        this.tasks = tasks;
    }

    void keepIn(Supplier<ProfileService> profiles, Executor diskExecutor) {
        this.service = profiles;
        this.disk = diskExecutor;
    }

    /** A key can be remembered: there is a profile service and a profile is shown. */
    boolean available() {
        return service != null && profileId != null;
    }

    /** The shown profile has a key saved (as far as this window knows). */
    boolean saved() {
        return saved;
    }

    /**
     * Another profile is shown: its saved key goes to {@code found} once read, unless yet another profile
     * is shown by then; {@code unreadable} hears of a saved key the store could not give back.
     */
    void show(String id, Consumer<SavedVerificationKey> found, Runnable unreadable) {
        profileId = id;
        saved = false;
        if (service == null) {
            return;
        }
        tasks.call(() -> service.get().verificationKey(id)).onSuccess(read -> {
            if (!id.equals(profileId)) {
                return;
            }
            Optional<SavedVerificationKey> key = read instanceof SecretRead.Found f
                    ? SavedVerificationKey.parse(f.value()) : Optional.empty();
            if (key.isPresent()) {
                saved = true;
                found.accept(key.get());
            } else if (!(read instanceof SecretRead.NotStored)) {
                unreadable.run();
            }
        }).onError(e -> unreadable.run()).runOn(disk);
    }

    /** Saves {@code key} for the shown profile, or forgets the saved one when null; {@code refused} hears of a failure. */
    void remember(SavedVerificationKey key, Runnable refused) {
        if (!available()) {
            return;
        }
        String id = profileId;
        saved = key != null;
        tasks.call(() -> service.get().setVerificationKey(id, key)).onSuccess(written -> {
            if (written instanceof SecretWrite.CouldNotWrite) {
                refused.run();
            }
        }).onError(e -> refused.run()).runOn(disk);
    }
}
