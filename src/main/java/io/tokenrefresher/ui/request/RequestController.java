package io.tokenrefresher.ui.request;

import io.tokenrefresher.core.negative.NegativeCase;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.ui.common.Nodes;
import io.tokenrefresher.ui.common.RequestForm;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * The request area: the form, the pasted token, Refresh / Cancel / Log in, and the status line.
 * Log in and About open dialogs of other parts: the window hands them in as actions.
 */
public final class RequestController {
    /** A local gateway answers in milliseconds: a spinner flashed for one frame is noise. */
    private static final Duration SPINNER_DELAY = Duration.ofMillis(200);

    private final RequestForm form;
    private final PastedTokenViewModel pasted;
    private final ExchangeViewModel exchange;
    private final Runnable refresh;
    private final ResourceBundle bundle;
    private Runnable logIn = () -> {
    };
    private Runnable about = () -> {
    };
    private Consumer<List<NegativeCase>> negativeTests = cases -> {
    };
    /** Counts busy changes, so a delayed "show the spinner" from an earlier request is ignored. */
    private long busyChanges;

    @FXML private TextField gatewayField;
    @FXML private TextField tokenPathField;
    @FXML private TextField scopeField;
    @FXML private ComboBox<ParameterPlacement> placementBox;
    @FXML private TextArea refreshTokenField;
    @FXML private Label pastedNoticeLabel;
    @FXML private TextField clientIdField;
    @FXML private PasswordField clientSecretField;
    @FXML private TextField tenantIdField;
    @FXML private TextArea extraHeadersField;
    @FXML private Spinner<Integer> timeoutSpinner;
    private final ObservableBooleanValue autoLearnedForm;
    @FXML private Button refreshButton;
    @FXML private ToggleButton autoRefreshToggle;
    @FXML private Spinner<Integer> autoRefreshLeadSpinner;
    @FXML private Button cancelButton;
    @FXML private Button loginButton;
    @FXML private Button aboutButton;
    @FXML private MenuButton negativeTestsButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private TextArea statusDetailsArea;
    @FXML private ToggleButton detailsToggle;
    @FXML private ToggleButton advancedToggle;
    @FXML private GridPane advancedPane;

    /** @param refresh sends the refresh (the window's composer decides with which session) */
    public RequestController(RequestForm form, PastedTokenViewModel pasted, ExchangeViewModel exchange,
                             Runnable refresh, ResourceBundle bundle) {
        this(form, pasted, exchange, refresh, bundle, new SimpleBooleanProperty(false));
    }

    /** @param autoLearnedForm Auto goes straight to a form body for this endpoint: shown as "Auto (form)" */
    public RequestController(RequestForm form, PastedTokenViewModel pasted, ExchangeViewModel exchange,
                             Runnable refresh, ResourceBundle bundle, ObservableBooleanValue autoLearnedForm) {
        this.autoLearnedForm = autoLearnedForm;
        this.form = form;
        this.pasted = pasted;
        this.exchange = exchange;
        this.refresh = refresh;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        bindForm();
        refreshButton.disableProperty().bind(exchange.busyProperty());
        refreshButton.setOnAction(e -> refresh.run());
        cancelButton.disableProperty().bind(exchange.busyProperty().not());
        cancelButton.setOnAction(e -> exchange.cancel());
        loginButton.disableProperty().bind(exchange.busyProperty());
        loginButton.setOnAction(e -> logIn.run());
        aboutButton.setOnAction(e -> about.run());
        negativeTestsMenu();
        bindStatus();
        advancedPane.visibleProperty().bind(advancedToggle.selectedProperty());
        advancedPane.managedProperty().bind(advancedPane.visibleProperty());
        // Tab leaves the text areas like any field (a tab is never part of a token or a header line)
        Nodes.tabLeaves(refreshTokenField);
        Nodes.tabLeaves(extraHeadersField);
        refreshTokenField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                Platform.runLater(gatewayField::requestFocus);
            }
        });
    }

    private void bindForm() {
        gatewayField.textProperty().bindBidirectional(form.gatewayProperty());
        tokenPathField.textProperty().bindBidirectional(form.tokenPathProperty());
        scopeField.textProperty().bindBidirectional(form.scopeProperty());
        clientIdField.textProperty().bindBidirectional(form.clientIdProperty());
        clientSecretField.textProperty().bindBidirectional(form.clientSecretProperty());
        tenantIdField.textProperty().bindBidirectional(form.tenantIdProperty());
        extraHeadersField.textProperty().bindBidirectional(form.extraHeadersProperty());
        refreshTokenField.textProperty().bindBidirectional(pasted.inputProperty());
        placementBox.getItems().setAll(ParameterPlacement.values());
        placementBox.setConverter(placementLabels());
        // a new converter redraws the shown value: "Auto" becomes "Auto (form)" once the form was learned
        autoLearnedForm.addListener((o, was, learned) -> placementBox.setConverter(placementLabels()));
        placementBox.valueProperty().bindBidirectional(form.placementProperty());
        bindInteger(timeoutSpinner, 1, 600, form.timeoutSecondsProperty());
        autoRefreshToggle.selectedProperty().bindBidirectional(form.autoRefreshProperty());
        bindInteger(autoRefreshLeadSpinner, 0, 3600, form.autoRefreshLeadSecondsProperty());
    }

    private StringConverter<ParameterPlacement> placementLabels() {
        return Nodes.labelled(p -> p == ParameterPlacement.AUTO && autoLearnedForm.get()
                ? bundle.getString("placement.autoForm") : bundle.getString("placement." + p.name()));
    }

    private static void bindInteger(Spinner<Integer> spinner, int min, int max, IntegerProperty property) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get());
        spinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                property.set(b);
            }
        });
        property.addListener((o, a, b) -> values.setValue(b.intValue()));
    }

    private void bindStatus() {
        // a fixed size and an idle (determinate) state: an unmanaged indeterminate spinner can lay itself
        // out at an unbounded size, which froze the first show() of the window
        busyIndicator.setMinSize(18, 18);
        busyIndicator.setMaxSize(18, 18);
        // the spinner appears only once a request has taken SPINNER_DELAY; the status line says
        // "Sending..." at once anyway
        showSpinner(false);
        exchange.busyProperty().addListener((o, was, busy) -> {
            long change = ++busyChanges;
            if (busy) {
                CompletableFuture.delayedExecutor(SPINNER_DELAY.toMillis(), TimeUnit.MILLISECONDS, Platform::runLater)
                        .execute(() -> showSpinner(change == busyChanges && exchange.busyProperty().get()));
            } else {
                showSpinner(false);
            }
        });
        statusLabel.textProperty().bind(exchange.statusProperty());
        Nodes.styleBy(statusLabel, exchange.statusKindProperty());
        statusDetailsArea.textProperty().bind(exchange.statusDetailsProperty());
        Nodes.showWhenNotEmpty(detailsToggle, statusDetailsArea.textProperty());
        statusDetailsArea.visibleProperty().bind(detailsToggle.visibleProperty().and(detailsToggle.selectedProperty()));
        statusDetailsArea.managedProperty().bind(statusDetailsArea.visibleProperty());
        // a screen reader announces the status as it changes, the details as its help
        statusLabel.setAccessibleRole(AccessibleRole.TEXT);
        statusLabel.setAccessibleRoleDescription(bundle.getString("main.status.role"));
        statusLabel.accessibleTextProperty().bind(exchange.statusProperty());
        statusLabel.accessibleHelpProperty().bind(exchange.statusDetailsProperty());
        pastedNoticeLabel.textProperty().bind(pasted.noticeProperty());
        Nodes.styleBy(pastedNoticeLabel, pasted.noticeKindProperty());
        Nodes.showWhenNotEmpty(pastedNoticeLabel, pastedNoticeLabel.textProperty());
    }

    private void showSpinner(boolean show) {
        busyIndicator.setProgress(show ? ProgressIndicator.INDETERMINATE_PROGRESS : 0);
        busyIndicator.setVisible(show);
    }

    /** What the Log in button does (opens the log-in dialog). */
    public void setOnLogIn(Runnable action) {
        this.logIn = action;
    }

    /** Run all, then one item per case; the cases run through {@link #setOnNegativeTests}. */
    private void negativeTestsMenu() {
        negativeTestsButton.disableProperty().bind(exchange.busyProperty());
        MenuItem all = new MenuItem(bundle.getString("negative.runAll"));
        all.setId("runAllNegativeTests");
        all.setOnAction(e -> negativeTests.accept(List.of(NegativeCase.values())));
        negativeTestsButton.getItems().setAll(all, new SeparatorMenuItem());
        for (NegativeCase c : NegativeCase.values()) {
            MenuItem one = new MenuItem(bundle.getString("negative.case." + c.name()));
            one.setOnAction(e -> negativeTests.accept(List.of(c)));
            negativeTestsButton.getItems().add(one);
        }
    }

    /** What the Negative tests menu does with the cases picked. */
    public void setOnNegativeTests(Consumer<List<NegativeCase>> action) {
        this.negativeTests = action;
    }

    /** What the About button does. */
    public void setOnAbout(Runnable action) {
        this.about = action;
    }
}
