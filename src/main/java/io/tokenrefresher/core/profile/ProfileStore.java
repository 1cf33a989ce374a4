package io.tokenrefresher.core.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tokenrefresher.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes {@code profiles.json} in one folder.
 *
 * <p>Writing is atomic ({@link AtomicFiles}): a crash at any point leaves either the old or the new
 * file, never half of one. Before the file is replaced, the previous good copy is kept as
 * {@code profiles.json.bak}. The folder is created 0700.
 *
 * <p>Reading never fails: a damaged or unreadable file is moved aside to
 * {@code profiles.json.corrupt-<timestamp>}, the backup is loaded when it is good, else the app starts
 * with the example profile; the {@link LoadReport} says what happened. Nothing is deleted, except
 * temp files left by an interrupted write.
 *
 * <p>Blocking file I/O: call off the FX thread.
 */
public final class ProfileStore {

    public static final String FILE_NAME = "profiles.json";
    public static final String BACKUP_NAME = FILE_NAME + ".bak";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The contents and what happened while reading them. */
    public record Loaded(ProfilesFile contents, LoadReport report) {
    }

    private final Path directory;
    private final Clock clock;
    private final AtomicFiles.WriteHook writeHook;
    private final ObjectMapper mapper = mapper();
    /** True when the file on disk is known good, so it may become the backup before it is replaced. */
    private boolean fileOnDiskIsGood;
    private boolean savingBlocked;

    public ProfileStore(Path directory, Clock clock, AtomicFiles.WriteHook writeHook) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writeHook = Objects.requireNonNull(writeHook, "writeHook");
    }

    public ProfileStore(Path directory) {
        this(directory, Clock.systemUTC(), AtomicFiles.WriteHook.NONE);
    }

    /** The mapper for profiles and exports: lenient reading (unknown fields and enum values), indented writing. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public Path directory() {
        return directory;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    public Path backupFile() {
        return directory.resolve(BACKUP_NAME);
    }

    public synchronized Loaded load() {
        savingBlocked = false;
        fileOnDiskIsGood = false;
        AtomicFiles.deleteInterruptedWrites(directory, FILE_NAME);
        Path file = file();
        if (!Files.exists(file)) {
            return loadWithoutFile(file);
        }
        try {
            ProfilesFile contents = read(file);
            fileOnDiskIsGood = true;
            if (contents.schemaVersion() > ProfilesFile.CURRENT_SCHEMA_VERSION) {
                Path copy = keepCopyOfNewerFile(file, contents.schemaVersion());
                return new Loaded(contents, new LoadReport(LoadReport.Outcome.NEWER_VERSION, file, copy, null,
                        null, "", false));
            }
            return new Loaded(contents, LoadReport.of(LoadReport.Outcome.LOADED, file));
        } catch (IOException damaged) {
            return recover(file, damaged);
        }
    }

    /**
     * Writes the file atomically, keeping the previous good copy as {@code .bak}. Writes nothing when
     * the contents are unchanged. Throws when the disk refuses; the file on disk is then unchanged.
     */
    public synchronized void save(ProfilesFile contents) throws IOException {
        if (savingBlocked) {
            throw new IOException(file() + " could not be read or moved aside; move it away to save again");
        }
        ProfilesFile current = new ProfilesFile(ProfilesFile.CURRENT_SCHEMA_VERSION, contents.lastUsedProfileId(),
                contents.window(), contents.profiles(), contents.secrets(), contents.secretsInFileNoticeShown());
        byte[] bytes = mapper.writeValueAsBytes(current);
        Path file = file();
        AtomicFiles.ensureDirectory(directory);
        if (Files.exists(file)) {
            byte[] onDisk = Files.readAllBytes(file);
            if (Arrays.equals(onDisk, bytes)) {
                fileOnDiskIsGood = true;
                return;
            }
            if (fileOnDiskIsGood) {
                AtomicFiles.write(backupFile(), onDisk, writeHook);
            }
        }
        AtomicFiles.write(file, bytes, writeHook);
        fileOnDiskIsGood = true;
    }

    private Loaded loadWithoutFile(Path file) {
        Path backup = backupFile();
        if (!Files.exists(backup)) {
            return new Loaded(ProfilesFile.firstRun(), LoadReport.of(LoadReport.Outcome.FIRST_RUN, file));
        }
        try {
            return new Loaded(read(backup), LoadReport.of(LoadReport.Outcome.MISSING_RESTORED_FROM_BACKUP, file));
        } catch (IOException damagedBackup) {
            Path backupAside = moveAside(backup);
            return new Loaded(ProfilesFile.firstRun(), new LoadReport(LoadReport.Outcome.STARTED_FRESH, file, null,
                    backupAside, problemOf(damagedBackup), detailOf(damagedBackup), false));
        }
    }

    private Loaded recover(Path file, IOException damaged) {
        Path aside = moveAside(file);
        savingBlocked = aside == null;
        LoadReport.Problem problem = problemOf(damaged);
        String detail = detailOf(damaged);
        Path backup = backupFile();
        if (Files.exists(backup)) {
            try {
                ProfilesFile fromBackup = read(backup);
                return new Loaded(fromBackup, new LoadReport(LoadReport.Outcome.RESTORED_FROM_BACKUP, file, aside,
                        null, problem, detail, savingBlocked));
            } catch (IOException damagedBackup) {
                Path backupAside = moveAside(backup);
                return new Loaded(ProfilesFile.firstRun(), new LoadReport(LoadReport.Outcome.STARTED_FRESH, file,
                        aside, backupAside, problem, detail, savingBlocked));
            }
        }
        return new Loaded(ProfilesFile.firstRun(), new LoadReport(LoadReport.Outcome.STARTED_FRESH, file, aside,
                null, problem, detail, savingBlocked));
    }

    private ProfilesFile read(Path path) throws IOException {
        ProfilesFile contents = mapper.readValue(Files.readAllBytes(path), ProfilesFile.class);
        if (contents == null) {
            throw MismatchedInputException.from(null, ProfilesFile.class, "the file is empty or null");
        }
        return withUniqueIds(contents);
    }

    /** A hand-merged file may repeat an id; ids must be unique, so later repeats get fresh ones. */
    private static ProfilesFile withUniqueIds(ProfilesFile contents) {
        Set<String> seen = new HashSet<>();
        List<GatewayProfile> unique = new ArrayList<>();
        for (GatewayProfile profile : contents.profiles()) {
            unique.add(seen.add(profile.id()) ? profile : profile.withNewId());
        }
        return new ProfilesFile(contents.schemaVersion(), contents.lastUsedProfileId(), contents.window(), unique,
                contents.secrets(), contents.secretsInFileNoticeShown());
    }

    private static LoadReport.Problem problemOf(IOException e) {
        if (e instanceof MismatchedInputException) {
            return LoadReport.Problem.NOT_A_PROFILES_FILE;
        }
        return e instanceof JsonProcessingException ? LoadReport.Problem.NOT_JSON : LoadReport.Problem.UNREADABLE;
    }

    /**
     * Where the file went wrong, without quoting it: a damaged file may hold a secret, and Jackson's
     * own messages quote the text they could not read.
     */
    private static String detailOf(IOException e) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation location = json.getLocation();
            return location == null || location.getLineNr() < 1
                    ? ""
                    : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Renames {@code path} to {@code <name>.corrupt-<timestamp>}; null when even that fails. */
    private Path moveAside(Path path) {
        String base = path.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        for (int attempt = 0; attempt < 100; attempt++) {
            Path target = path.resolveSibling(attempt == 0 ? base : base + "-" + attempt);
            if (Files.exists(target)) {
                continue;
            }
            try {
                return Files.move(path, target);
            } catch (FileAlreadyExistsException taken) {
                // raced with another instance: try the next name
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private Path keepCopyOfNewerFile(Path file, int version) {
        Path copy = file.resolveSibling(FILE_NAME + ".v" + version);
        try {
            if (!Files.exists(copy)) {
                AtomicFiles.write(copy, Files.readAllBytes(file), writeHook);
            }
            return copy;
        } catch (IOException e) {
            return null;
        }
    }
}
