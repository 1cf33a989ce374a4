package io.tokenrefresher.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** Small node helpers the controllers share: styling by status, hiding empty labels, the clipboard. */
public final class Nodes {
    private static final List<String> STATUS_CLASSES = Arrays.stream(StatusKind.values())
            .map(StatusKind::styleClass).toList();
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private Nodes() {
    }

    /** Keeps the node's {@code status-*} style class in step with {@code kind}. */
    public static void styleBy(Node node, ObservableObjectValue<StatusKind> kind) {
        Runnable apply = () -> {
            node.getStyleClass().removeAll(STATUS_CLASSES);
            if (kind.get() != null) {
                node.getStyleClass().add(kind.get().styleClass());
            }
        };
        kind.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    /** Shows the node, and gives it room in the layout, only while {@code text} is not empty. */
    public static void showWhenNotEmpty(Node node, ObservableStringValue text) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> text.get() != null && !text.get().isEmpty(), text));
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A converter that shows each value by {@code label}; for combo boxes that are not editable. */
    public static <T> StringConverter<T> labelled(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** Puts {@code text} on the clipboard and says "Copied" on the button for a moment. */
    public static void copy(String text, Labeled source, String copiedLabel) {
        putOnClipboard(text);
        String original = source.getText();
        source.setText(copiedLabel);
        new Timeline(new KeyFrame(Duration.millis(1200), e -> source.setText(original))).play();
    }

    public static void putOnClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Tab and Shift+Tab move the focus out of {@code area} to the next or previous field in the window's
     * order, instead of typing a tab: Ctrl+Tab, JavaFX's way out of a text area, switches profiles here.
     */
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()
                    && !e.isShortcutDown()) {
                e.consume();
                focusNeighbour(area, e.isShiftDown() ? -1 : 1);
            }
        });
    }

    /** Focuses the focusable node {@code step} places after {@code from} in scene-graph order (as Tab does). */
    static void focusNeighbour(Node from, int step) {
        if (from.getScene() == null) {
            return;
        }
        List<Node> order = new ArrayList<>();
        collectFocusable(from.getScene().getRoot(), order);
        int at = order.indexOf(from);
        if (at >= 0 && order.size() > 1) {
            order.get(Math.floorMod(at + step, order.size())).requestFocus();
        }
    }

    private static void collectFocusable(Node node, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            out.add(node);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectFocusable(child, out));
        }
    }

    /** Several rows can be selected, and Ctrl+C copies them as {@code name<TAB>value} lines. */
    public static void enableRowCopy(TableView<ClaimRowView> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                String text = table.getSelectionModel().getSelectedItems().stream()
                        .map(r -> r.name() + "\t" + r.value())
                        .collect(Collectors.joining("\n"));
                if (!text.isEmpty()) {
                    putOnClipboard(text);
                }
                e.consume();
            }
        });
    }
}
