package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.ui.common.Tasks;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether the CA file a profile editor names can be read, asked on a background executor as the user
 * types (a path on a slow or gone network share must not freeze the window). Only the answer for the
 * newest text counts; {@link #checkingProperty()} stays true until it is back.
 */
final class CaFileCheck {
    private final Tasks tasks;
    private final Executor background;
    private final ResourceBundle bundle;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private long generation;

    CaFileCheck(Tasks tasks, Executor background, ResourceBundle bundle) {
        this.tasks = tasks;
        this.background = background;
        this.bundle = bundle;
    }

    /** Checks {@code caFile} when {@code mode} uses one; the previous problem stays shown until the answer. */
    void check(TlsTrust.Mode mode, String caFile) {
        long asked = ++generation;
        String path = caFile == null ? "" : caFile.strip();
        if (mode != TlsTrust.Mode.CA_FILE || path.isEmpty()) {
            checking.set(false);
            problem.set(mode == TlsTrust.Mode.CA_FILE ? bundle.getString("editor.tls.caFile.missing") : "");
            return;
        }
        checking.set(true);
        tasks.call(() -> isReadable(path))
                .onSuccess(readable -> {
                    if (asked == generation) {
                        problem.set(readable ? ""
                                : MessageFormat.format(bundle.getString("editor.tls.caFile.unreadable"), path));
                    }
                })
                .andFinally(() -> {
                    if (asked == generation) {
                        checking.set(false);
                    }
                })
                .runOn(background);
    }

    private static boolean isReadable(String path) {
        try {
            return Files.isReadable(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Why the CA file cannot be used; empty when it can, or when none is needed. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the answer for the newest text is outstanding. */
    ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
