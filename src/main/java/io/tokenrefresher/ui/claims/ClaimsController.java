package io.tokenrefresher.ui.claims;

import io.tokenrefresher.ui.common.ClaimRowView;
import io.tokenrefresher.ui.common.Nodes;
import io.tokenrefresher.ui.common.TableCells;
import io.tokenrefresher.ui.common.TableWarmUp;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import io.tokenrefresher.core.history.ClaimChange;
import java.util.Locale;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/** The claims table, the token it shows, and the "not verified" and pair-check chips. */
public final class ClaimsController {
    private final ClaimsViewModel claims;
    private final SignatureViewModel signature;
    private final ResourceBundle bundle;

    @FXML private ComboBox<ClaimsSource> claimsSourceBox;
    @FXML private Label signatureLabel;
    @FXML private Label pairCheckLabel;
    @FXML private TableView<ClaimRowView> claimsTable;
    @FXML private TableColumn<ClaimRowView, String> claimSectionColumn;
    @FXML private TableColumn<ClaimRowView, String> claimNameColumn;
    @FXML private TableColumn<ClaimRowView, String> claimValueColumn;
    @FXML private TableColumn<ClaimRowView, String> claimRawColumn;
    @FXML private Label claimExplanation;
    @FXML private Label signatureBadge;
    @FXML private Button signatureKeyButton;
    @FXML private Label signatureWarnings;

    public ClaimsController(ClaimsViewModel claims, SignatureViewModel signature, ResourceBundle bundle) {
        this.claims = claims;
        this.signature = signature;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        claimsSourceBox.getItems().setAll(ClaimsSource.values());
        claimsSourceBox.setConverter(Nodes.labelled(s -> bundle.getString(s.messageKey())));
        claimsSourceBox.valueProperty().bindBidirectional(claims.sourceProperty());
        signatureLabel.textProperty().bind(claims.noticeProperty());
        Nodes.showWhenNotEmpty(signatureLabel, signatureLabel.textProperty());
        pairCheckLabel.textProperty().bind(claims.pairCheckProperty());
        Nodes.styleBy(pairCheckLabel, claims.pairCheckKindProperty());
        Nodes.showWhenNotEmpty(pairCheckLabel, pairCheckLabel.textProperty());
        claimsTable.setItems(claims.rows());
        claimSectionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().section()));
        claimNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        claimValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        claimRawColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().raw()));
        claimsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Part and Claim widen to what they show (Part whole, a long claim name up to a limit); Value and
        // Raw share the rest and shorten in the middle, the whole text in a tooltip
        TableCells.ellipsized(claimSectionColumn, 160);
        TableCells.ellipsized(claimNameColumn, 200);
        TableCells.ellipsized(claimValueColumn, 0);
        TableCells.ellipsized(claimRawColumn, 0);
        Nodes.enableRowCopy(claimsTable);
        TableCells.copyMenu(claimsTable, bundle);
        markDifferences();
        explainClaims();
        showSignature();
    }

    /** The verdict for the key entered (it replaces the "not verified" notice), the warnings, the Key button. */
    private void showSignature() {
        signatureBadge.textProperty().bind(signature.badgeProperty());
        Nodes.styleBy(signatureBadge, signature.badgeKindProperty());
        Nodes.showWhenNotEmpty(signatureBadge, signatureBadge.textProperty());
        signatureLabel.textProperty().unbind();
        signatureLabel.textProperty().bind(Bindings.when(signature.badgeProperty().isEmpty())
                .then(claims.noticeProperty()).otherwise(""));
        signatureWarnings.textProperty().bind(Bindings.when(signature.keyProblemProperty().isEmpty())
                .then(signature.warningsProperty()).otherwise(signature.keyProblemProperty()));
        Nodes.showWhenNotEmpty(signatureWarnings, signatureWarnings.textProperty());
        signatureKeyButton.setOnAction(e -> new SignatureKeyDialog(signature, bundle)
                .ask(signatureKeyButton.getScene().getWindow()));
    }

    /** The meaning of the claim under the pointer, else of the selected one, below the table. */
    private void explainClaims() {
        claimsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> claims.select(row));
        Callback<TableView<ClaimRowView>, TableRow<ClaimRowView>> rows = claimsTable.getRowFactory();
        claimsTable.setRowFactory(table -> {
            TableRow<ClaimRowView> row = rows.call(table);
            row.hoverProperty().addListener((obs, was, hovered) -> claims.point(hovered ? row.getItem() : null));
            return row;
        });
        claimExplanation.textProperty().bind(Bindings.when(claims.explanationProperty().isEmpty())
                .then(bundle.getString("claims.explain.caption")).otherwise(claims.explanationProperty()));
    }

    /** Lays the table out once with made-up rows, then puts its rows back (see {@link TableWarmUp}). */
    public void warmUp() {
        TableWarmUp.run(claimsTable);
    }

    /**
     * Marks a claim row when the claim changed, appeared or went away since the session's previous
     * token, on top of the rows the copy menu makes.
     */
    private void markDifferences() {
        var base = claimsTable.getRowFactory();
        claimsTable.setRowFactory(table -> {
            TableRow<ClaimRowView> row = base.call(table);
            Tooltip tooltip = new Tooltip();
            row.itemProperty().addListener((o, old, item) -> {
                row.getStyleClass().removeIf(c -> c.startsWith("claim-diff-"));
                var change = item == null ? Optional.<ClaimChange.Kind>empty() : claims.changeOf(item);
                change.ifPresentOrElse(kind -> {
                    String text = bundle.getString("claims.diff." + kind.name().toLowerCase(Locale.ROOT));
                    row.getStyleClass().add("claim-diff-" + kind.name().toLowerCase(Locale.ROOT));
                    tooltip.setText(text);
                    row.setTooltip(tooltip);
                    row.setAccessibleText(item.name() + ", " + text);
                }, () -> {
                    row.setTooltip(null);
                    row.setAccessibleText(null);
                });
            });
            return row;
        });
    }
}
