package io.tokenrefresher.ui.exchange;

import io.tokenrefresher.core.oauth.exchange.RequestCommands;
import io.tokenrefresher.ui.common.Nodes;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;

/** The raw exchange: the text, Reveal, Copy, and Copy as cURL / cmd / PowerShell / HTTPie. */
public final class ExchangeController {
    private final WireExchangeViewModel exchange;
    private final ResourceBundle bundle;

    @FXML private TextArea exchangeText;
    @FXML private ToggleButton revealButton;
    @FXML private Button copyExchangeButton;
    @FXML private MenuButton copyAsButton;
    @FXML private MenuItem copyCurlItem;
    @FXML private MenuItem copyCmdItem;
    @FXML private MenuItem copyPowerShellItem;
    @FXML private MenuItem copyHttpieItem;
    @FXML private CheckMenuItem withSecretsItem;
    @FXML private Label skewLabel;

    public ExchangeController(WireExchangeViewModel exchange, ResourceBundle bundle) {
        this.exchange = exchange;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        exchangeText.textProperty().bind(exchange.textProperty());
        revealButton.selectedProperty().bindBidirectional(exchange.revealProperty());
        withSecretsItem.selectedProperty().bindBidirectional(exchange.withSecretsProperty());
        copyAsButton.disableProperty().bind(exchange.hasRequestProperty().not());
        copyExchangeButton.disableProperty().bind(exchange.hasRequestProperty().not());
        copyExchangeButton.setOnAction(e -> Nodes.copy(exchange.copyText(), copyExchangeButton,
                bundle.getString("result.copied")));
        copyCurlItem.setOnAction(e -> copyAs(RequestCommands.Shell.CURL_BASH));
        copyCmdItem.setOnAction(e -> copyAs(RequestCommands.Shell.CURL_CMD));
        copyPowerShellItem.setOnAction(e -> copyAs(RequestCommands.Shell.POWERSHELL));
        copyHttpieItem.setOnAction(e -> copyAs(RequestCommands.Shell.HTTPIE));
        skewLabel.textProperty().bind(exchange.skewNoteProperty());
        Nodes.showWhenNotEmpty(skewLabel, skewLabel.textProperty());
    }

    private void copyAs(RequestCommands.Shell shell) {
        Nodes.putOnClipboard(exchange.command(shell));
    }
}
