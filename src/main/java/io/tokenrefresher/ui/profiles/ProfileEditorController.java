package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.handoff.SaberVersion;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.profile.EnvironmentColour;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.ui.common.GatewayKindForm;
import io.tokenrefresher.ui.common.RequestForm;
import java.io.File;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.util.StringConverter;

/** Binds {@code profile-editor.fxml} to a {@link ProfileEditorViewModel}; the draft's logic lives there. */
public final class ProfileEditorController {
    private final ProfileEditorViewModel viewModel;
    private final ResourceBundle bundle;
    /** Held here: a bidirectional binding keeps only weak references. */
    private ObjectProperty<Integer> timeout;

    @FXML private DialogPane profileEditor;
    @FXML private ButtonType saveButtonType;
    @FXML private ScrollPane editorScroll;
    @FXML private TextField editorName;
    @FXML private TextField editorGateway;
    @FXML private TextField editorTokenPath;
    @FXML private TextField editorScope;
    @FXML private ComboBox<ParameterPlacement> editorPlacement;
    @FXML private TextField editorClientId;
    @FXML private PasswordField editorClientSecret;
    @FXML private TextField editorTenantId;
    @FXML private TextArea editorHeaders;
    @FXML private Spinner<Integer> editorTimeout;
    @FXML private ComboBox<TlsTrust.Mode> editorTlsMode;
    @FXML private TextField editorCaFile;
    @FXML private Button browseCaFileButton;
    @FXML private Label trustAllWarning;
    @FXML private ComboBox<ProxySetting.Mode> editorProxyMode;
    @FXML private TextField editorProxy;
    @FXML private ComboBox<EnvironmentColour> editorColour;
    @FXML private TextArea editorNotes;
    @FXML private CheckBox editorRemember;
    @FXML private CheckBox editorMd5;
    @FXML private ComboBox<GatewayPreset> editorPreset;
    @FXML private TextField editorCaptchaPath;
    @FXML private CheckBox editorCaptchaLogin;
    @FXML private CheckBox editorSm2;
    @FXML private TextField editorSm2Key;
    @FXML private ComboBox<HeaderFormat> editorHeaderFormat;
    @FXML private TextField editorTestUrl;
    @FXML private ComboBox<SaberVersion> editorSaberVersion;
    @FXML private Label editorProblem;

    public ProfileEditorController(ProfileEditorViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        RequestForm form = viewModel.form();
        editorName.textProperty().bindBidirectional(viewModel.nameProperty());
        editorGateway.textProperty().bindBidirectional(form.gatewayProperty());
        editorTokenPath.textProperty().bindBidirectional(form.tokenPathProperty());
        editorScope.textProperty().bindBidirectional(form.scopeProperty());
        choices(editorPlacement, ParameterPlacement.values(), form.placementProperty(), p -> "placement." + p.name());
        editorClientId.textProperty().bindBidirectional(form.clientIdProperty());
        editorClientSecret.textProperty().bindBidirectional(form.clientSecretProperty());
        editorClientSecret.disableProperty().bind(viewModel.secretReadyProperty().not());
        editorClientSecret.promptTextProperty().bind(viewModel.secretPromptProperty());
        editorTenantId.textProperty().bindBidirectional(form.tenantIdProperty());
        editorHeaders.textProperty().bindBidirectional(form.extraHeadersProperty());
        timeout = form.timeoutSecondsProperty().asObject();
        editorTimeout.getValueFactory().valueProperty().bindBidirectional(timeout);

        choices(editorTlsMode, TlsTrust.Mode.values(), viewModel.tlsModeProperty(), m -> "editor.tls." + m.name());
        editorCaFile.textProperty().bindBidirectional(viewModel.caFileProperty());
        editorCaFile.disableProperty().bind(viewModel.tlsModeProperty().isNotEqualTo(TlsTrust.Mode.CA_FILE));
        browseCaFileButton.disableProperty().bind(editorCaFile.disableProperty());
        trustAllWarning.visibleProperty().bind(viewModel.tlsModeProperty().isEqualTo(TlsTrust.Mode.TRUST_ALL));
        trustAllWarning.managedProperty().bind(trustAllWarning.visibleProperty());
        choices(editorProxyMode, ProxySetting.Mode.values(), viewModel.proxyModeProperty(),
                m -> "editor.proxy." + m.name());
        editorProxy.textProperty().bindBidirectional(viewModel.proxyHostPortProperty());
        editorProxy.disableProperty().bind(viewModel.proxyModeProperty().isNotEqualTo(ProxySetting.Mode.MANUAL));

        choices(editorColour, EnvironmentColour.values(), viewModel.colourProperty(), EnvironmentColour::key);
        editorNotes.textProperty().bindBidirectional(viewModel.notesProperty());
        editorRemember.selectedProperty().bindBidirectional(viewModel.rememberProperty());
        editorMd5.selectedProperty().bindBidirectional(form.md5PasswordProperty());

        GatewayKindForm kind = form.kind();
        choices(editorPreset, GatewayPreset.values(), kind.presetProperty(), p -> "preset." + p.id());
        editorCaptchaPath.textProperty().bindBidirectional(kind.captchaPathProperty());
        editorCaptchaLogin.selectedProperty().bindBidirectional(kind.captchaLoginProperty());
        editorSm2.selectedProperty().bindBidirectional(kind.sm2PasswordProperty());
        editorSm2Key.textProperty().bindBidirectional(kind.sm2PublicKeyProperty());
        editorSm2Key.disableProperty().bind(kind.sm2PasswordProperty().not());
        choices(editorHeaderFormat, HeaderFormat.values(), kind.headerFormatProperty(),
                f -> "headerFormat." + f.id());
        editorTestUrl.textProperty().bindBidirectional(kind.testUrlProperty());
        choices(editorSaberVersion, SaberVersion.values(), kind.saberVersionProperty(), v -> "saberVersion." + v.id());

        editorProblem.textProperty().bind(viewModel.problemProperty());
        profileEditor.lookupButton(saveButtonType).disableProperty().bind(viewModel.canSaveProperty().not());
        double screenHeight = Screen.getPrimary().getVisualBounds().getHeight();
        editorScroll.setPrefViewportHeight(Math.min(640, screenHeight - 160));
    }

    @FXML
    private void browseCaFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PEM", "*.pem", "*.crt", "*.cer"));
        File chosen = chooser.showOpenDialog(profileEditor.getScene().getWindow());
        if (chosen != null) {
            viewModel.caFileProperty().set(chosen.getAbsolutePath());
        }
    }

    private <T> void choices(ComboBox<T> box, T[] values, ObjectProperty<T> value, Function<T, String> key) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : bundle.getString(key.apply(item));
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        box.valueProperty().bindBidirectional(value);
    }
}
