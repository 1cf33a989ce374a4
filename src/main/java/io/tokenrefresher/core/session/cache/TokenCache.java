package io.tokenrefresher.core.session.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.io.AtomicFiles;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.secret.SecretProblem;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The newest token pair of every profile, shared by the window and the command line (each process
 * reads it again before a refresh, under the profile's {@link ProfileLocks lock}).
 *
 * <p>Kept in the OS credential store (account {@code <profileId>/token-cache}) where it takes the
 * entry, else in {@code token-cache/<profileId>.json} in the app's data folder: a 0700 folder, 0600
 * files written through {@link AtomicFiles}. Never in {@code profiles.json} or an export. A read looks
 * in both places and takes the newer entry, so a store that worked once and failed later (or the
 * other way round) never hands out an older pair.
 *
 * <p>Every call may block on the credential store or the disk: call off the FX thread. Nothing here
 * throws for a store or disk problem: the cache only spares a request, it is never the only copy.
 */
public final class TokenCache {
    /** The folder, inside the app's data folder, of the entries the credential store did not take. */
    public static final String FOLDER = "token-cache";
    private static final String ACCOUNT_SUFFIX = "/token-cache";

    /** Where {@link #write} put an entry. */
    public enum Place {
        CREDENTIAL_STORE,
        OWNER_ONLY_FILE,
        /** Neither took it (disk full, folder not writable): other processes will not see this pair. */
        NOWHERE
    }

    /**
     * How long the file is trusted to be the only place after the credential store said it does not
     * exist: asking a missing Secret Service loads D-Bus and JNA (~0.5 s), a cost a command line would
     * otherwise pay on every run. Once a day the store is asked again, in case one was installed.
     */
    static final Duration RECHECK_STORE_AFTER = Duration.ofHours(24);

    private final Path folder;
    private final CredentialStore credentialStore;
    private final CacheEntryJson json;
    private final Clock clock;

    /**
     * @param dataDirectory   the app's data folder (the one of {@code profiles.json})
     * @param credentialStore the OS store, or {@link CredentialStore#none(String)} where there is none
     */
    public TokenCache(Path dataDirectory, CredentialStore credentialStore, ObjectMapper mapper) {
        this(dataDirectory, credentialStore, mapper, Clock.systemUTC());
    }

    public TokenCache(Path dataDirectory, CredentialStore credentialStore, ObjectMapper mapper, Clock clock) {
        this.folder = dataDirectory.resolve(FOLDER);
        this.credentialStore = Objects.requireNonNull(credentialStore, "credentialStore");
        this.json = new CacheEntryJson(mapper);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The profile's newest pair, from whichever place holds the newer entry; empty when none does. */
    public Optional<CachedTokens> read(String profileId) {
        Optional<CacheEntryJson.Stored> inFile = readFile(profileId);
        Optional<CachedTokens> inStore = inFile.filter(this::storeKnownMissing).isPresent() ? Optional.empty()
                : credentialStore.read(account(profileId)) instanceof SecretRead.Found found
                ? json.read(found.value()).map(CacheEntryJson.Stored::entry) : Optional.empty();
        return Stream.of(inStore, inFile.map(CacheEntryJson.Stored::entry)).flatMap(Optional::stream)
                .filter(entry -> entry.profileId().equals(profileId))
                .max(Comparator.comparing(CachedTokens::storedAt));
    }

    /** Keeps {@code entry} as its profile's newest pair; a copy in the file is removed once the store took it. */
    public Place write(CachedTokens entry) {
        String profileId = entry.profileId();
        Instant storeMissingSince = readFile(profileId).filter(this::storeKnownMissing)
                .map(CacheEntryJson.Stored::storeUnavailableSince).orElse(null);
        if (storeMissingSince == null) {
            SecretWrite answer = credentialStore.write(account(profileId), json.write(entry));
            if (answer instanceof SecretWrite.Stored) {
                deleteFile(profileId);
                return Place.CREDENTIAL_STORE;
            }
            if (answer instanceof SecretWrite.CouldNotWrite refused && refused.problem() == SecretProblem.UNAVAILABLE) {
                storeMissingSince = clock.instant();
            }
        }
        try {
            AtomicFiles.ensureDirectory(folder);
            AtomicFiles.write(fileOf(profileId), json.writeBytes(entry, storeMissingSince));
            return Place.OWNER_ONLY_FILE;
        } catch (IOException e) {
            return Place.NOWHERE;
        }
    }

    /** Removes the profile's entry from both places (at exit when it does not remember, or deleted). */
    public void remove(String profileId) {
        credentialStore.delete(account(profileId));
        deleteFile(profileId);
    }

    public void removeAll(Collection<String> profileIds) {
        profileIds.forEach(this::remove);
    }

    /** The file an entry goes to when the credential store does not take it. */
    public Path fileOf(String profileId) {
        return folder.resolve(CacheFileNames.of(profileId, ".json"));
    }

    /** The file's entry was written because there is no credential store, and that was found out recently. */
    private boolean storeKnownMissing(CacheEntryJson.Stored stored) {
        Instant since = stored.storeUnavailableSince();
        return since != null && clock.instant().isBefore(since.plus(RECHECK_STORE_AFTER));
    }

    private Optional<CacheEntryJson.Stored> readFile(String profileId) {
        try {
            return json.read(Files.readString(fileOf(profileId), StandardCharsets.UTF_8));
        } catch (IOException e) {
            // none yet (the usual case), or unreadable: either way there is no pair to offer
            return Optional.empty();
        }
    }

    private void deleteFile(String profileId) {
        try {
            Files.deleteIfExists(fileOf(profileId));
        } catch (IOException e) {
            // a read takes the newer of both places, so a stale file left here is never used over the store
        }
    }

    private static String account(String profileId) {
        return profileId + ACCOUNT_SUFFIX;
    }
}
