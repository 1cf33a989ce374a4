package io.tokenrefresher.core.session;

import io.tokenrefresher.core.expiry.Expiry;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Keeps sessions alive: refreshes each kept-alive session a lead time before its access token expires,
 * always with the session's newest refresh token, retries passing trouble with backoff until the token
 * expires, stops at once on a refusal, and warns before a refresh chain ends. For sessions not kept
 * alive it only warns 5 minutes before the access token expires.
 *
 * <p>Never one long delay: each session wakes at least every {@link Settings#maxSleep()} and compares
 * the wall clock ({@link Clock}) with its due time, so a refresh that fell due while the machine slept
 * goes out right after resume. Network work runs on {@code network}; the scheduler's thread only decides.
 *
 * <p>Start: {@code new AutoRefresher(registry, clock, RefreshScheduler.daemon(..), executor, Settings.DEFAULTS)}
 * (it listens to the registry from then on); {@link #keepAlive} per profile; {@link #close} at exit.
 */
public final class AutoRefresher implements AutoCloseable {
    /**
     * @param maxSleep     longest wait between two looks at the wall clock
     * @param chainWarning how long before the refresh token expires the user is told to log in again
     * @param accessWarning how long before expiry a session that is not kept alive warns
     */
    public record Settings(Duration maxSleep, Duration chainWarning, Duration accessWarning) {
        public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(5), Duration.ofHours(1),
                Duration.ofMinutes(5));
    }

    private static final System.Logger LOG = System.getLogger(AutoRefresher.class.getName());

    private final SessionRegistry registry;
    private final Clock clock;
    private final RefreshScheduler scheduler;
    private final Executor network;
    private final Settings settings;
    private final Function<String, String> clientSecrets;
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();

    /**
     * @param network       where refreshes run (they block up to the profile's timeout)
     * @param clientSecrets a profile id's client secret ("" for none), read on {@code network} when a
     *                      refresh is sent: the window keeps it in the credential store
     */
    public AutoRefresher(SessionRegistry registry, Clock clock, RefreshScheduler scheduler, Executor network,
                         Settings settings, Function<String, String> clientSecrets) {
        this.clientSecrets = clientSecrets;
        this.registry = registry;
        this.clock = clock;
        this.scheduler = scheduler;
        this.network = network;
        this.settings = settings;
        registry.addListener(new SessionListener() {
            @Override
            public void newPair(ProfileSession session, TokenPair pair) {
                watch(session).recovered();
            }
        });
    }

    /**
     * Keeps {@code profile}'s session alive when its auto-refresh is on, else only watches it; call again
     * whenever the profile changes. A failed session gets a fresh start when the profile differs from
     * the one it failed with (the user changed something), not when the same one is handed again.
     */
    public void keepAlive(GatewayProfile profile) {
        watch(registry.session(profile.id())).configure(profile);
    }

    /** Stops keeping a profile's session alive (it keeps its pair); for a deleted profile. */
    public void stop(String profileId) {
        Watch w = watches.remove(profileId);
        if (w != null) {
            w.stop();
        }
    }

    /** How the session of {@code profileId} stands now. */
    public SessionStatus status(String profileId) {
        Watch w = watches.get(profileId);
        if (w != null) {
            return w.status(clock.instant());
        }
        return registry.existing(profileId).map(s -> SessionStatuses.of(s, null, false, false, clock.instant(),
                settings)).orElse(SessionStatus.NONE);
    }

    @Override
    public void close() {
        watches.values().forEach(Watch::stop);
        watches.clear();
        scheduler.close();
    }

    private Watch watch(ProfileSession session) {
        return watches.computeIfAbsent(session.profileId(), id -> new Watch(session));
    }

    /** One session's plan; every field is guarded by the watch's lock. */
    private final class Watch {
        private final ProfileSession session;
        private GatewayProfile profile;
        private boolean inFlight;
        private int failures;
        private Instant retryAt;
        private TokenOutcome.Failure gaveUp;
        private final ExpiryWarnings warnings;
        private RefreshScheduler.Cancellable wake;
        private boolean stopped;

        Watch(ProfileSession session) {
            this.session = session;
            this.warnings = new ExpiryWarnings(settings.chainWarning(), settings.accessWarning());
        }

        synchronized void configure(GatewayProfile newProfile) {
            if (newProfile.equals(profile)) {
                return;
            }
            profile = newProfile;
            gaveUp = null;
            failures = 0;
            retryAt = null;
            check();
            registry.touch(session);
        }

        synchronized void recovered() {
            gaveUp = null;
            failures = 0;
            retryAt = null;
            check();
        }

        synchronized void stop() {
            stopped = true;
            cancelWake();
        }

        private boolean keptAlive() {
            return profile != null && profile.autoRefresh().enabled() && !stopped;
        }

        synchronized SessionStatus status(Instant now) {
            return SessionStatuses.of(session, gaveUp, keptAlive(), retryAt != null || inFlight, now, settings);
        }

        /** Looks at the wall clock: warns, refreshes when due, and plans the next look. */
        private void check() {
            cancelWake();
            Optional<TokenPair> newest = session.newest();
            if (stopped || newest.isEmpty()) {
                return;
            }
            TokenPair pair = newest.get();
            Instant now = clock.instant();
            warnings.due(pair, now, keptAlive()).forEach(event -> registry.publish(session, event));
            if (!keptAlive() || gaveUp != null || inFlight || pair.accessExpiry() == null) {
                planWake(now, warnings.next(pair, keptAlive()));
                return;
            }
            Instant due = retryAt != null ? retryAt : dueTime(pair);
            if (!now.isBefore(due)) {
                dispatch();
            } else {
                planWake(now, ExpiryWarnings.earliest(due, warnings.next(pair, keptAlive())));
            }
        }

        /**
         * A lead before the access token expires; before the refresh token expires too, so the last
         * refresh the chain allows is not missed (once: a pair received after that point waits for its
         * access token's due time, and that refresh meets the server's real refusal).
         */
        private Instant dueTime(TokenPair pair) {
            Expiry access = pair.accessExpiry();
            Instant issued = access.issuedAt() != null ? access.issuedAt() : pair.response().receivedAt();
            Duration lifetime = Duration.between(issued, access.expiresAt());
            Duration lead = profile.autoRefresh().leadFor(lifetime);
            Instant due = access.expiresAt().minus(lead);
            if (pair.refreshExpiry() != null) {
                Instant lastChance = pair.refreshExpiry().expiresAt().minus(lead);
                if (lastChance.isBefore(due) && lastChance.isAfter(pair.response().receivedAt())) {
                    due = lastChance;
                }
            }
            return due;
        }

        private void planWake(Instant now, Instant at) {
            Duration wait = settings.maxSleep();
            if (at != null && Duration.between(now, at).compareTo(wait) < 0) {
                wait = Duration.between(now, at).isNegative() ? Duration.ZERO : Duration.between(now, at);
            }
            wake = scheduler.schedule(wait, this::wakeUp);
        }

        private synchronized void wakeUp() {
            wake = null;
            try {
                check();
            } catch (RuntimeException e) {
                // a listener's bug must not end the keep-alive: the scheduler would drop the exception silently
                LOG.log(System.Logger.Level.WARNING, "auto-refresh check failed: " + e.getClass().getName());
                planWake(clock.instant(), null);
            }
        }

        private void cancelWake() {
            if (wake != null) {
                wake.cancel();
                wake = null;
            }
        }

        private void dispatch() {
            inFlight = true;
            GatewayProfile p = profile;
            String refreshToken = session.currentRefreshToken();
            registry.touch(session);
            network.execute(() -> send(p, refreshToken));
        }

        private void send(GatewayProfile p, String refreshToken) {
            Optional<RefreshResult> result;
            try {
                String secret = clientSecrets.apply(p.id());
                TokenRequest request = p.toRequest(TokenRequest.refreshParameters(refreshToken, p.endpoint().scope()),
                        secret == null ? "" : secret);
                result = session.send(request, p.connection().tlsTrust(), p.connection().proxy(), true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                result = Optional.empty();
            }
            answered(result);
        }

        private synchronized void answered(Optional<RefreshResult> result) {
            inFlight = false;
            Instant now = clock.instant();
            if (result.isEmpty()) {
                retryAt = now.plus(RetryPolicy.FIRST_BACKOFF); // the user's own request was in flight
            } else if (result.get().outcome() instanceof TokenOutcome.Failure f) {
                failed(f, now);
            }
            check();
            registry.touch(session);
        }

        private void failed(TokenOutcome.Failure f, Instant now) {
            failures++;
            Optional<Duration> wait = RetryPolicy.waitAfter(f.failure(), failures);
            Instant expires = session.newest().map(TokenPair::accessExpiry).map(Expiry::expiresAt).orElse(now);
            if (wait.isPresent() && now.plus(wait.get()).isBefore(expires)) {
                retryAt = now.plus(wait.get());
                return;
            }
            retryAt = null;
            gaveUp = f;
            registry.publish(session, new SessionEvent.Failed(f));
        }
    }
}
