package io.tokenrefresher.core.handoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The window's switchable hand-off endpoint: started and stopped as the user turns it on and off (or
 * changes its port), with the install's {@link HandOffKey}; a regenerated key counts from the next request.
 * Calls block (binding, the credential store, up to a second to let answers finish): keep them off the FX thread.
 */
public final class HandOffEndpoint implements AutoCloseable {
    private final AccessTokenSource tokens;
    private final HandOffKey key;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Locale locale;
    private final List<HandOffServer.Listener> listeners = new CopyOnWriteArrayList<>();
    private HandOffServer server;

    public HandOffEndpoint(AccessTokenSource tokens, HandOffKey key, ObjectMapper mapper, Clock clock, Locale locale) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.key = Objects.requireNonNull(key, "key");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * Serves on {@code port} (0: any free one), stopping a server already running first; the port bound.
     *
     * @throws IOException the port cannot be listened on
     * @throws HandOffKey.Unavailable the credential store cannot give or keep the key
     */
    public synchronized int start(int port) throws IOException, HandOffKey.Unavailable {
        key.getOrCreate();
        stop();
        server = HandOffServer.start(tokens, key::current, mapper, clock, locale, port);
        listeners.forEach(server::addListener);
        return server.port();
    }

    /** Stops serving; nothing when not serving. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    /** The key callers must send (made on first use). */
    public String key() throws HandOffKey.Unavailable {
        return key.getOrCreate();
    }

    /** A new key; the old one is refused from the next request on. */
    public String regenerateKey() throws HandOffKey.Unavailable {
        return key.regenerate();
    }

    /** The last few hand-offs of the running server, newest first; empty when stopped. */
    public synchronized List<HandOffServer.HandOff> recent() {
        return server == null ? List.of() : server.recent();
    }

    /** Hears every hand-off of this and later servers, on a server thread. */
    public synchronized void addListener(HandOffServer.Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        if (server != null) {
            server.addListener(listener);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
