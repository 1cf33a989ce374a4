package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.ui.common.Nodes;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Binds {@code curl-import.fxml} to a {@link CurlImportViewModel}. */
public final class CurlImportController {
    private final CurlImportViewModel viewModel;

    @FXML private DialogPane curlImportPane;
    @FXML private ButtonType createButtonType;
    @FXML private TextArea curlCommandField;
    @FXML private Label curlProblem;
    @FXML private TextField curlNameField;
    @FXML private Label curlPreview;
    @FXML private CheckBox curlUseRefreshBox;

    public CurlImportController(CurlImportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        curlCommandField.textProperty().bindBidirectional(viewModel.commandProperty());
        curlNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        curlProblem.textProperty().bind(viewModel.problemProperty());
        Nodes.showWhenNotEmpty(curlProblem, viewModel.problemProperty());
        curlPreview.textProperty().bind(viewModel.previewProperty());
        Nodes.showWhenNotEmpty(curlPreview, viewModel.previewProperty());
        curlUseRefreshBox.selectedProperty().bindBidirectional(viewModel.useRefreshTokenProperty());
        curlUseRefreshBox.visibleProperty().bind(Bindings.createBooleanBinding(() ->
                viewModel.resultProperty().get() != null && viewModel.resultProperty().get().refreshToken() != null,
                viewModel.resultProperty()));
        curlUseRefreshBox.managedProperty().bind(curlUseRefreshBox.visibleProperty());
        curlImportPane.lookupButton(createButtonType).disableProperty().bind(viewModel.resultProperty().isNull());
        // the dialog grows with the preview and the problem instead of cutting off its buttons
        viewModel.previewProperty().addListener((o, a, b) -> fitWindow());
        viewModel.problemProperty().addListener((o, a, b) -> fitWindow());
        Platform.runLater(curlCommandField::requestFocus);
    }

    private void fitWindow() {
        Platform.runLater(() -> {
            if (curlImportPane.getScene() != null && curlImportPane.getScene().getWindow() != null) {
                curlImportPane.getScene().getWindow().sizeToScene();
            }
        });
    }
}
