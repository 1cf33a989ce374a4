package io.tokenrefresher.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.tokenrefresher.core.settings.AppSettings.FontSize;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Applies the theme and the font size to every window, at once and whenever they change:
 * <ul>
 * <li>the theme is AtlantaFX Primer Light or Dark as the user-agent stylesheet (all windows, dialogs
 *     too); {@code app.css} only uses its looked-up colours, so it follows;</li>
 * <li>each window's root gets the app's stylesheet and the style classes {@value #FONT_LARGE} (app.css
 *     sets a larger {@code -fx-font-size} there, and every other size is in em) and {@value #THEME_DARK}
 *     (for the few colours AtlantaFX has no name for).</li>
 * </ul>
 * Windows opened later (dialogs) are styled as they show. {@link #close()} stops following.
 */
public final class Appearance implements AutoCloseable {
    public static final String FONT_LARGE = "font-large";
    public static final String THEME_DARK = "theme-dark";

    private final SettingsViewModel settings;
    private final String stylesheet;
    private final InvalidationListener restyle = o -> apply();
    private final ListChangeListener<Window> windowsShown = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::style);
        }
    };

    private Appearance(SettingsViewModel settings, String stylesheet) {
        this.settings = settings;
        this.stylesheet = stylesheet;
    }

    /** Styles every window now and from now on, following {@code settings}. */
    public static Appearance follow(SettingsViewModel settings, String stylesheet) {
        Appearance appearance = new Appearance(settings, stylesheet);
        settings.darkProperty().addListener(appearance.restyle);
        settings.fontSizeProperty().addListener(appearance.restyle);
        Window.getWindows().addListener(appearance.windowsShown);
        appearance.apply();
        return appearance;
    }

    /** The user-agent stylesheet of a theme: Primer Dark or Primer Light. */
    public static String themeStylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** Styles one scene (a window not shown yet, say) as the settings say. */
    public void style(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().addAll(stylesheet, MonospaceFont.stylesheet());
        }
        Parent root = scene.getRoot();
        if (root != null) {
            toggle(root, FONT_LARGE, settings.fontSizeProperty().get() == FontSize.LARGE);
            toggle(root, THEME_DARK, settings.darkProperty().get());
        }
    }

    private void apply() {
        String theme = themeStylesheet(settings.darkProperty().get());
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
        Window.getWindows().forEach(this::style);
    }

    /** Stages only: a popup (a combo box's list, a menu) takes its styles from the node that owns it. */
    private void style(Window window) {
        if (window instanceof Stage) {
            style(window.getScene());
        }
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }

    @Override
    public void close() {
        settings.darkProperty().removeListener(restyle);
        settings.fontSizeProperty().removeListener(restyle);
        Window.getWindows().removeListener(windowsShown);
    }
}
