package io.tokenrefresher.core.secret;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OS credential store through {@code com.github.javakeyring:java-keyring}: Windows Credential
 * Manager, macOS Keychain, Secret Service or KWallet on Linux.
 *
 * <p>Every call runs on one daemon worker thread and is given {@link #DEFAULT_TIMEOUT}: on a Linux
 * desktop without a Secret Service the D-Bus call can hang for a long time. A call that times out
 * marks the store unavailable for the rest of the session (the worker may stay stuck), so later calls
 * answer at once instead of each waiting again. Nothing here throws for a store problem.
 */
public final class KeyringCredentialStore implements CredentialStore, AutoCloseable {

    /** The service name under which entries appear in the OS credential manager. */
    public static final String SERVICE = "Token Refresher";
    /** A few seconds: opening the keyring the first time loads D-Bus classes and takes about 2-3 s on a slow machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** The three keyring calls this store needs; an exception means the call failed. */
    public interface Backend {
        String get(String account) throws Exception;

        void set(String account, String value) throws Exception;

        void delete(String account) throws Exception;
    }

    /** Thrown by a {@link Backend} when the system has no credential store at all. */
    public static final class NoCredentialStoreException extends Exception {
        public NoCredentialStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Backend backend;
    private final Duration timeout;
    private final ExecutorService worker;
    private volatile SecretRead.CouldNotRead unavailable;

    public KeyringCredentialStore(Backend backend, Duration timeout) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "credential-store");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The real OS store, with the default time limit. */
    public static KeyringCredentialStore forThisSystem() {
        return new KeyringCredentialStore(new JavaKeyringBackend(SERVICE), DEFAULT_TIMEOUT);
    }

    @Override
    public SecretLocation location() {
        return SecretLocation.OS_CREDENTIAL_STORE;
    }

    /**
     * Asks the store for a harmless entry to learn whether it answers at all; call once at start, off
     * the FX thread. {@link SecretRead.NotStored} or {@link SecretRead.Found} means it is usable.
     */
    public SecretRead probe() {
        SecretRead answer = read("probe/availability");
        // A missing probe entry is reported by java-keyring as an error: that still proves the store answers.
        return answer instanceof SecretRead.CouldNotRead couldNot && couldNot.problem() == SecretProblem.FAILED
                ? new SecretRead.NotStored()
                : answer;
    }

    /** The reason this store gave up for the session, or null while it is usable. */
    public SecretRead.CouldNotRead unavailableReason() {
        return unavailable;
    }

    @Override
    public SecretRead read(String account) {
        Outcome<String> outcome = call(() -> backend.get(account));
        if (outcome.problem != null) {
            return new SecretRead.CouldNotRead(outcome.problem, outcome.detail);
        }
        return outcome.value == null ? new SecretRead.NotStored() : new SecretRead.Found(outcome.value);
    }

    @Override
    public SecretWrite write(String account, String value) {
        Outcome<Void> outcome = call(() -> {
            backend.set(account, value);
            return null;
        });
        return outcome.problem != null
                ? new SecretWrite.CouldNotWrite(outcome.problem, outcome.detail)
                : new SecretWrite.Stored(SecretLocation.OS_CREDENTIAL_STORE);
    }

    @Override
    public SecretWrite delete(String account) {
        Outcome<Void> outcome = call(() -> {
            backend.delete(account);
            return null;
        });
        return outcome.problem != null
                ? new SecretWrite.CouldNotWrite(outcome.problem, outcome.detail)
                : new SecretWrite.Removed();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private <T> Outcome<T> call(Callable<T> work) {
        SecretRead.CouldNotRead gaveUp = unavailable;
        if (gaveUp != null) {
            return Outcome.problem(gaveUp.problem(), gaveUp.detail());
        }
        Future<T> future;
        try {
            future = worker.submit(work);
        } catch (RejectedExecutionException closed) {
            return Outcome.problem(SecretProblem.UNAVAILABLE, "credential store closed");
        }
        try {
            return Outcome.value(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            String detail = "no answer within " + (timeout.toMillis() % 1000 == 0
                    ? timeout.toSeconds() + " s"
                    : timeout.toMillis() + " ms");
            unavailable = new SecretRead.CouldNotRead(SecretProblem.TIMED_OUT, detail);
            return Outcome.problem(SecretProblem.TIMED_OUT, detail);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.problem(SecretProblem.FAILED, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NoCredentialStoreException) {
                unavailable = new SecretRead.CouldNotRead(SecretProblem.UNAVAILABLE, describe(cause));
                return Outcome.problem(SecretProblem.UNAVAILABLE, describe(cause));
            }
            return Outcome.problem(SecretProblem.FAILED, describe(cause));
        }
    }

    /** Exception class and message only: keyring messages name the account, never the secret. */
    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private record Outcome<T>(T value, SecretProblem problem, String detail) {
        static <T> Outcome<T> value(T value) {
            return new Outcome<>(value, null, null);
        }

        static <T> Outcome<T> problem(SecretProblem problem, String detail) {
            return new Outcome<>(null, problem, detail);
        }
    }

    /** java-keyring; the keyring is opened lazily on the worker thread because opening it may hang too. */
    static final class JavaKeyringBackend implements Backend {
        private final String service;
        private Keyring keyring;

        JavaKeyringBackend(String service) {
            this.service = service;
        }

        private Keyring keyring() throws NoCredentialStoreException {
            if (keyring == null) {
                try {
                    keyring = Keyring.create();
                } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
                    throw new NoCredentialStoreException("no OS credential store: " + e.getMessage(), e);
                }
            }
            return keyring;
        }

        @Override
        public String get(String account) throws Exception {
            return keyring().getPassword(service, account);
        }

        @Override
        public void set(String account, String value) throws Exception {
            keyring().setPassword(service, account, value);
        }

        @Override
        public void delete(String account) throws Exception {
            keyring().deletePassword(service, account);
        }
    }
}
