package io.tokenrefresher.core.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.io.AtomicFiles;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes {@code settings.json} in the folder of {@code profiles.json}.
 *
 * <p>Reading never throws: a missing file gives the defaults; a file that is not a JSON object is moved
 * aside to {@code settings.json.corrupt-<timestamp>} (so the next save does not overwrite it silently)
 * and gives the defaults; a field with an unknown value or of the wrong type gives that field's default.
 * Unknown fields are kept on the next save, so a newer version's settings survive a round trip through
 * this one.
 *
 * <p>Writing is atomic: a temp file in the same folder, flushed, then moved over the old one.
 *
 * <p>Blocking file I/O: call off the FX thread.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;
    /** Built on first use: at a first start there is no file, and Jackson's start-up then stays off the launch. */
    private ObjectMapper mapper;
    /** The fields of the file as last read, unknown ones included. */
    private ObjectNode lastRead;
    /** A damaged file that could not be moved aside is not overwritten: the user may want it back. */
    private boolean savingBlocked;

    public SettingsStore(Path directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SettingsStore(Path directory) {
        this(directory, Clock.systemUTC());
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        }
        return mapper;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    public synchronized AppSettings load() {
        AtomicFiles.deleteInterruptedWrites(directory, FILE_NAME);
        Path file = file();
        JsonNode tree;
        try {
            byte[] bytes = Files.readAllBytes(file); // first: a missing file needs no JSON parser
            tree = mapper().readTree(bytes);
        } catch (NoSuchFileException missing) {
            return AppSettings.DEFAULTS;
        } catch (IOException damaged) {
            tree = null;
        }
        if (!(tree instanceof ObjectNode object)) {
            Path aside = moveAside(file);
            savingBlocked = aside == null;
            // the class only: a damaged file's text is not quoted anywhere
            LOG.log(Level.WARNING, "settings.json is not a settings file; default settings used, "
                    + (aside == null ? "the file left in place" : "the file kept as " + aside.getFileName()));
            return AppSettings.DEFAULTS;
        }
        lastRead = object;
        savingBlocked = false;
        return new AppSettings(
                value(object, "language", AppSettings.Language.class),
                value(object, "theme", AppSettings.Theme.class),
                value(object, "fontSize", AppSettings.FontSize.class),
                flag(object, "desktopNotifications", AppSettings.DEFAULTS.desktopNotifications()));
    }

    /** Writes the settings atomically; throws when the disk refuses, leaving the old file as it was. */
    public synchronized void save(AppSettings settings) throws IOException {
        if (savingBlocked) {
            throw new IOException(FILE_NAME + " could not be read or moved aside; move it away to save again");
        }
        ObjectNode tree = lastRead == null ? mapper().createObjectNode() : lastRead.deepCopy();
        tree.put("language", settings.language().name());
        tree.put("theme", settings.theme().name());
        tree.put("fontSize", settings.fontSize().name());
        tree.put("desktopNotifications", settings.desktopNotifications());
        AtomicFiles.ensureDirectory(directory);
        AtomicFiles.write(file(), mapper().writeValueAsBytes(tree));
        lastRead = tree;
    }

    private static <E extends Enum<E>> E value(ObjectNode tree, String field, Class<E> type) {
        JsonNode node = tree.get(field);
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return Enum.valueOf(type, node.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A JSON true or false; anything else (a string, a number, missing) is the default. */
    private static boolean flag(ObjectNode tree, String field, boolean fallback) {
        JsonNode node = tree.get(field);
        return node != null && node.isBoolean() ? node.booleanValue() : fallback;
    }

    /** Renames the damaged file so the next save does not replace it unseen; null when that fails. */
    private Path moveAside(Path file) {
        Path target = file.resolveSibling(FILE_NAME + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            return Files.move(file, target);
        } catch (IOException e) {
            return null;
        }
    }
}
