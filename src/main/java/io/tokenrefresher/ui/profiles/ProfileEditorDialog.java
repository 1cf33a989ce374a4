package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.ui.common.FxmlLoaderFactory;
import io.tokenrefresher.ui.common.FxmlView;
import io.tokenrefresher.ui.common.Tasks;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * Opens the profile editor ({@code profile-editor.fxml}, its dialog pane's id is {@code profileEditor})
 * on a draft of one profile and applies the draft on Save; nothing changes on Cancel.
 */
public final class ProfileEditorDialog {
    private final ProfilesViewModel viewModel;
    private final ResourceBundle bundle;
    private final Tasks tasks;
    private final Executor background;

    /** @param background reads the client secret and checks the CA file (the app's worker threads) */
    public ProfileEditorDialog(ProfilesViewModel viewModel, ResourceBundle bundle, Tasks tasks, Executor background) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.tasks = tasks;
        this.background = background;
    }

    public void edit(Window owner, GatewayProfile profile) {
        if (profile == null) {
            return;
        }
        viewModel.flush();
        ProfileEditorViewModel draft = new ProfileEditorViewModel(tasks, background, bundle);
        draft.load(profile, otherNames(profile), () -> viewModel.readClientSecret(profile));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(MessageFormat.format(bundle.getString("editor.title"), profile.name()));
        dialog.setResizable(true);
        dialog.setDialogPane((DialogPane) new FxmlLoaderFactory(bundle,
                Map.of(ProfileEditorController.class, () -> new ProfileEditorController(draft, bundle)))
                .load(FxmlView.PROFILE_EDITOR));
        if (dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent()) {
            ProfileEditorViewModel.Result result = draft.result();
            viewModel.applyEdit(result.profile(), result.clientSecret());
        }
    }

    private List<String> otherNames(GatewayProfile profile) {
        return viewModel.profiles().stream().filter(p -> !p.id().equals(profile.id())).map(GatewayProfile::name)
                .toList();
    }
}
