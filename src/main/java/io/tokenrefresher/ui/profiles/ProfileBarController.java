package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.profile.EnvironmentColour;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.ui.common.Nodes;
import io.tokenrefresher.ui.common.Tasks;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import io.tokenrefresher.core.session.SessionState;
import io.tokenrefresher.core.session.SessionStatus;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

/** The profile selector, its commands, the environment colour band and the banners above the form. */
public final class ProfileBarController {
    private static final String COLOUR_CLASS_PREFIX = "env-";
    private final ProfilesViewModel viewModel;
    private final ResourceBundle bundle;
    private final ProfileEditorDialog editor;
    private final Consumer<Window> openSettings;
    private final SessionStates sessionStates;

    @FXML private Region colourBand;
    @FXML private HBox trustAllBanner;
    @FXML private HBox loadBanner;
    @FXML private Label loadBannerLabel;
    @FXML private Button dismissBannerButton;
    @FXML private HBox noticeBanner;
    @FXML private Label noticeLabel;
    @FXML private Button dismissNoticeButton;
    @FXML private ComboBox<GatewayProfile> profileSelector;
    @FXML private Button newProfileButton;
    @FXML private Button duplicateProfileButton;
    @FXML private Button renameProfileButton;
    @FXML private Button deleteProfileButton;
    @FXML private Button editProfileButton;
    @FXML private MenuItem importItem;
    @FXML private MenuItem curlImportItem;
    @FXML private MenuItem exportItem;
    @FXML private Label saveStateLabel;
    @FXML private Button retrySaveButton;
    @FXML private Button settingsButton;

    /**
     * @param background   the app's worker threads, for the editor's reads
     * @param openSettings opens the app's Settings over the given window (the app wires it)
     */
    public ProfileBarController(ProfilesViewModel viewModel, ResourceBundle bundle, Executor background,
                                Consumer<Window> openSettings, SessionStates sessionStates) {
        this.sessionStates = sessionStates;
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.editor = new ProfileEditorDialog(viewModel, bundle, Tasks.onFxThread(), background);
        this.openSettings = openSettings;
    }

    @FXML
    private void initialize() {
        profileSelector.setItems(viewModel.profiles());
        profileSelector.setCellFactory(list -> new ProfileCell(sessionStates));
        profileSelector.setButtonCell(new ProfileCell(sessionStates));
        profileSelector.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && (viewModel.selectedProperty().get() == null
                    || !chosen.id().equals(viewModel.selectedProperty().get().id()))) {
                viewModel.select(chosen);
            }
        });
        viewModel.selectedProperty().addListener((o, old, profile) -> {
            if (profile != null && profileSelector.getValue() != profile) {
                profileSelector.setValue(profile);
            }
            showColour(profile);
        });
        var noSelection = viewModel.selectedProperty().isNull();
        profileSelector.disableProperty().bind(viewModel.loadedProperty().not());
        newProfileButton.disableProperty().bind(viewModel.loadedProperty().not());
        for (Button b : new Button[] {duplicateProfileButton, renameProfileButton, deleteProfileButton,
                editProfileButton}) {
            b.disableProperty().bind(noSelection);
        }
        exportItem.disableProperty().bind(viewModel.loadedProperty().not());
        importItem.disableProperty().bind(viewModel.loadedProperty().not());

        newProfileButton.setOnAction(e -> viewModel.create());
        duplicateProfileButton.setOnAction(e -> viewModel.duplicateSelected());
        renameProfileButton.setOnAction(e -> rename());
        deleteProfileButton.setOnAction(e -> delete());
        editProfileButton.setOnAction(e -> editor.edit(window(), viewModel.selectedProperty().get()));
        ProfileTransferDialogs transfer = new ProfileTransferDialogs(viewModel, bundle, this::window);
        exportItem.setOnAction(e -> transfer.export());
        importItem.setOnAction(e -> transfer.importProfiles());
        curlImportItem.disableProperty().bind(viewModel.loadedProperty().not());
        curlImportItem.setOnAction(e -> new CurlImportDialog(bundle).ask(window(), text("profiles.newName"))
                .ifPresent(r -> viewModel.createFrom(r.profile(), r.clientSecret(), r.refreshToken())));

        saveStateLabel.textProperty().bind(viewModel.saveStateProperty());
        Nodes.styleBy(saveStateLabel, viewModel.saveStateKindProperty());
        retrySaveButton.visibleProperty().bind(viewModel.saveFailedProperty());
        retrySaveButton.managedProperty().bind(retrySaveButton.visibleProperty());
        retrySaveButton.setOnAction(e -> viewModel.retrySave());
        settingsButton.setOnAction(e -> openSettings.accept(window()));

        loadBannerLabel.textProperty().bind(viewModel.bannerProperty());
        Nodes.showWhenNotEmpty(loadBanner, viewModel.bannerProperty());
        dismissBannerButton.setOnAction(e -> viewModel.dismissBanner());
        noticeLabel.textProperty().bind(viewModel.noticeProperty());
        Nodes.showWhenNotEmpty(noticeBanner, viewModel.noticeProperty());
        dismissNoticeButton.setOnAction(e -> viewModel.dismissNotice());
        showColour(null);
    }

    private void showColour(GatewayProfile profile) {
        EnvironmentColour colour = profile == null ? EnvironmentColour.NONE : profile.presentation().colour();
        colourBand.getStyleClass().removeIf(c -> c.startsWith(COLOUR_CLASS_PREFIX));
        colourBand.getStyleClass().add(colourClass(colour));
        colourBand.setVisible(colour != EnvironmentColour.NONE);
        colourBand.setManaged(colour != EnvironmentColour.NONE);
        boolean insecure = profile != null && profile.connection().tlsTrust().isInsecure();
        trustAllBanner.setVisible(insecure);
        trustAllBanner.setManaged(insecure);
    }

    private void rename() {
        GatewayProfile current = viewModel.selectedProperty().get();
        TextInputDialog dialog = new TextInputDialog(current.name());
        dialog.initOwner(window());
        dialog.setTitle(text("profiles.rename.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(text("profiles.name"));
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Label problem = new Label();
        problem.getStyleClass().add("status-error");
        dialog.getDialogPane().setExpandableContent(null);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.checkName(dialog.getEditor().getText(), current) != null,
                dialog.getEditor().textProperty()));
        dialog.getEditor().textProperty().addListener((o, a, name) -> {
            String why = viewModel.checkName(name, current);
            dialog.setHeaderText(why);
        });
        dialog.showAndWait().ifPresent(viewModel::renameSelected);
    }

    private void delete() {
        GatewayProfile current = viewModel.selectedProperty().get();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(window());
        confirm.setTitle(text("profiles.delete.title"));
        confirm.setHeaderText(MessageFormat.format(text("profiles.delete.header"), current.name()));
        confirm.setContentText(text("profiles.delete.content"));
        ButtonType delete = new ButtonType(text("profiles.delete"), ButtonBar.ButtonData.OK_DONE);
        confirm.getButtonTypes().setAll(delete, ButtonType.CANCEL);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) confirm.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        confirm.getDialogPane().lookupButton(delete).getStyleClass().add("danger");
        confirm.getDialogPane().setId("deleteConfirmation");
        if (confirm.showAndWait().filter(b -> b == delete).isPresent()) {
            viewModel.deleteSelected();
        }
    }

    private Window window() {
        return profileSelector.getScene().getWindow();
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    /**
     * The style class of an environment's colour ({@code env-red}, ...): app.css holds the colours, a
     * lighter shade of each in the dark theme, so a band stays visible on a dark window.
     */
    private static String colourClass(EnvironmentColour colour) {
        return COLOUR_CLASS_PREFIX + colour.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A profile in the selector: a colour dot, the name, and its session's state (a dot and the time
     * left), redrawn when the session's entry in {@link SessionStates} changes.
     */
    private static final class ProfileCell extends ListCell<GatewayProfile> {
        private final SessionStates states;
        private final Circle envDot = new Circle(5);
        private final Circle stateDot = new Circle(4);
        private final Label stateText = new Label();
        private final HBox stateBox = new HBox(4, stateDot, stateText);
        private final Tooltip tooltip = new Tooltip();
        private final Label name = new Label();
        private final HBox content = new HBox(6, envDot, name, stateBox);

        ProfileCell(SessionStates states) {
            this.states = states;
            stateBox.setAlignment(Pos.CENTER_LEFT);
            stateBox.getStyleClass().add("session-state");
            stateText.getStyleClass().add("session-state-text");
            content.setAlignment(Pos.CENTER_LEFT);
            // the name stays text too (what the list shows to find-as-you-type and tests), drawn by the graphic
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            states.states().addListener(new WeakMapChangeListener<>(redraw));
        }

        private final MapChangeListener<String, SessionStatus> redraw = change -> {
            if (getItem() != null && change.getKey().equals(getItem().id())) {
                showState(getItem());
            }
        };

        @Override
        protected void updateItem(GatewayProfile item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(item.name());
            name.setText(item.name());
            envDot.getStyleClass().setAll("env-dot", colourClass(item.presentation().colour()));
            setGraphic(content);
            showState(item);
        }

        private void showState(GatewayProfile item) {
            SessionStatus status = states.of(item.id());
            stateDot.getStyleClass().setAll("session-dot", SessionStates.styleClass(status.state()));
            stateText.setText(states.shortText(status));
            stateBox.setVisible(status.state() != SessionState.NONE);
            stateBox.setManaged(status.state() != SessionState.NONE);
            getStyleClass().removeIf(c -> c.startsWith("session-"));
            getStyleClass().add(SessionStates.styleClass(status.state()));
            String description = states.description(status);
            tooltip.setText(item.name() + " — " + description);
            setTooltip(tooltip);
            setAccessibleText(item.name() + ", " + description);
        }
    }
}
