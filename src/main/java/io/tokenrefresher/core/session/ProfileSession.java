package io.tokenrefresher.core.session;

import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What the app holds for one profile: the newest token pair, the last outcome, the refresh token the
 * user pasted (in memory only), the request in flight — at most one, because gateways that rotate
 * refresh tokens reject the second use of one — and the placement Auto learned for its endpoint.
 *
 * <p>Thread-safe: {@link #send} runs on a worker thread while views read the state; every change is
 * reported to the registry's listeners on the thread that made it.
 */
public final class ProfileSession {
    private final String profileId;
    private final TokenSender sender;
    private final Supplier<JwtInspector> inspector;
    private final SessionListener listener;
    private final Clock clock;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final LearnedPlacement placement = new LearnedPlacement();
    private volatile TokenPair newest;
    private volatile TokenOutcome lastOutcome;
    private volatile String lastSentRefreshToken = "";
    private volatile String pastedToken = "";

    ProfileSession(String profileId, TokenSender sender, Supplier<JwtInspector> inspector,
                   SessionListener listener, Clock clock) {
        this.profileId = Objects.requireNonNull(profileId, "profileId");
        this.sender = sender;
        this.inspector = inspector;
        this.listener = listener;
        this.clock = clock;
    }

    public String profileId() {
        return profileId;
    }

    /**
     * Sends a request built from the profile (a refresh or a log-in) for the user; blocks until the
     * answer. Empty, with nothing sent, while another request of this session is in flight.
     */
    public Optional<RefreshResult> send(TokenRequest request, TlsTrust tls, ProxySetting proxy)
            throws InterruptedException {
        return send(request, tls, proxy, false);
    }

    /** @param automatic sent by the auto-refresher (the history says so) */
    public Optional<RefreshResult> send(TokenRequest request, TlsTrust tls, ProxySetting proxy, boolean automatic)
            throws InterruptedException {
        if (!sending.compareAndSet(false, true)) {
            return Optional.empty();
        }
        listener.changed(this);
        try {
            TokenOutcome outcome = sender.send(placement.apply(request), tls, proxy);
            placement.learn(request, outcome);
            if ("refresh_token".equals(request.grantType())) {
                lastSentRefreshToken = request.parameters().getOrDefault("refresh_token", "");
            }
            TokenPair previous = newest;
            TokenPair pair = outcome instanceof TokenOutcome.Success s ? TokenPair.of(s.response(), inspector.get())
                    : null;
            lastOutcome = outcome;
            if (pair != null) {
                newest = pair;
                listener.newPair(this, pair);
            }
            RefreshResult result = new RefreshResult(outcome, pair);
            listener.answered(this, new SessionAnswer(clock.instant(), request.grantType(), request.placement(),
                    automatic, result, previous));
            return Optional.of(result);
        } finally {
            sending.set(false);
            listener.changed(this);
        }
    }

    /**
     * Takes a pair kept from an earlier run (the token cache of a profile that remembers its refresh
     * token) as the newest, when this run has none yet, and tells the listeners as for a new answer
     * (not as an answer: the history only lists this run's requests). False when there already was one.
     */
    public boolean adopt(TokenPair pair) {
        synchronized (this) {
            if (newest != null) {
                return false;
            }
            newest = Objects.requireNonNull(pair, "pair");
        }
        listener.newPair(this, pair);
        listener.changed(this);
        return true;
    }

    public boolean isSending() {
        return sending.get();
    }

    /** The pair of the last successful request. */
    public Optional<TokenPair> newest() {
        return Optional.ofNullable(newest);
    }

    /**
     * The refresh token the next refresh should use: the newest pair's (a rotating gateway sends a new
     * one each time), else the one last sent (a gateway that answers without one keeps the old one).
     */
    public String currentRefreshToken() {
        TokenPair pair = newest;
        String fromPair = pair == null ? null : pair.response().refreshToken();
        return fromPair != null && !fromPair.isEmpty() ? fromPair : lastSentRefreshToken;
    }

    /** The outcome of the last request, successful or not. */
    public Optional<TokenOutcome> lastOutcome() {
        return Optional.ofNullable(lastOutcome);
    }

    /** Auto already fell back to a form body for this gateway and path: it now sends the form at once. */
    public boolean autoLearnedForm(String gateway, String tokenPath) {
        return placement.formLearnedFor(gateway, tokenPath);
    }

    /** The refresh token text as the user pasted it for this profile; never written to disk here. */
    public String pastedToken() {
        return pastedToken;
    }

    public void setPastedToken(String text) {
        pastedToken = text == null ? "" : text;
    }
}
