package io.tokenrefresher.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold the user's state, written so that a crash at any point leaves either the old or the
 * new file, never half of one: a temp file in the same folder (0600 from creation on POSIX), flushed to
 * disk, then moved over the old file in one step, and the folder synced. Folders are created 0700.
 * Blocking file I/O: call off the FX thread.
 */
public final class AtomicFiles {
    private static final String TEMP_SUFFIX = ".tmp";

    /** Called after the temp file is written and flushed, before it is moved into place; for tests. */
    @FunctionalInterface
    public interface WriteHook {
        WriteHook NONE = (temp, target) -> {
        };

        void beforeMove(Path temp, Path target) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Creates {@code directory} (and its parents) readable only by the user, when it is missing. */
    public static void ensureDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (isPosix(directory)) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** Replaces {@code target} with {@code bytes} in one step; on failure the old file is unchanged. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, WriteHook.NONE);
    }

    public static void write(Path target, byte[] bytes, WriteHook hook) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temp = isPosix(directory)
                ? Files.createTempFile(directory, target.getFileName() + ".", TEMP_SUFFIX, ownerOnly())
                : Files.createTempFile(directory, target.getFileName() + ".", TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            hook.beforeMove(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncDirectory(directory);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Deletes the temp files of writes to {@code fileName} in {@code directory} that never reached their
     * move (a crash); they are never the only copy.
     */
    public static void deleteInterruptedWrites(Path directory, String fileName) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, fileName + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // leftovers are harmless
        }
    }

    /** Makes the rename itself durable on POSIX; Windows cannot open a folder as a channel, nor needs to. */
    private static void syncDirectory(Path directory) {
        if (!isPosix(directory)) {
            return;
        }
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the data itself was already forced
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
