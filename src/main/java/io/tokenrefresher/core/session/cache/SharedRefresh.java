package io.tokenrefresher.core.session.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.session.TokenSender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Sends a profile's token requests one at a time across threads and processes, through the shared
 * {@link TokenCache}. Why: providers that rotate refresh tokens with reuse detection revoke the whole
 * grant when one refresh token is sent twice, and the window, a second window and command lines may
 * all hold the same refresh token.
 *
 * <p>Each request: take the profile's {@link ProfileLocks lock}; read the cache again; if the refresh
 * token about to be sent is one the cached chain has already used up (another process refreshed
 * meanwhile), take the cached pair when its access token is still fresh, else send the cached, newer
 * refresh token instead; store what the server answered; release. A refresh token the chain has never
 * seen (pasted by the user, a new log-in elsewhere) is sent as given. Log-ins are sent and stored.
 */
public final class SharedRefresh {
    /** What the exchange did. */
    public enum How {
        /** Sent as asked. */
        SENT,
        /** Sent with the cache's refresh token: the one asked for had already been used by another process. */
        SENT_WITH_NEWER_CACHED_TOKEN,
        /** Nothing sent: another process had just refreshed, and its pair is the answer. */
        TAKEN_FROM_CACHE
    }

    /**
     * @param storedIn where the new pair went; null when nothing new was stored (a failure, or taken
     *                 from the cache)
     */
    public record Exchange(TokenOutcome outcome, How how, TokenCache.Place storedIn) {
    }

    /** Hears every exchange, on the sending thread (e.g. to mark a pair taken from another process in a history). */
    @FunctionalInterface
    public interface ExchangeListener {
        void exchanged(String profileId, Exchange exchange);
    }

    private final List<ExchangeListener> listeners = new CopyOnWriteArrayList<>();
    private final TokenCache cache;
    private final ProfileLocks locks;
    private final Clock clock;
    private final Set<String> profilesSent = ConcurrentHashMap.newKeySet();

    public SharedRefresh(TokenCache cache, ProfileLocks locks, Clock clock) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The cache and the locks of the app's data folder (the folder of {@code profiles.json}). */
    public static SharedRefresh inDataFolder(Path dataDirectory, CredentialStore credentialStore, ObjectMapper mapper,
                                             Clock clock) {
        return new SharedRefresh(new TokenCache(dataDirectory, credentialStore, mapper, clock),
                new ProfileLocks(dataDirectory), clock);
    }

    public TokenCache cache() {
        return cache;
    }

    public void addListener(ExchangeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The profiles whose requests went through here in this run (so their entries can be cleaned up at exit). */
    public Set<String> profilesSent() {
        return Set.copyOf(profilesSent);
    }

    /** Sends {@code request} of {@code profileId} through {@code network} as the class comment says; blocks. */
    public Exchange exchange(String profileId, TokenRequest request, TlsTrust tls, ProxySetting proxy,
                             TokenSender network) throws InterruptedException {
        Exchange exchange = exchangeLocked(profileId, request, tls, proxy, network);
        listeners.forEach(l -> l.exchanged(profileId, exchange));
        return exchange;
    }

    private Exchange exchangeLocked(String profileId, TokenRequest request, TlsTrust tls, ProxySetting proxy,
                                    TokenSender network) throws InterruptedException {
        long started = System.nanoTime();
        profilesSent.add(profileId);
        try (ProfileLocks.Held held = locks.lock(profileId)) {
            Optional<CachedTokens> cached = cache.read(profileId);
            String sending = refreshTokenOf(request);
            TokenRequest toSend = request;
            How how = How.SENT;
            if (sending != null && cached.isPresent() && supersedes(cached.get(), sending)) {
                CachedTokens newer = cached.get();
                if (newer.accessFreshAt(clock.instant())) {
                    Duration waited = Duration.ofNanos(System.nanoTime() - started);
                    return new Exchange(new TokenOutcome.Success(newer.endpoint(), newer.response(),
                            newer.placementUsed(), false, 200, waited), How.TAKEN_FROM_CACHE, null);
                }
                sending = newer.refreshToken();
                toSend = withRefreshToken(request, sending);
                how = How.SENT_WITH_NEWER_CACHED_TOKEN;
            }
            TokenOutcome outcome = network.send(toSend, tls, proxy);
            TokenCache.Place storedIn = null;
            if (outcome instanceof TokenOutcome.Success success) {
                storedIn = cache.write(CachedTokens.after(cached.orElse(null), profileId, success.response(), sending,
                        success.endpoint(), success.placementUsed(), clock.instant()));
            }
            return new Exchange(outcome, how, storedIn);
        }
    }

    /** A sender for one profile's requests (what a session of that profile is given). */
    public TokenSender senderFor(String profileId, TokenSender network) {
        return (request, tls, proxy) -> exchange(profileId, request, tls, proxy, network).outcome();
    }

    /**
     * Like {@link #senderFor} with the shared refresh built on the first send (on the sending thread: it
     * may touch the credential store); requests without a profile ({@code profileId} blank) go straight
     * to {@code network}, there is nothing to share them with.
     */
    public static TokenSender senderFor(Supplier<SharedRefresh> shared, String profileId, TokenSender network) {
        if (profileId == null || profileId.isBlank()) {
            return network;
        }
        return (request, tls, proxy) -> shared.get().exchange(profileId, request, tls, proxy, network).outcome();
    }

    /** The cache holds a newer link of the chain {@code sending} belongs to. */
    private static boolean supersedes(CachedTokens cached, String sending) {
        return cached.refreshToken() != null && !cached.refreshToken().equals(sending) && cached.hasUsed(sending);
    }

    private static String refreshTokenOf(TokenRequest request) {
        String token = "refresh_token".equals(request.grantType()) ? request.parameters().get("refresh_token") : null;
        return token == null || token.isEmpty() ? null : token;
    }

    private static TokenRequest withRefreshToken(TokenRequest request, String refreshToken) {
        Map<String, String> parameters = new LinkedHashMap<>(request.parameters());
        parameters.put("refresh_token", refreshToken);
        return new TokenRequest(request.gateway(), request.tokenPath(), parameters, request.placement(),
                request.clientId(), request.clientSecret(), request.tenantId(), request.extraHeaders(),
                request.timeout());
    }
}
