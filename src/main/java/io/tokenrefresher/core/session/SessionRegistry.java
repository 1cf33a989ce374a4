package io.tokenrefresher.core.session;

import io.tokenrefresher.core.jwt.JwtInspector;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sessions of all profiles, created on first use. Several live at once: switching the profile in
 * the window shows another session and leaves the others as they are.
 */
public final class SessionRegistry {
    /** The session used before any profile is selected (the profiles are still loading). */
    public static final String NO_PROFILE = "";

    private final Function<String, TokenSender> senderForProfile;
    private final Supplier<JwtInspector> inspector;
    private final Map<String, ProfileSession> sessions = new ConcurrentHashMap<>();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

    /** @param inspector built on first use (it loads Jackson), on the sending thread */
    public SessionRegistry(TokenSender sender, Supplier<JwtInspector> inspector) {
        this(profileId -> sender, inspector);
        Objects.requireNonNull(sender, "sender");
    }

    private SessionRegistry(Function<String, TokenSender> senderForProfile, Supplier<JwtInspector> inspector) {
        this.senderForProfile = Objects.requireNonNull(senderForProfile, "senderForProfile");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
    }

    /**
     * Sessions whose requests go through a sender of their own profile, e.g. one that takes the
     * profile's cross-process lock ({@code cache.SharedRefresh#senderFor}); called once per session.
     */
    public static SessionRegistry perProfile(Function<String, TokenSender> senderForProfile,
                                             Supplier<JwtInspector> inspector) {
        return new SessionRegistry(senderForProfile, inspector);
    }

    /** The session of {@code profileId} ({@link #NO_PROFILE} for none), created when first asked for. */
    public ProfileSession session(String profileId) {
        String key = profileId == null ? NO_PROFILE : profileId;
        return sessions.computeIfAbsent(key, id -> new ProfileSession(id, senderForProfile.apply(id), inspector, fanOut));
    }

    /** Forgets a deleted profile's session. */
    public void remove(String profileId) {
        sessions.remove(profileId);
    }

    /**
     * Called on the thread that changed a session (a worker, for a request starting or ending): hop to
     * the UI thread yourself.
     */
    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private final SessionListener fanOut = new SessionListener() {
        @Override
        public void changed(ProfileSession session) {
            listeners.forEach(l -> l.changed(session));
        }

        @Override
        public void newPair(ProfileSession session, TokenPair pair) {
            listeners.forEach(l -> l.newPair(session, pair));
        }
    };
}
