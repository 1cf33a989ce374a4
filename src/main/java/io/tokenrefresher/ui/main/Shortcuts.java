package io.tokenrefresher.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the main window, in one place: registered on the scene's accelerators, shown
 * in the buttons' tooltips and listed by the F1 help. A shortcut fires the part's own button by its
 * {@code fx:id} (so it does what a click does, and nothing while the button is disabled) or focuses a
 * field; the profile shortcuts choose through the profile selector. A node that is absent (the settings
 * button before the settings dialog exists) makes its shortcut do nothing.
 * {@link KeyCombination#SHORTCUT_DOWN} is Ctrl, and Cmd on macOS.
 */
final class Shortcuts {
    /** One shortcut: its keys, the bundle key of what it does, and the action. */
    /** @param buttonId the button it fires, whose tooltip names the keys; null for other actions */
    record Shortcut(KeyCombination keys, String labelKey, Runnable action, String buttonId) {
        Shortcut(KeyCombination keys, String labelKey, Runnable action) {
            this(keys, labelKey, action, null);
        }
    }

    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;
    private static final KeyCombination NEXT_PROFILE = new KeyCodeCombination(KeyCode.TAB, SHORTCUT);

    private final Parent root;
    private final List<Shortcut> all = new ArrayList<>();

    /** @param help opens or closes the shortcut list */
    Shortcuts(Parent root, Runnable help) {
        this.root = root;
        fire(new KeyCodeCombination(KeyCode.ENTER, SHORTCUT), "shortcuts.refresh", "#refreshButton");
        fire(new KeyCodeCombination(KeyCode.ESCAPE), "shortcuts.cancel", "#cancelButton");
        fire(new KeyCodeCombination(KeyCode.C, SHORTCUT, SHIFT), "shortcuts.copyAccess", "#copyAccessButton");
        fire(new KeyCodeCombination(KeyCode.H, SHORTCUT, SHIFT), "shortcuts.copyHeader", "#copyHeaderButton");
        fire(new KeyCodeCombination(KeyCode.U, SHORTCUT, SHIFT), "shortcuts.useRefresh", "#useRefreshButton");
        focus(new KeyCodeCombination(KeyCode.L, SHORTCUT), "shortcuts.focusGateway", "#gatewayField");
        focus(new KeyCodeCombination(KeyCode.T, SHORTCUT), "shortcuts.focusRefreshToken", "#refreshTokenField");
        for (int n = 1; n <= 9; n++) {
            int index = n - 1;
            // listed once in the help ("Ctrl+1 … 9"), registered for each digit
            all.add(new Shortcut(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n)), SHORTCUT),
                    n == 1 ? "shortcuts.profileN" : null, () -> selectProfile(index)));
        }
        all.add(new Shortcut(NEXT_PROFILE, "shortcuts.nextProfile",
                this::nextProfile));
        fire(new KeyCodeCombination(KeyCode.L, SHORTCUT, SHIFT), "shortcuts.login", "#loginButton");
        fire(new KeyCodeCombination(KeyCode.A, SHORTCUT, SHIFT), "shortcuts.advanced", "#advancedToggle");
        fire(new KeyCodeCombination(KeyCode.E, SHORTCUT), "shortcuts.editProfile", "#editProfileButton");
        fire(new KeyCodeCombination(KeyCode.COMMA, SHORTCUT), "shortcuts.settings", "#settingsButton");
        all.add(new Shortcut(new KeyCodeCombination(KeyCode.F1), "shortcuts.help", help));
    }

    /**
     * Registers every shortcut on the scene's accelerators, and names it in its button's tooltip once the
     * first layout has built the parts' skins (a split or tab pane shows its content only then).
     * Ctrl+Tab is taken before the focused field sees it: a text area or a tab pane would use it to move on.
     */
    void install(Scene scene, ResourceBundle bundle) {
        all.stream().filter(s -> !s.keys().equals(NEXT_PROFILE))
                .forEach(s -> scene.getAccelerators().put(s.keys(), s.action()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEXT_PROFILE.match(e)) {
                e.consume();
                nextProfile();
            }
        });
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            nameInTooltips(bundle);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void nameInTooltips(ResourceBundle bundle) {
        for (Shortcut s : all) {
            if (s.buttonId() != null && root.lookup(s.buttonId()) instanceof Control control) {
                nameInTooltip(control, bundle.getString(s.labelKey()), keysOf(s.labelKey()));
            }
        }
        if (root.lookup("#profileSelector") instanceof Control selector) {
            nameInTooltip(selector, bundle.getString("shortcuts.profileN"), keysOf("shortcuts.profileN"));
        }
    }

    /** The shortcuts as the help lists them: keys as the platform writes them, and what they do. */
    List<String[]> listing(ResourceBundle bundle) {
        return all.stream().filter(s -> s.labelKey() != null)
                .map(s -> new String[] {keysOf(s.labelKey()), bundle.getString(s.labelKey())})
                .toList();
    }

    private String keysOf(String labelKey) {
        for (Shortcut s : all) {
            if (labelKey.equals(s.labelKey())) {
                // JavaFX writes Enter as "↵", which testers read past; Ctrl+Enter is how they say it
                String keys = s.keys().getDisplayText().replace("↵", "Enter");
                return labelKey.equals("shortcuts.profileN") ? keys + " … 9" : keys;
            }
        }
        return "";
    }

    private static void nameInTooltip(Control control, String label, String keys) {
        Tooltip tooltip = control.getTooltip();
        if (tooltip == null) {
            control.setTooltip(new Tooltip(label + " (" + keys + ")"));
        } else if (!tooltip.getText().contains(keys)) {
            tooltip.setText(tooltip.getText() + " (" + keys + ")");
        }
    }

    private void fire(KeyCombination keys, String labelKey, String buttonId) {
        all.add(new Shortcut(keys, labelKey, () -> {
            if (root.lookup(buttonId) instanceof ButtonBase button && button.isVisible()) {
                button.fire();
            }
        }, buttonId));
    }

    private void focus(KeyCombination keys, String labelKey, String fieldId) {
        all.add(new Shortcut(keys, labelKey, () -> {
            Node node = root.lookup(fieldId);
            if (node != null) {
                node.requestFocus();
                if (node instanceof TextInputControl field) {
                    field.selectAll();
                }
            }
        }));
    }

    private void selectProfile(int index) {
        ComboBox<?> selector = profileSelector();
        if (selector != null && index < selector.getItems().size()) {
            selector.getSelectionModel().select(index);
        }
    }

    private void nextProfile() {
        ComboBox<?> selector = profileSelector();
        if (selector != null && !selector.getItems().isEmpty()) {
            int at = selector.getSelectionModel().getSelectedIndex();
            selector.getSelectionModel().select((at + 1) % selector.getItems().size());
        }
    }

    private ComboBox<?> profileSelector() {
        return root.lookup("#profileSelector") instanceof ComboBox<?> box && !box.isDisabled() ? box : null;
    }
}
