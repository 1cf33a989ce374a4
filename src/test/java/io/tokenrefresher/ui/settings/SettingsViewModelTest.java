package io.tokenrefresher.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.settings.AppSettings;
import io.tokenrefresher.core.settings.AppSettings.FontSize;
import io.tokenrefresher.core.settings.AppSettings.Language;
import io.tokenrefresher.core.settings.AppSettings.Theme;
import io.tokenrefresher.core.settings.SettingsStore;
import io.tokenrefresher.ui.common.Tasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings dialog's state without a window: work runs at once on the test's thread, or waits in a queue. */
class SettingsViewModelTest {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.tokenrefresher.i18n.messages",
            Locale.ENGLISH);

    @TempDir
    Path dir;

    private final AtomicBoolean systemDark = new AtomicBoolean();
    private final AtomicInteger systemAsked = new AtomicInteger();
    private final List<Runnable> diskQueue = new ArrayList<>();

    private SettingsViewModel viewModel(AppSettings initial, boolean startedDark, Executor disk) {
        SettingsStore store = new SettingsStore(dir);
        return new SettingsViewModel(initial, startedDark, () -> store, () -> {
            systemAsked.incrementAndGet();
            return systemDark.get();
        }, Tasks.sameThread(), disk, Runnable::run, BUNDLE);
    }

    private SettingsViewModel viewModel(AppSettings initial) {
        return viewModel(initial, false, Runnable::run);
    }

    @Test
    void startsWithTheSettingsTheAppStartedWith() {
        AppSettings initial = new AppSettings(Language.ENGLISH, Theme.DARK, FontSize.LARGE);
        SettingsViewModel vm = viewModel(initial);

        assertThat(vm.current()).isEqualTo(initial);
        assertThat(vm.darkProperty().get()).isTrue();
        assertThat(vm.restartNeededProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(dir.resolve(SettingsStore.FILE_NAME)).as("nothing saved before a change").doesNotExist();
    }

    @Test
    void eachChangeIsSavedAtOnce() {
        SettingsViewModel vm = viewModel(AppSettings.DEFAULTS);

        vm.themeProperty().set(Theme.DARK);
        assertThat(new SettingsStore(dir).load().theme()).isEqualTo(Theme.DARK);

        vm.fontSizeProperty().set(FontSize.LARGE);
        vm.languageProperty().set(Language.SIMPLIFIED_CHINESE);
        assertThat(new SettingsStore(dir).load())
                .isEqualTo(new AppSettings(Language.SIMPLIFIED_CHINESE, Theme.DARK, FontSize.LARGE));
    }

    @Test
    void theDesktopNotificationsSwitchStartsAsSavedAndEachFlipIsSaved() {
        SettingsViewModel vm = viewModel(AppSettings.DEFAULTS.withDesktopNotifications(false));
        assertThat(vm.desktopNotificationsProperty().get()).isFalse();

        vm.desktopNotificationsProperty().set(true);
        assertThat(new SettingsStore(dir).load().desktopNotifications()).isTrue();

        vm.desktopNotificationsProperty().set(false);
        assertThat(new SettingsStore(dir).load()).isEqualTo(AppSettings.DEFAULTS.withDesktopNotifications(false));
        assertThat(vm.current().desktopNotifications()).isFalse();
    }

    @Test
    void savesRunOnTheDiskExecutorInOrder() {
        SettingsViewModel vm = viewModel(AppSettings.DEFAULTS, false, diskQueue::add);

        vm.themeProperty().set(Theme.DARK);
        vm.themeProperty().set(Theme.LIGHT);
        assertThat(dir.resolve(SettingsStore.FILE_NAME)).as("not on the caller's thread").doesNotExist();

        diskQueue.forEach(Runnable::run);
        assertThat(new SettingsStore(dir).load().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void darkFollowsTheThemeAndTheSystem() {
        SettingsViewModel vm = viewModel(AppSettings.DEFAULTS, true, Runnable::run);
        assertThat(vm.darkProperty().get()).as("following a dark OS").isTrue();

        vm.themeProperty().set(Theme.LIGHT);
        assertThat(vm.darkProperty().get()).isFalse();
        vm.themeProperty().set(Theme.DARK);
        assertThat(vm.darkProperty().get()).isTrue();
        assertThat(systemAsked).hasValue(0);

        // back to "follow the system": the OS is asked again, it went light meanwhile
        systemDark.set(false);
        vm.themeProperty().set(Theme.SYSTEM);
        assertThat(systemAsked).hasValue(1);
        assertThat(vm.darkProperty().get()).isFalse();
    }

    @Test
    void aNewLanguageNeedsARestartAndGoingBackDoesNot() {
        SettingsViewModel vm = viewModel(AppSettings.DEFAULTS);

        vm.languageProperty().set(Language.ENGLISH);
        assertThat(vm.restartNeededProperty().get()).isTrue();

        vm.languageProperty().set(Language.SYSTEM);
        assertThat(vm.restartNeededProperty().get()).isFalse();
    }

    @Test
    void aFailedSaveIsShownAndTheNextGoodOneClearsIt() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file where the folder should be");
        SettingsStore unwritable = new SettingsStore(dir.resolve("blocker").resolve("token-refresher"));
        AtomicBoolean broken = new AtomicBoolean(true);
        SettingsStore good = new SettingsStore(dir);
        SettingsViewModel vm = new SettingsViewModel(AppSettings.DEFAULTS, false,
                () -> broken.get() ? unwritable : good, () -> false, Tasks.sameThread(), Runnable::run,
                Runnable::run, BUNDLE);

        vm.fontSizeProperty().set(FontSize.LARGE);
        assertThat(vm.problemProperty().get()).startsWith("The settings could not be saved:");
        assertThat(vm.fontSizeProperty().get()).as("still applied").isEqualTo(FontSize.LARGE);

        broken.set(false);
        vm.themeProperty().set(Theme.DARK);
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(good.load()).isEqualTo(new AppSettings(Language.SYSTEM, Theme.DARK, FontSize.LARGE));
    }
}
