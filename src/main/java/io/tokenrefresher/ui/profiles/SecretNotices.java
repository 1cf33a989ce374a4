package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The notice above the form about secrets: one that could not be read or written, or that went to the
 * profiles file because there is no OS credential store (told once). Dismissed by the user.
 */
final class SecretNotices {
    private final Messages messages;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    SecretNotices(Messages messages) {
        this.messages = messages;
    }

    /** Where a written secret went, when the user has to know; {@code whatKey} names the secret. */
    void showWrite(String whatKey, SecretWrite written) {
        String what = messages.text(whatKey);
        if (written instanceof SecretWrite.StoredInProfilesFileInstead instead && instead.tellUser()) {
            notice.set(messages.format("profiles.secret.inFile", what,
                    messages.text("secret.problem." + instead.storeProblem().key())));
        } else if (written instanceof SecretWrite.CouldNotWrite failed) {
            notice.set(messages.format("profiles.secret.writeFailed", what,
                    messages.text("secret.problem." + failed.problem().key())));
        }
    }

    /** The secrets of a profile just selected that could not be read, one line each. */
    void showReadFailures(List<String> whatKeys, List<SecretRead.CouldNotRead> failures) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < failures.size(); i++) {
            if (i > 0) {
                lines.append('\n');
            }
            lines.append(messages.format("profiles.secret.readFailed", messages.text(whatKeys.get(i)),
                    messages.text("secret.problem." + failures.get(i).problem().key())));
        }
        if (lines.length() > 0) {
            notice.set(lines.toString());
        }
    }

    void showDeleteFailure(SecretWrite.CouldNotWrite failure) {
        notice.set(messages.format("profiles.secret.deleteFailed",
                messages.text("secret.problem." + failure.problem().key())));
    }

    void clear() {
        notice.set("");
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
