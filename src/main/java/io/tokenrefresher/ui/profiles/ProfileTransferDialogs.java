package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.profile.ImportConflict;
import io.tokenrefresher.core.profile.ImportPlan;
import java.io.File;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Import / Export of the profile bar: the file choosers, one question per name conflict of an import, and
 * the outcome; the work itself is the view-model's (on the disk thread).
 */
final class ProfileTransferDialogs {
    private final ProfilesViewModel viewModel;
    private final ResourceBundle bundle;
    private final Supplier<Window> window;

    ProfileTransferDialogs(ProfilesViewModel viewModel, ResourceBundle bundle, Supplier<Window> window) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.window = window;
    }

    void export() {
        FileChooser chooser = jsonChooser(text("profiles.export.title"));
        chooser.setInitialFileName("token-refresher-profiles.json");
        File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            viewModel.exportTo(file.toPath(), this::inform);
        }
    }

    void importProfiles() {
        File file = jsonChooser(text("profiles.import.title")).showOpenDialog(window.get());
        if (file != null) {
            viewModel.importFrom(file.toPath(), this::askAboutConflicts, this::inform);
        }
    }

    /** Asks once per conflict; returns null when the user cancels the whole import. */
    private Function<ImportConflict, ImportConflict.Resolution> askAboutConflicts(ImportPlan plan) {
        Map<ImportConflict, ImportConflict.Resolution> answers = new HashMap<>();
        for (ImportConflict conflict : plan.conflicts()) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
            ask.initOwner(window.get());
            ask.setTitle(text("profiles.import.title"));
            ask.setHeaderText(MessageFormat.format(text("profiles.import.conflict"), conflict.existing().name()));
            ask.setContentText(text("profiles.import.conflict.content"));
            ButtonType replace = new ButtonType(text("profiles.import.replace"), ButtonBar.ButtonData.OTHER);
            ButtonType keepBoth = new ButtonType(text("profiles.import.keepBoth"), ButtonBar.ButtonData.OTHER);
            ButtonType skip = new ButtonType(text("profiles.import.skip"), ButtonBar.ButtonData.OTHER);
            ask.getButtonTypes().setAll(replace, keepBoth, skip, ButtonType.CANCEL);
            Optional<ButtonType> answer = ask.showAndWait();
            if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
                return null;
            }
            answers.put(conflict, answer.get() == replace ? ImportConflict.Resolution.REPLACE
                    : answer.get() == keepBoth ? ImportConflict.Resolution.KEEP_BOTH : ImportConflict.Resolution.SKIP);
        }
        return c -> answers.getOrDefault(c, ImportConflict.Resolution.SKIP);
    }

    private void inform(String message) {
        Alert info = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        info.initOwner(window.get());
        info.setHeaderText(null);
        info.setTitle(text("profiles.transfer"));
        info.show();
    }

    private FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chooser;
    }

    private String text(String key) {
        return bundle.getString(key);
    }
}
