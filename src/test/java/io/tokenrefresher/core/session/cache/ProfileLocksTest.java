package io.tokenrefresher.core.session.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-profile lock inside one JVM: two instances over one folder, interrupts, a folder without locks. */
class ProfileLocksTest {
    @TempDir
    Path dataFolder;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** Starts a thread that waits for the lock, and returns once it is parked waiting. */
    private Future<Object> waiter(ProfileLocks locks, String profileId, AtomicReference<Thread> thread) throws Exception {
        Future<Object> future = threads.submit(() -> {
            thread.set(Thread.currentThread());
            try (ProfileLocks.Held held = locks.lock(profileId)) {
                return held;
            }
        });
        while (thread.get() == null || thread.get().getState() != Thread.State.WAITING) {
            Thread.sleep(5);
        }
        return future;
    }

    @Test
    void aSecondInstanceInTheSameJvmWaitsInsteadOfThrowingAndAWaitCanBeInterrupted() throws Exception {
        ProfileLocks window = new ProfileLocks(dataFolder);
        ProfileLocks secondWindow = new ProfileLocks(dataFolder);
        AtomicReference<Thread> waiting = new AtomicReference<>();

        try (ProfileLocks.Held held = window.lock("p")) {
            assertThat(held.acrossProcesses()).isTrue();
            Future<Object> blocked = waiter(secondWindow, "p", waiting);
            assertThat(blocked).isNotDone();
            // another profile's lock is independent
            try (ProfileLocks.Held other = secondWindow.lock("q")) {
                assertThat(other.acrossProcesses()).isTrue();
            }
            waiting.get().interrupt();
            assertThat(blocked).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                    .havingCause().isInstanceOf(InterruptedException.class);
        }
        try (ProfileLocks.Held again = secondWindow.lock("p")) {
            assertThat(again.acrossProcesses()).as("usable after the interrupted wait").isTrue();
        }
    }

    @Test
    void theWaiterGetsTheLockWhenTheHolderReleasesIt() throws Exception {
        ProfileLocks locks = new ProfileLocks(dataFolder);
        AtomicReference<Thread> waiting = new AtomicReference<>();
        ProfileLocks.Held held = locks.lock("p");
        Future<Object> blocked = waiter(new ProfileLocks(dataFolder), "p", waiting);

        held.close();
        held.close();

        assertThat(blocked.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void theLockFileIsOwnerOnlyAndStaysForTheNextProcess() throws Exception {
        try (ProfileLocks.Held held = new ProfileLocks(dataFolder).lock("p")) {
            assertThat(held.acrossProcesses()).isTrue();
        }
        Path file = dataFolder.resolve("locks").resolve("p.lock");
        assertThat(file).exists();
        assumeTrue(dataFolder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void whereNoLockFileCanBeMadeThreadsOfThisJvmAreStillKeptApart() throws Exception {
        Path notAFolder = Files.writeString(dataFolder.resolve("file"), "x");
        ProfileLocks locks = new ProfileLocks(notAFolder);
        AtomicReference<Thread> waiting = new AtomicReference<>();

        ProfileLocks.Held held = locks.lock("p");
        Future<Object> blocked = waiter(locks, "p", waiting);
        assertThat(held.acrossProcesses()).isFalse();
        assertThat(blocked).isNotDone();
        held.close();

        assertThat(blocked.get(10, TimeUnit.SECONDS)).isNotNull();
    }
}
