package io.tokenrefresher.ui.negative;

import io.tokenrefresher.ui.common.Nodes;
import io.tokenrefresher.ui.common.StatusKind;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The negative tests' results beside the main window (not modal: the tester keeps working): expected
 * vs actual per case, pass in green, fail in red, and Copy as Markdown. Built in code: a table and two
 * controls, no form to lay out.
 */
public final class NegativeTestsDialog {
    private final NegativeTestsViewModel tests;
    private final ResourceBundle bundle;
    private Dialog<Void> dialog;

    public NegativeTestsDialog(NegativeTestsViewModel tests, ResourceBundle bundle) {
        this.tests = tests;
        this.bundle = bundle;
    }

    /** Shows the dialog (once; later calls bring it to the front). */
    public void show(Window owner) {
        if (dialog == null) {
            dialog = build(owner);
        }
        if (!dialog.isShowing()) {
            dialog.show();
            // without a window manager's help (and on some GTK set-ups) the window keeps its first, narrow size
            dialog.setWidth(Math.max(dialog.getWidth(), 1100));
            dialog.setHeight(Math.max(dialog.getHeight(), 470));
        }
    }

    private Dialog<Void> build(Window owner) {
        TableView<NegativeTestsViewModel.Row> table = new TableView<>(tests.rows());
        table.setId("negativeTestsTable");
        table.getStyleClass().add("dense");
        table.getColumns().add(column("negative.column.case", NegativeTestsViewModel.Row::testCase, 260));
        table.getColumns().add(column("negative.column.expected", NegativeTestsViewModel.Row::expected, 250));
        table.getColumns().add(column("negative.column.actual", NegativeTestsViewModel.Row::actual, 470));
        TableColumn<NegativeTestsViewModel.Row, NegativeTestsViewModel.Row> result =
                new TableColumn<>(bundle.getString("negative.column.result"));
        result.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        result.setCellFactory(c -> new ResultCell());
        result.setPrefWidth(80);
        table.getColumns().add(result);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPrefSize(1080, 300);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label status = new Label();
        status.setId("negativeTestsStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(tests.statusProperty());
        Button copy = new Button(bundle.getString("negative.copyMarkdown"));
        copy.setId("copyMarkdownButton");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.disableProperty().bind(Bindings.isEmpty(tests.rows()));
        copy.setOnAction(e -> Nodes.copy(tests.markdown(), copy, bundle.getString("result.copied")));
        HBox bar = new HBox(8, status, copy);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setTitle(bundle.getString("negative.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(new VBox(8, bar, table));
        // a dialog sizes to its content's minimum otherwise, which cuts every column; 1100 fits 1366 px
        d.getDialogPane().setPrefWidth(1100);
        // JavaFX's own Close has no Chinese text
        d.getDialogPane().getButtonTypes().add(new ButtonType(bundle.getString("shortcuts.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        return d;
    }

    private TableColumn<NegativeTestsViewModel.Row, String> column(String key,
                                                                    Function<NegativeTestsViewModel.Row, String> value,
                                                                    double width) {
        TableColumn<NegativeTestsViewModel.Row, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // a long server message is cut by the column: the whole of it on hover
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    /** pass / FAIL / skipped in the status colours. */
    private static final class ResultCell extends TableCell<NegativeTestsViewModel.Row, NegativeTestsViewModel.Row> {
        @Override
        protected void updateItem(NegativeTestsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            for (StatusKind k : StatusKind.values()) {
                getStyleClass().remove(k.styleClass());
            }
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.result());
            getStyleClass().add(row.kind().styleClass());
        }
    }
}
