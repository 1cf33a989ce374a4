package io.tokenrefresher.ui.claims;

import io.tokenrefresher.core.jwt.SavedVerificationKey;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Asks for the key to check signatures with: none, an HMAC secret (plain or Base64), a PEM public key or
 * certificate pasted in, or a JWKS address; and the algorithm when the key type allows a choice; and
 * whether to remember the key for the profile shown. Opens on the key in use. Built in code: a grid.
 */
public final class SignatureKeyDialog {
    private final SignatureViewModel signature;
    private final ResourceBundle bundle;

    public SignatureKeyDialog(SignatureViewModel signature, ResourceBundle bundle) {
        this.signature = signature;
        this.bundle = bundle;
    }

    public void ask(Window owner) {
        ChoiceBox<SignatureViewModel.KeyType> type = new ChoiceBox<>();
        type.setId("signatureKeyType");
        type.getItems().setAll(SignatureViewModel.KeyType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(SignatureViewModel.KeyType t) {
                return t == null ? "" : bundle.getString("signature.keyType." + t.name());
            }

            @Override
            public SignatureViewModel.KeyType fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        type.setValue(SignatureViewModel.KeyType.HMAC);
        TextArea key = new TextArea();
        key.setId("signatureKeyText");
        key.setPrefRowCount(4);
        key.setPrefColumnCount(44);
        key.setWrapText(true);
        key.setPromptText(bundle.getString("signature.key.prompt"));
        CheckBox base64 = new CheckBox(bundle.getString("signature.key.base64"));
        base64.setId("signatureKeyBase64");
        base64.disableProperty().bind(type.valueProperty().isNotEqualTo(SignatureViewModel.KeyType.HMAC));
        ComboBox<String> algorithm = new ComboBox<>();
        algorithm.getItems().setAll("", "HS256", "HS384", "HS512", "RS256", "RS384", "RS512");
        algorithm.setValue("");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // "密钥、PEM 或 URL" was cut to "密钥、…"
        grid.getColumnConstraints().add(labels);
        grid.addRow(0, new Label(bundle.getString("signature.key.type")), type);
        grid.addRow(1, new Label(bundle.getString("signature.key.value")), key);
        grid.add(base64, 1, 2);
        grid.addRow(3, new Label(bundle.getString("signature.key.algorithm")), algorithm);
        Label note = new Label(bundle.getString("signature.key.note"));
        note.setWrapText(true);
        note.getStyleClass().add("caption");
        note.setMaxWidth(520);
        grid.add(note, 0, 4, 2, 1);
        CheckBox remember = new CheckBox(bundle.getString("signature.key.remember"));
        remember.setId("signatureKeyRemember");
        remember.setWrapText(true);
        remember.setMaxWidth(520);
        remember.setSelected(signature.isRemembered());
        remember.setDisable(!signature.canRemember());
        if (!signature.canRemember()) {
            remember.setTooltip(new Tooltip(bundle.getString("signature.key.rememberNoProfile")));
        }
        grid.add(remember, 0, 5, 2, 1);
        SavedVerificationKey inUse = signature.enteredKey();
        if (inUse != null) {
            type.setValue(SignatureViewModel.KeyType.valueOf(inUse.type().name()));
            key.setText(inUse.text());
            base64.setSelected(inUse.base64());
            algorithm.setValue(inUse.algorithm() == null ? "" : inUse.algorithm());
        }

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("signature.key.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> signature.useKey(type.getValue(),
                key.getText(), base64.isSelected(), algorithm.getValue().isEmpty() ? null : algorithm.getValue(),
                remember.isSelected()));
    }
}
