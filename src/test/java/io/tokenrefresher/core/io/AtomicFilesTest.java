package io.tokenrefresher.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesAndReplacesAndLeavesNoTempFile() throws IOException {
        Path file = dir.resolve("settings.json");

        AtomicFiles.write(file, utf8("{\"a\":1}"));
        AtomicFiles.write(file, utf8("{\"a\":2}"));

        assertThat(Files.readString(file)).isEqualTo("{\"a\":2}");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aWriteThatFailsBeforeTheMoveLeavesTheOldFileAndNoTempFile() throws IOException {
        Path file = dir.resolve("settings.json");
        AtomicFiles.write(file, utf8("old"));

        assertThatThrownBy(() -> AtomicFiles.write(file, utf8("new"), (temp, target) -> {
            assertThat(Files.readString(temp)).isEqualTo("new");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void filesAndFoldersAreTheUsersOnlyOnPosix() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = dir.resolve("a/b");

        AtomicFiles.ensureDirectory(folder);
        AtomicFiles.write(folder.resolve("x.json"), utf8("{}"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("x.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void leftoversOfAnInterruptedWriteAreDeletedOnlyForThatFile() throws IOException {
        Files.writeString(dir.resolve("profiles.json.123.tmp"), "half");
        Files.writeString(dir.resolve("settings.json.456.tmp"), "half");

        AtomicFiles.deleteInterruptedWrites(dir, "profiles.json");

        assertThat(dir.resolve("profiles.json.123.tmp")).doesNotExist();
        assertThat(dir.resolve("settings.json.456.tmp")).exists();
    }
}
