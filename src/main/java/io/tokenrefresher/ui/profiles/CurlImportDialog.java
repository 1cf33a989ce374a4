package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.curl.CurlImport;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.ui.common.FxmlLoaderFactory;
import io.tokenrefresher.ui.common.FxmlView;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** "New profile from cURL...": the paste, the preview, and the result to create (with the choices made). */
public final class CurlImportDialog {
    private final ResourceBundle bundle;

    public CurlImportDialog(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** @return the import to create; its refresh token is null when the user chose not to use it */
    public Optional<CurlImport.Result> ask(Window owner, String defaultName) {
        CurlImportViewModel viewModel = new CurlImportViewModel(new Messages(bundle), defaultName);
        Dialog<CurlImport.Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("curl.title"));
        dialog.setDialogPane((DialogPane) new FxmlLoaderFactory(bundle,
                Map.of(CurlImportController.class, () -> new CurlImportController(viewModel)))
                .load(FxmlView.CURL_IMPORT));
        dialog.setResizable(true);
        dialog.setResultConverter(button -> {
            CurlImport.Result r = viewModel.resultProperty().get();
            if (button.getButtonData() != ButtonBar.ButtonData.OK_DONE || r == null) {
                return null;
            }
            return viewModel.useRefreshTokenProperty().get() ? r
                    : new CurlImport.Result(r.profile(), r.clientSecret(), null, r.username(), r.grantType());
        });
        return dialog.showAndWait();
    }
}
