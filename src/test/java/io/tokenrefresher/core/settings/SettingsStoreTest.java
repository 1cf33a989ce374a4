package io.tokenrefresher.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tokenrefresher.core.profile.AppDirectories;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.settings.AppSettings.FontSize;
import io.tokenrefresher.core.settings.AppSettings.Language;
import io.tokenrefresher.core.settings.AppSettings.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private Path dir() {
        return home.resolve("token-refresher");
    }

    private SettingsStore store() {
        return new SettingsStore(dir(), CLOCK);
    }

    private void write(String json) throws IOException {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve(SettingsStore.FILE_NAME), json, StandardCharsets.UTF_8);
    }

    @Test
    void noFileGivesTheDefaultsAndWritesNothing() {
        assertThat(store().load()).isEqualTo(AppSettings.DEFAULTS)
                .isEqualTo(new AppSettings(Language.SYSTEM, Theme.SYSTEM, FontSize.NORMAL));
        assertThat(dir()).doesNotExist();
    }

    @Test
    void roundTrip() throws IOException {
        AppSettings chosen = new AppSettings(Language.SIMPLIFIED_CHINESE, Theme.DARK, FontSize.LARGE);
        store().save(chosen);

        assertThat(store().load()).isEqualTo(chosen);
        assertThat(Files.readString(store().file())).contains("\"theme\" : \"DARK\"", "\"fontSize\" : \"LARGE\"",
                "\"language\" : \"SIMPLIFIED_CHINESE\"");
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files).as("no temp file left").containsExactly(store().file());
        }
    }

    @Test
    void theFileIsOwnerOnlyOnPosix() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        store().save(AppSettings.DEFAULTS);

        assertThat(Files.getPosixFilePermissions(store().file())).hasSize(2);
    }

    @Test
    void unknownValuesAndWrongTypesFallBackToTheirDefaultsOneByOne() throws IOException {
        write("{\"language\": \"KLINGON\", \"theme\": \"dark\", \"fontSize\": 3}");

        assertThat(store().load()).isEqualTo(new AppSettings(Language.SYSTEM, Theme.DARK, FontSize.NORMAL));
    }

    @Test
    void desktopNotificationsAreOnByDefaultAndTurnedOffTheySurviveARoundTrip() throws IOException {
        assertThat(AppSettings.DEFAULTS.desktopNotifications()).isTrue();
        write("{\"theme\": \"DARK\"}");
        assertThat(store().load().desktopNotifications()).as("a file from before the switch existed").isTrue();

        store().save(new AppSettings(Language.ENGLISH, Theme.DARK, FontSize.LARGE).withDesktopNotifications(false));

        assertThat(Files.readString(store().file())).contains("\"desktopNotifications\" : false");
        assertThat(store().load()).isEqualTo(new AppSettings(Language.ENGLISH, Theme.DARK, FontSize.LARGE, false));
    }

    @Test
    void aDesktopNotificationsValueThatIsNotTrueOrFalseReadsAsOn() throws IOException {
        for (String odd : List.of("\"false\"", "0", "null", "\"off\"", "{}")) {
            write("{\"desktopNotifications\": " + odd + ", \"theme\": \"LIGHT\"}");

            AppSettings loaded = store().load();

            assertThat(loaded.desktopNotifications()).as(odd).isTrue();
            assertThat(loaded.theme()).as("the rest is read as usual").isEqualTo(Theme.LIGHT);
        }
    }

    @Test
    void unknownFieldsSurviveASave() throws IOException {
        write("{\"theme\": \"LIGHT\", \"fromANewerVersion\": {\"x\": 1}}");
        SettingsStore store = store();
        AppSettings loaded = store.load();

        store.save(loaded.withFontSize(FontSize.LARGE));

        assertThat(Files.readString(store.file())).contains("fromANewerVersion", "\"LARGE\"", "\"LIGHT\"");
    }

    @Test
    void aDamagedFileGivesTheDefaultsAndIsKeptAside() throws IOException {
        write("{\"theme\": \"DARK\", oops");

        assertThat(store().load()).isEqualTo(AppSettings.DEFAULTS);
        Path aside = dir().resolve("settings.json.corrupt-20261125T093005Z");
        assertThat(aside).hasContent("{\"theme\": \"DARK\", oops");
        assertThat(store().file()).doesNotExist();
    }

    @Test
    void jsonThatIsNotAnObjectIsTreatedAsDamaged() throws IOException {
        for (String notSettings : new String[] {"[1, 2]", "\"dark\"", "null", ""}) {
            write(notSettings);
            SettingsStore store = store();
            assertThat(store.load()).as(notSettings).isEqualTo(AppSettings.DEFAULTS);
            assertThat(store.file()).as(notSettings).doesNotExist();
            Files.deleteIfExists(dir().resolve("settings.json.corrupt-20261125T093005Z"));
        }
    }

    @Test
    void aDamagedFileThatCannotBeMovedAsideIsNotOverwritten() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        write("not json");
        dir().toFile().setWritable(false);
        try {
            assumeTrue(!Files.isWritable(dir()), "running as a user who can write anywhere");
            SettingsStore store = store();
            assertThat(store.load()).isEqualTo(AppSettings.DEFAULTS);

            assertThatThrownBy(() -> store.save(AppSettings.DEFAULTS)).isInstanceOf(IOException.class);
            assertThat(store.file()).hasContent("not json");
        } finally {
            dir().toFile().setWritable(true);
        }
    }

    @Test
    void theFileLivesNextToProfilesJsonInEveryFolderRule() {
        for (Map<String, String> env : List.of(
                Map.of(AppDirectories.HOME_OVERRIDE_VARIABLE, home.resolve("portable").toString()),
                Map.of("XDG_CONFIG_HOME", home.resolve("xdg").toString()),
                Map.<String, String>of())) {
            AppDirectories dirs = AppDirectories.resolve(env, "Linux", home.toString());
            Path settings = new SettingsStore(dirs.configDirectory()).file();

            assertThat(settings.getParent()).isEqualTo(dirs.profilesFile().getParent());
            assertThat(dirs.profilesFile().getFileName()).hasToString(ProfileStore.FILE_NAME);
            assertThat(settings.getFileName()).hasToString("settings.json");
        }
    }

    @Test
    void languagesGiveTheirLocales() {
        assertThat(Language.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.GERMANY);
        assertThat(Language.ENGLISH.locale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.SIMPLIFIED_CHINESE.locale(Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Theme.SYSTEM.isDark(true)).isTrue();
        assertThat(Theme.SYSTEM.isDark(false)).isFalse();
        assertThat(Theme.LIGHT.isDark(true)).isFalse();
        assertThat(Theme.DARK.isDark(false)).isTrue();
    }
}
