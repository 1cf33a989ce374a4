package io.tokenrefresher.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Name, version, icon and the runtime it runs on: what a tester pastes into a bug report. */
public final class AboutDialog {
    private final ResourceBundle bundle;
    private final String version;

    public AboutDialog(ResourceBundle bundle, String version) {
        this.bundle = bundle;
        this.version = version;
    }

    public void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle(bundle.getString("about.title"));
        about.setHeaderText("Token Refresher " + version);
        about.setGraphic(new ImageView(AppIcons.of(64)));
        about.setContentText(MessageFormat.format(bundle.getString("about.text"),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        about.getDialogPane().setId("aboutDialog");
        ((Stage) about.getDialogPane().getScene().getWindow()).getIcons().setAll(AppIcons.all());
        about.show();
    }
}
