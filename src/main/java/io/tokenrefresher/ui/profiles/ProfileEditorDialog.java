package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.profile.Client;
import io.tokenrefresher.core.profile.Connection;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.EnvironmentColour;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.Presentation;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.secret.SecretRead;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.concurrent.Task;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Edits every setting of one profile as a draft: nothing changes until OK, and OK stays disabled
 * while a value is invalid (with the reason shown). The dialog pane's id is {@code profileEditor}.
 */
public final class ProfileEditorDialog {
    private final ProfilesViewModel viewModel;
    private final ResourceBundle bundle;

    public ProfileEditorDialog(ProfilesViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public void edit(Window owner, GatewayProfile profile) {
        if (profile == null) {
            return;
        }
        viewModel.flush();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(MessageFormat.format(text("editor.title"), profile.name()));
        dialog.getDialogPane().setId("profileEditor");
        dialog.setResizable(true);
        ButtonType save = new ButtonType(text("editor.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        Endpoint endpoint = profile.endpoint();
        Client client = profile.client();
        Connection connection = profile.connection();
        TextField name = field("editorName", profile.name());
        TextField gateway = field("editorGateway", endpoint.gateway());
        gateway.setPromptText(text("main.gateway.prompt"));
        TextField tokenPath = field("editorTokenPath", endpoint.tokenPath());
        TextField scope = field("editorScope", endpoint.scope());
        ComboBox<ParameterPlacement> placement = combo("editorPlacement", ParameterPlacement.values(),
                endpoint.placement(), p -> text("placement." + p.name()));
        TextField clientId = field("editorClientId", client.clientId());
        PasswordField clientSecret = new PasswordField();
        clientSecret.setId("editorClientSecret");
        clientSecret.setDisable(true);
        clientSecret.setPromptText(text("editor.secret.reading"));
        TextField tenantId = field("editorTenantId", client.tenantId());
        TextArea headers = new TextArea(HeaderLine.toLines(endpoint.extraHeaders()));
        headers.setId("editorHeaders");
        headers.setPrefRowCount(2);
        headers.setPromptText(text("main.headers.prompt"));
        headers.getStyleClass().add("token-text");
        Spinner<Integer> timeout = new Spinner<>(1, 600, endpoint.timeoutSeconds());
        timeout.setId("editorTimeout");
        timeout.setEditable(true);

        ComboBox<TlsTrust.Mode> tlsMode = combo("editorTlsMode", TlsTrust.Mode.values(), connection.tlsTrust().mode(),
                m -> text("editor.tls." + m.name()));
        String savedCaFile = connection.tlsTrust().caFile();
        TextField caFile = field("editorCaFile", savedCaFile == null ? "" : savedCaFile);
        caFile.setPromptText(text("editor.tls.caFile.prompt"));
        Button browse = new Button(text("editor.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PEM", "*.pem", "*.crt", "*.cer"));
            File f = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                caFile.setText(f.getAbsolutePath());
            }
        });
        caFile.disableProperty().bind(tlsMode.valueProperty().isNotEqualTo(TlsTrust.Mode.CA_FILE));
        browse.disableProperty().bind(caFile.disableProperty());
        Label trustAllWarning = new Label(text("editor.tls.trustAllWarning"));
        trustAllWarning.getStyleClass().add("status-error");
        trustAllWarning.setWrapText(true);
        trustAllWarning.visibleProperty().bind(tlsMode.valueProperty().isEqualTo(TlsTrust.Mode.TRUST_ALL));
        trustAllWarning.managedProperty().bind(trustAllWarning.visibleProperty());

        ComboBox<ProxySetting.Mode> proxyMode = combo("editorProxyMode", ProxySetting.Mode.values(),
                connection.proxy().mode(), m -> text("editor.proxy." + m.name()));
        TextField proxyHostPort = field("editorProxy", connection.proxy().mode() == ProxySetting.Mode.MANUAL
                ? connection.proxy().hostPort() : "");
        proxyHostPort.setPromptText("proxy.example.com:8080");
        proxyHostPort.disableProperty().bind(proxyMode.valueProperty().isNotEqualTo(ProxySetting.Mode.MANUAL));

        ComboBox<EnvironmentColour> colour = combo("editorColour", EnvironmentColour.values(),
                profile.presentation().colour(), c -> text(c.key()));
        TextArea notes = new TextArea(profile.presentation().notes());
        notes.setId("editorNotes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        CheckBox remember = new CheckBox(text("editor.remember"));
        remember.setId("editorRemember");
        remember.setSelected(profile.rememberRefreshToken());
        CheckBox md5 = new CheckBox(text("login.md5"));
        md5.setId("editorMd5");
        md5.setSelected(client.md5Password());

        Label problem = new Label();
        problem.setId("editorProblem");
        problem.getStyleClass().add("status-error");
        problem.setWrapText(true);
        StringBinding why = Bindings.createStringBinding(() -> {
            String n = viewModel.checkName(name.getText(), profile);
            if (n != null) {
                return n;
            }
            if (tlsMode.getValue() == TlsTrust.Mode.CA_FILE) {
                if (caFile.getText().isBlank()) {
                    return text("editor.tls.caFile.missing");
                }
                if (!Files.isReadable(Path.of(caFile.getText().strip()))) {
                    return MessageFormat.format(text("editor.tls.caFile.unreadable"), caFile.getText().strip());
                }
            }
            if (proxyMode.getValue() == ProxySetting.Mode.MANUAL
                    && ProxySetting.parseHostPort(proxyHostPort.getText()) == null) {
                return text("editor.proxy.invalid");
            }
            return "";
        }, name.textProperty(), tlsMode.valueProperty(), caFile.textProperty(), proxyMode.valueProperty(),
                proxyHostPort.textProperty());
        problem.textProperty().bind(why);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(why.isNotEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(7);
        grid.setPadding(new Insets(12, 16, 8, 16));
        int row = 0;
        grid.addRow(row++, label("profiles.name"), name);
        grid.addRow(row++, label("main.gateway"), gateway);
        grid.addRow(row++, label("main.tokenPath"), tokenPath);
        grid.addRow(row++, label("main.scope"), scope);
        grid.addRow(row++, label("main.placement"), placement);
        grid.addRow(row++, label("main.clientId"), clientId);
        grid.addRow(row++, label("main.clientSecret"), clientSecret);
        grid.addRow(row++, label("main.tenantId"), tenantId);
        grid.addRow(row++, label("main.headers"), headers);
        grid.addRow(row++, label("main.timeout"), timeout);
        HBox caRow = new HBox(6, caFile, browse);
        HBox.setHgrow(caFile, Priority.ALWAYS);
        grid.addRow(row++, label("editor.tls"), new HBox(6, tlsMode));
        grid.addRow(row++, label("editor.tls.caFile"), caRow);
        grid.add(trustAllWarning, 1, row++);
        grid.addRow(row++, label("editor.proxy"), new HBox(6, proxyMode, proxyHostPort));
        grid.addRow(row++, label("editor.colour"), colour);
        grid.addRow(row++, label("editor.notes"), notes);
        grid.add(remember, 1, row++);
        grid.add(md5, 1, row++);
        grid.add(problem, 1, row);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(360);
        grid.getColumnConstraints().setAll(labels, values);
        remember.setWrapText(true);
        md5.setWrapText(true);
        // scrolls on small screens (a 1024x700 laptop) instead of running off the bottom
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        double screenHeight = Screen.getPrimary().getVisualBounds().getHeight();
        scroll.setPrefViewportHeight(Math.min(640, screenHeight - 160));
        scroll.setPrefViewportWidth(640);
        dialog.getDialogPane().setContent(scroll);

        boolean[] secretTouched = {false};
        Task<SecretRead> readSecret = new Task<>() {
            @Override
            protected SecretRead call() {
                return viewModel.readClientSecret(profile);
            }
        };
        readSecret.setOnSucceeded(e -> {
            SecretRead read = readSecret.getValue();
            clientSecret.setDisable(false);
            clientSecret.setPromptText("");
            if (read instanceof SecretRead.Found found) {
                clientSecret.setText(found.value());
            } else if (read instanceof SecretRead.CouldNotRead failed) {
                clientSecret.setPromptText(MessageFormat.format(text("editor.secret.unreadable"),
                        text("secret.problem." + failed.problem().key())));
            }
            clientSecret.textProperty().addListener((o, a, b) -> secretTouched[0] = true);
        });
        readSecret.setOnFailed(e -> clientSecret.setDisable(false));
        Thread reader = new Thread(readSecret, "profile-editor-secret");
        reader.setDaemon(true);
        reader.start();

        if (dialog.showAndWait().filter(b -> b == save).isEmpty()) {
            return;
        }
        TlsTrust tls = switch (tlsMode.getValue()) {
            case CA_FILE -> TlsTrust.caFile(caFile.getText().strip());
            case TRUST_ALL -> TlsTrust.TRUST_ALL;
            default -> TlsTrust.SYSTEM;
        };
        ProxySetting proxy = switch (proxyMode.getValue()) {
            case MANUAL -> ProxySetting.parseHostPort(proxyHostPort.getText());
            case NONE -> ProxySetting.NONE;
            default -> ProxySetting.SYSTEM;
        };
        GatewayProfile edited = new GatewayProfile(profile.id(), name.getText(),
                new Endpoint(gateway.getText(), tokenPath.getText(), scope.getText(), placement.getValue(),
                        HeaderLine.parseLines(headers.getText()), timeout.getValue()),
                new Client(clientId.getText(), tenantId.getText(), md5.isSelected()),
                new Connection(tls, proxy),
                new Presentation(colour.getValue(), notes.getText()),
                remember.isSelected());
        // the stored secret changes only when the user typed in the field: an unreadable one is never emptied
        viewModel.applyEdit(edited, secretTouched[0] ? clientSecret.getText() : null);
    }

    private TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        return f;
    }

    private <T> ComboBox<T> combo(String id, T[] values, T value, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        return box;
    }

    private Label label(String key) {
        return new Label(text(key));
    }

    private String text(String key) {
        return bundle.getString(key);
    }
}
