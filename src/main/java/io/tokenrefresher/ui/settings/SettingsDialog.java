package io.tokenrefresher.ui.settings;

import io.tokenrefresher.ui.common.FxmlLoaderFactory;
import io.tokenrefresher.ui.common.FxmlView;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The Settings dialog ({@code settings.fxml}, its pane's id is {@code settingsPane}). Every change is
 * applied and saved as it is made, so the dialog has one button, Close.
 */
public final class SettingsDialog {
    private final SettingsViewModel viewModel;
    private final ResourceBundle bundle;
    private Dialog<Void> open;

    public SettingsDialog(SettingsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    /** Shows the dialog, or brings it to the front when it is open already. */
    public void show(Window owner) {
        if (open != null && open.isShowing()) {
            open.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("settings.title"));
        dialog.setDialogPane((DialogPane) new FxmlLoaderFactory(bundle,
                Map.of(SettingsController.class, () -> new SettingsController(viewModel, bundle)))
                .load(FxmlView.SETTINGS));
        dialog.setResultConverter(button -> null);
        open = dialog;
        dialog.show();
    }
}
