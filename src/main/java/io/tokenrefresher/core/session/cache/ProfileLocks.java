package io.tokenrefresher.core.session.cache;

import io.tokenrefresher.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * One refresh at a time per profile, across every thread and every process that shares the app's data
 * folder: the window, a second window, any number of command lines.
 *
 * <p>Two locks, taken in this order: a permit per lock file shared by the whole JVM (a
 * {@link FileLock} belongs to the JVM, not to a thread, and a second {@code lock()} on the same file
 * from this JVM throws {@code OverlappingFileLockException}), then an exclusive {@link FileLock} on
 * {@code locks/<profileId>.lock}. The OS releases the file lock when a process dies, so a crashed
 * command line never blocks the window. Lock files are left in place: deleting one while another
 * process waits on it would let a third lock a new file of the same name.
 *
 * <p>Waiting is interruptible (a cancelled request stops waiting). Blocking: call off the FX thread.
 */
public final class ProfileLocks {
    /** The folder, inside the app's data folder, of the lock files. */
    public static final String FOLDER = "locks";

    /** Per lock file, for every instance in this JVM (two app contexts in one test JVM share them). */
    private static final Map<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path folder;

    public ProfileLocks(Path dataDirectory) {
        this.folder = dataDirectory.resolve(FOLDER).toAbsolutePath().normalize();
    }

    /** A lock held until {@link #close()}. */
    public interface Held extends AutoCloseable {
        /**
         * False when the lock file could not be opened or locked (a read-only data folder, a file system
         * without locks): only the threads of this JVM are kept apart then.
         */
        boolean acrossProcesses();

        @Override
        void close();
    }

    /** Waits until no other thread or process holds the profile's lock, then holds it. */
    public Held lock(String profileId) throws InterruptedException {
        Path file = folder.resolve(CacheFileNames.of(profileId, ".lock"));
        Semaphore inJvm = IN_THIS_JVM.computeIfAbsent(file, f -> new Semaphore(1));
        inJvm.acquire();
        FileChannel channel = null;
        try {
            channel = open(file);
            FileLock fileLock = channel.lock();
            return new FileHeld(inJvm, channel, fileLock);
        } catch (IOException e) {
            closeQuietly(channel);
            if (Thread.interrupted()) {
                // FileChannel.lock() answers an interrupt by closing the channel (ClosedByInterruptException)
                inJvm.release();
                throw new InterruptedException("stopped waiting for the lock of profile " + profileId);
            }
            return new JvmOnlyHeld(inJvm);
        } catch (RuntimeException | Error e) {
            closeQuietly(channel);
            inJvm.release();
            throw e;
        }
    }

    private FileChannel open(Path file) throws IOException {
        AtomicFiles.ensureDirectory(folder);
        if (!Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                // another process created it a moment ago: lock that one
            }
        }
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing releases the lock, if any; nothing else to do
        }
    }

    private static final class FileHeld implements Held {
        private final Semaphore inJvm;
        private final FileChannel channel;
        private final FileLock fileLock;
        private boolean closed;

        FileHeld(Semaphore inJvm, FileChannel channel, FileLock fileLock) {
            this.inJvm = inJvm;
            this.channel = channel;
            this.fileLock = fileLock;
        }

        @Override
        public boolean acrossProcesses() {
            return true;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                fileLock.release();
            } catch (IOException ignored) {
                // closing the channel below releases it as well
            }
            closeQuietly(channel);
            inJvm.release();
        }
    }

    private static final class JvmOnlyHeld implements Held {
        private final Semaphore inJvm;
        private boolean closed;

        JvmOnlyHeld(Semaphore inJvm) {
            this.inJvm = inJvm;
        }

        @Override
        public boolean acrossProcesses() {
            return false;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                inJvm.release();
            }
        }
    }
}
