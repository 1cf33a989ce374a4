package io.tokenrefresher.ui.history;

import io.tokenrefresher.core.history.RefreshRecord;
import io.tokenrefresher.ui.common.TableCells;
import java.io.File;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;

/** The history table, the verdict of the selected row and the export menu. */
public final class HistoryController {
    private final HistoryViewModel history;
    private final ResourceBundle bundle;

    @FXML private Label verdictLabel;
    @FXML private MenuButton exportButton;
    @FXML private MenuItem exportCsvItem;
    @FXML private MenuItem exportJsonItem;
    @FXML private TableView<RefreshRecord> historyTable;
    @FXML private TableColumn<RefreshRecord, String> timeColumn;
    @FXML private TableColumn<RefreshRecord, String> profileColumn;
    @FXML private TableColumn<RefreshRecord, String> outcomeColumn;
    @FXML private TableColumn<RefreshRecord, String> latencyColumn;
    @FXML private TableColumn<RefreshRecord, String> placementColumn;
    @FXML private TableColumn<RefreshRecord, String> verdictColumn;
    @FXML private TableColumn<RefreshRecord, String> accessJtiColumn;
    @FXML private TableColumn<RefreshRecord, String> accessExpColumn;
    @FXML private TableColumn<RefreshRecord, String> refreshJtiColumn;
    @FXML private TableColumn<RefreshRecord, String> refreshExpColumn;

    public HistoryController(HistoryViewModel history, ResourceBundle bundle) {
        this.history = history;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        historyTable.setItems(history.rows());
        column(timeColumn, history::time);
        column(profileColumn, history::profile);
        column(outcomeColumn, history::outcome);
        column(latencyColumn, history::latency);
        column(placementColumn, history::placement);
        column(verdictColumn, history::verdict);
        column(accessJtiColumn, r -> history.jti(r.access().jti()));
        column(accessExpColumn, r -> history.exp(r.access().exp()));
        column(refreshJtiColumn, r -> history.jti(r.refresh().jti()));
        column(refreshExpColumn, r -> history.exp(r.refresh().exp()));
        TableCells.ellipsized(outcomeColumn, 0);
        TableCells.ellipsized(verdictColumn, 0);
        TableCells.ellipsized(accessJtiColumn, 0);
        TableCells.ellipsized(refreshJtiColumn, 0);
        history.selectedProperty().bind(historyTable.getSelectionModel().selectedItemProperty());
        verdictLabel.textProperty().bind(history.selectedProperty().map(history::verdict).orElse(""));
        exportButton.disableProperty().bind(Bindings.isEmpty(history.rows()));
        exportCsvItem.setOnAction(e -> export(HistoryViewModel.Format.CSV, "csv"));
        exportJsonItem.setOnAction(e -> export(HistoryViewModel.Format.JSON, "json"));
    }

    private static void column(TableColumn<RefreshRecord, String> column, Function<RefreshRecord, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    private void export(HistoryViewModel.Format format, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("history.export"));
        chooser.setInitialFileName("token-refresher-history." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        File file = chooser.showSaveDialog(historyTable.getScene().getWindow());
        if (file != null) {
            history.export(file.toPath(), format, message -> {
                Alert info = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
                info.initOwner(historyTable.getScene().getWindow());
                info.setHeaderText(null);
                info.setTitle(bundle.getString("history.title"));
                info.show();
            });
        }
    }
}
