package io.tokenrefresher.ui.common;

import java.util.Comparator;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The cells and rows of the claims and response tables: long values shortened in the middle with the
 * whole value in a tooltip, columns that widen to what they show, and a right-click menu to copy a row.
 */
public final class TableCells {
    private TableCells() {
    }

    /**
     * Text cells that ellipsize in the middle ({@code eyJhbGci…Q1_nQRM}) and show the whole value in a
     * tooltip. The column widens to its widest text, up to {@code fitUpTo} pixels (0: never widens), so a
     * short column such as the claims' Part shows {@code header}/{@code payload} whole.
     */
    public static <S> void ellipsized(TableColumn<S, String> column, double fitUpTo) {
        column.setCellFactory(c -> new EllipsizedCell<>(fitUpTo));
    }

    /** A right-click menu on each row: copy the value, the raw JSON, or {@code claim=value}. */
    public static void copyMenu(TableView<ClaimRowView> table, ResourceBundle bundle) {
        table.setRowFactory(t -> {
            TableRow<ClaimRowView> row = new TableRow<>();
            ContextMenu menu = new ContextMenu(
                    copyItem(row, bundle.getString("table.copyValue"), ClaimRowView::value),
                    copyItem(row, bundle.getString("table.copyRaw"), ClaimRowView::raw),
                    copyItem(row, bundle.getString("table.copyPair"), r -> r.name() + "=" + r.value()));
            row.contextMenuProperty().bind(row.emptyProperty().map(empty -> empty ? null : menu));
            return row;
        });
    }

    private static MenuItem copyItem(TableRow<ClaimRowView> row, String text, Function<ClaimRowView, String> what) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> {
            if (row.getItem() != null) {
                Nodes.putOnClipboard(what.apply(row.getItem()));
            }
        });
        return item;
    }

    private static final class EllipsizedCell<S> extends TableCell<S, String> {
        private final double fitUpTo;
        private final Tooltip tooltip = new Tooltip();

        EllipsizedCell(double fitUpTo) {
            this.fitUpTo = fitUpTo;
            setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            tooltip.setText(blank ? "" : item);
            setTooltip(blank ? null : tooltip);
            if (!blank && fitUpTo > 0) {
                widenColumnFor(item);
            }
        }

        private void widenColumnFor(String item) {
            Text measure = new Text(item);
            measure.setFont(getFont());
            double wanted = Math.min(fitUpTo, Math.ceil(measure.getLayoutBounds().getWidth()
                    + snappedLeftInset() + snappedRightInset() + 4));
            TableColumn<S, String> column = getTableColumn();
            TableView<S> table = getTableView();
            if (column != null && table != null && wanted > column.getMinWidth()) {
                column.setMinWidth(wanted);
                // the constrained policy runs only when the table's width changes: the widest other column
                // gives the room back, or the last column would run under the scroll bar
                Platform.runLater(() -> fitWidth(table, column));
            }
        }

        private static <S> void fitWidth(TableView<S> table, TableColumn<S, ?> widened) {
            double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
            if (table.lookup(".scroll-bar:vertical") instanceof ScrollBar bar && bar.isVisible()) {
                available -= bar.getWidth();
            }
            double used = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            double overflow = Math.ceil(used - available);
            if (overflow <= 0 || available <= 0) {
                return;
            }
            table.getVisibleLeafColumns().stream().filter(c -> c != widened)
                    .max(Comparator.comparingDouble(TableColumn::getWidth))
                    .ifPresent(c -> c.setPrefWidth(Math.max(c.getMinWidth(), c.getWidth() - overflow)));
        }
    }
}
