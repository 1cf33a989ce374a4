package io.tokenrefresher.ui.main;

import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The F1 help: a small window listing the shortcuts; Esc, F1, Enter or Close closes it. */
final class ShortcutsHelp {
    private Stage shown;

    /** Opens the list, or closes it when it is already open. */
    void toggle(Window owner, List<String[]> shortcuts, ResourceBundle bundle) {
        if (shown != null && shown.isShowing()) {
            shown.close();
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (String[] s : shortcuts) {
            Label keys = new Label(s[0]);
            keys.getStyleClass().add("shortcut-key");
            grid.addRow(row++, keys, new Label(s[1]));
        }
        Button close = new Button(bundle.getString("shortcuts.close"));
        close.setDefaultButton(true);
        close.setCancelButton(true);
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label title = new Label(bundle.getString("shortcuts.title"));
        title.getStyleClass().add("section-title");
        VBox content = new VBox(12, title, grid, buttons);
        content.setId("shortcutsHelp");
        content.getStyleClass().addAll("main-root", "shortcuts-help");

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(bundle.getString("shortcuts.title"));
        stage.setResizable(false);
        Scene scene = new Scene(content);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                e.consume();
                stage.close();
            }
        });
        close.setOnAction(e -> stage.close());
        stage.setScene(scene);
        shown = stage;
        stage.show();
        close.requestFocus();
    }
}
