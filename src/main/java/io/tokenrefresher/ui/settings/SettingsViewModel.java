package io.tokenrefresher.ui.settings;

import io.tokenrefresher.core.settings.AppSettings;
import io.tokenrefresher.core.settings.AppSettings.FontSize;
import io.tokenrefresher.core.settings.AppSettings.Language;
import io.tokenrefresher.core.settings.AppSettings.Theme;
import io.tokenrefresher.core.settings.SettingsStore;
import io.tokenrefresher.ui.common.Tasks;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Settings dialog's state: language, theme, font size and the desktop notifications switch, each saved to {@code settings.json} as
 * soon as it changes (on the disk executor, in order). Theme and font size are applied at once by
 * {@link Appearance}, which follows {@link #darkProperty()} and {@link #fontSizeProperty()}; the language
 * is used from the next start on ({@link #restartNeededProperty()}).
 */
public final class SettingsViewModel {
    private final Supplier<SettingsStore> store;
    private final BooleanSupplier systemIsDark;
    private final Tasks tasks;
    private final Executor disk;
    private final Executor background;
    private final ResourceBundle bundle;
    private final Language startLanguage;

    // ---- Properties ----
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<FontSize> fontSize = new SimpleObjectProperty<>();
    private final BooleanProperty desktopNotifications = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper systemDark = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper restartNeeded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /**
     * @param initial      the settings the app started with
     * @param startedDark  whether the OS was dark at start (asked before the window showed)
     * @param store        the settings file; built and used on {@code disk} only
     * @param systemIsDark asks the OS again (on {@code background}) when the user picks "follow the system"
     */
    public SettingsViewModel(AppSettings initial, boolean startedDark, Supplier<SettingsStore> store,
            BooleanSupplier systemIsDark, Tasks tasks, Executor disk, Executor background, ResourceBundle bundle) {
        this.store = store;
        this.systemIsDark = systemIsDark;
        this.tasks = tasks;
        this.disk = disk;
        this.background = background;
        this.bundle = bundle;
        this.startLanguage = initial.language();
        language.set(initial.language());
        theme.set(initial.theme());
        fontSize.set(initial.fontSize());
        desktopNotifications.set(initial.desktopNotifications());
        systemDark.set(startedDark);
        dark.bind(Bindings.createBooleanBinding(() -> theme.get().isDark(systemDark.get()), theme, systemDark));
        restartNeeded.bind(language.isNotEqualTo(startLanguage));

        language.addListener((o, old, value) -> save());
        fontSize.addListener((o, old, value) -> save());
        desktopNotifications.addListener((o, old, value) -> save());
        theme.addListener((o, old, value) -> {
            if (value == Theme.SYSTEM) {
                askTheSystem();
            }
            save();
        });
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<FontSize> fontSizeProperty() {
        return fontSize;
    }

    /** Whether session events also show as desktop notifications; the window shows them either way. */
    public BooleanProperty desktopNotificationsProperty() {
        return desktopNotifications;
    }

    /** Whether the window shows dark colours now: the theme chosen, or the OS's when it follows the OS. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** The language differs from the one the app started with: it shows after a restart. */
    public ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded.getReadOnlyProperty();
    }

    /** Why the last change could not be saved; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public AppSettings current() {
        return new AppSettings(language.get(), theme.get(), fontSize.get(), desktopNotifications.get());
    }

    // ---- Commands ----

    private void save() {
        AppSettings settings = current();
        tasks.run(() -> store.get().save(settings))
                .onSuccess(done -> problem.set(""))
                .onError(e -> problem.set(MessageFormat.format(bundle.getString("settings.saveFailed"),
                        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))))
                .runOn(disk);
    }

    private void askTheSystem() {
        tasks.call(systemIsDark::getAsBoolean)
                .onSuccess(systemDark::set)
                .runOn(background);
    }
}
