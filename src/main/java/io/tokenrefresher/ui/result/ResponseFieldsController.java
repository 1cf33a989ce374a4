package io.tokenrefresher.ui.result;

import io.tokenrefresher.ui.common.ClaimRowView;
import io.tokenrefresher.ui.common.Nodes;
import io.tokenrefresher.ui.common.TableCells;
import io.tokenrefresher.ui.common.TableWarmUp;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Every other field of the answer ({@code user_name}, {@code dept_id}, {@code jti}, ...), in the server's order. */
public final class ResponseFieldsController {
    private final ResultViewModel result;
    private final ResourceBundle bundle;

    @FXML private TableView<ClaimRowView> responseTable;
    @FXML private TableColumn<ClaimRowView, String> responseNameColumn;
    @FXML private TableColumn<ClaimRowView, String> responseValueColumn;

    public ResponseFieldsController(ResultViewModel result, ResourceBundle bundle) {
        this.result = result;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        responseTable.setItems(result.responseRows());
        responseNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        responseValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        responseTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableCells.ellipsized(responseNameColumn, 220);
        TableCells.ellipsized(responseValueColumn, 0);
        Nodes.enableRowCopy(responseTable);
        TableCells.copyMenu(responseTable, bundle);
    }

    /** Lays the table out once with made-up rows, then puts its rows back (see {@link TableWarmUp}). */
    public void warmUp() {
        TableWarmUp.run(responseTable);
    }
}
