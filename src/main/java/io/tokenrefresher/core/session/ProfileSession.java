package io.tokenrefresher.core.session;

import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What the app holds for one profile: the newest token pair, the last outcome, the refresh token the
 * user pasted (in memory only), and the request in flight — at most one, because gateways that rotate
 * refresh tokens reject the second use of one.
 *
 * <p>Thread-safe: {@link #send} runs on a worker thread while views read the state; every change is
 * reported to the registry's listeners on the thread that made it.
 */
public final class ProfileSession {
    private final String profileId;
    private final TokenSender sender;
    private final Supplier<JwtInspector> inspector;
    private final SessionListener listener;
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile TokenPair newest;
    private volatile TokenOutcome lastOutcome;
    private volatile String pastedToken = "";

    ProfileSession(String profileId, TokenSender sender, Supplier<JwtInspector> inspector,
                   SessionListener listener) {
        this.profileId = Objects.requireNonNull(profileId, "profileId");
        this.sender = sender;
        this.inspector = inspector;
        this.listener = listener;
    }

    public String profileId() {
        return profileId;
    }

    /**
     * Sends a request built from the profile (a refresh or a log-in); blocks until the answer. Empty,
     * with nothing sent, while another request of this session is in flight.
     */
    public Optional<RefreshResult> send(TokenRequest request, TlsTrust tls, ProxySetting proxy)
            throws InterruptedException {
        if (!sending.compareAndSet(false, true)) {
            return Optional.empty();
        }
        listener.changed(this);
        try {
            TokenOutcome outcome = sender.send(request, tls, proxy);
            TokenPair pair = outcome instanceof TokenOutcome.Success s ? TokenPair.of(s.response(), inspector.get())
                    : null;
            lastOutcome = outcome;
            if (pair != null) {
                newest = pair;
                listener.newPair(this, pair);
            }
            return Optional.of(new RefreshResult(outcome, pair));
        } finally {
            sending.set(false);
            listener.changed(this);
        }
    }

    public boolean isSending() {
        return sending.get();
    }

    /** The pair of the last successful request. */
    public Optional<TokenPair> newest() {
        return Optional.ofNullable(newest);
    }

    /** The outcome of the last request, successful or not. */
    public Optional<TokenOutcome> lastOutcome() {
        return Optional.ofNullable(lastOutcome);
    }

    /** The refresh token text as the user pasted it for this profile; never written to disk here. */
    public String pastedToken() {
        return pastedToken;
    }

    public void setPastedToken(String text) {
        pastedToken = text == null ? "" : text;
    }
}
