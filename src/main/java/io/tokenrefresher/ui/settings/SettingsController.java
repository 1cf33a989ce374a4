package io.tokenrefresher.ui.settings;

import io.tokenrefresher.core.settings.AppSettings.FontSize;
import io.tokenrefresher.core.settings.AppSettings.Language;
import io.tokenrefresher.core.settings.AppSettings.Theme;
import io.tokenrefresher.ui.common.Nodes;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/** Binds {@code settings.fxml} to a {@link SettingsViewModel}. */
public final class SettingsController {
    private final SettingsViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private ComboBox<Language> languageBox;
    @FXML private Label restartLabel;
    @FXML private ComboBox<Theme> themeBox;
    @FXML private ComboBox<FontSize> fontSizeBox;
    @FXML private CheckBox desktopNotificationsCheck;
    @FXML private Label problemLabel;

    public SettingsController(SettingsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(Language.values());
        languageBox.setConverter(Nodes.labelled(v -> text("settings.language." + key(v))));
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());
        themeBox.getItems().setAll(Theme.values());
        themeBox.setConverter(Nodes.labelled(v -> text("settings.theme." + key(v))));
        themeBox.valueProperty().bindBidirectional(viewModel.themeProperty());
        fontSizeBox.getItems().setAll(FontSize.values());
        fontSizeBox.setConverter(Nodes.labelled(v -> text("settings.fontSize." + key(v))));
        fontSizeBox.valueProperty().bindBidirectional(viewModel.fontSizeProperty());
        desktopNotificationsCheck.selectedProperty().bindBidirectional(viewModel.desktopNotificationsProperty());

        // the note is always there; once the language differs from this run's, it says so in colour
        viewModel.restartNeededProperty().addListener((o, was, needed) -> styleRestartNote(needed));
        styleRestartNote(viewModel.restartNeededProperty().get());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        Nodes.showWhenNotEmpty(problemLabel, viewModel.problemProperty());
    }

    private void styleRestartNote(boolean needed) {
        restartLabel.getStyleClass().removeAll("caption", "status-warning");
        restartLabel.getStyleClass().add(needed ? "status-warning" : "caption");
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    /** {@code SIMPLIFIED_CHINESE} -> {@code simplified_chinese}, the last part of its message key. */
    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
