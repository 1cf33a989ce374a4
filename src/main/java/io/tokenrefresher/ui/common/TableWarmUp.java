package io.tokenrefresher.ui.common;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Lays a result table out once with made-up rows, then puts its own rows back, all in one FX-thread
 * turn, so no frame shows them: the first refresh otherwise pays for creating table rows and cells
 * (part of ~100 ms on a small machine). Called once, shortly after the window shows.
 */
public final class TableWarmUp {
    private static final List<ClaimRowView> SAMPLE = List.of(new ClaimRowView("header", "alg", "HS256", "\"HS256\""),
            new ClaimRowView("payload", "nick_name", "牛蛙", "\"牛蛙\""),
            new ClaimRowView("payload", "exp", "2026-01-01 00:00:00 (in 59 min)", "1767225600"));

    private TableWarmUp() {
    }

    public static void run(TableView<ClaimRowView> table) {
        ObservableList<ClaimRowView> real = table.getItems();
        if (!real.isEmpty()) {
            return; // a refresh already did it
        }
        table.setItems(FXCollections.observableArrayList(SAMPLE));
        table.applyCss();
        table.layout();
        table.setItems(real);
    }
}
