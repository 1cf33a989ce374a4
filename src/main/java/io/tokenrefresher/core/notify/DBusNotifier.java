package io.tokenrefresher.core.notify;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * Linux desktop notifications: {@code org.freedesktop.Notifications.Notify} over the session D-Bus,
 * through dbus-java (which java-keyring already brings for the Secret Service).
 *
 * <p>Each call runs on one daemon worker and is given a short time limit: a bus that accepts the
 * connection but never answers must not hold the notices up. A call that times out marks the bus
 * unavailable for the rest of the run (the worker may stay stuck), so later notices go to the in-window
 * banner at once. Any other failure (no bus, no notification server) answers false for that notice; the
 * next one tries again, since a notification server may start later.
 *
 * <p>A profile's notice of one kind replaces the one before it ({@code replaces_id}) instead of piling up.
 */
public final class DBusNotifier implements DesktopNotifier, AutoCloseable {
    public static final String APP_NAME = "Token Refresher";
    /** Short: a notice is late by this much at worst when the bus hangs, and the banner takes over. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    private static final Logger LOG = System.getLogger(DBusNotifier.class.getName());
    private static final byte URGENCY_LOW = 0;
    private static final byte URGENCY_NORMAL = 1;
    private static final byte URGENCY_CRITICAL = 2;

    private final String address;
    private final Duration timeout;
    private final String appIcon;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "token-refresher-dbus-notify");
        t.setDaemon(true);
        return t;
    });
    /** The id the server gave the last notice of each profile and kind. */
    private final Map<String, UInt32> shownIds = new ConcurrentHashMap<>();
    private volatile boolean unavailable;
    // used on the worker thread only
    private DBusConnection connection;
    private FreedesktopNotifications server;
    private boolean bodyMarkup;

    /** @param address a D-Bus address ({@code unix:path=...}); null or blank: there is no session bus */
    public DBusNotifier(String address, Duration timeout) {
        this(address, timeout, "");
    }

    /** @param appIcon the icon's file path or theme name beside the notice; empty: the server's default */
    public DBusNotifier(String address, Duration timeout, String appIcon) {
        this.address = address == null || address.isBlank() ? null : address;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.appIcon = Objects.requireNonNullElse(appIcon, "");
    }

    /** The session bus of this desktop ({@code DBUS_SESSION_BUS_ADDRESS}), with the default time limit. */
    public static DBusNotifier forThisSession(String appIcon) {
        return new DBusNotifier(System.getenv("DBUS_SESSION_BUS_ADDRESS"), DEFAULT_TIMEOUT, appIcon);
    }

    /** Whether there is a bus address at all; a notice may still fail when no notification server answers. */
    public boolean hasBus() {
        return address != null && !unavailable;
    }

    @Override
    public boolean show(Notice notice) {
        if (!hasBus()) {
            return false;
        }
        Future<Boolean> call;
        try {
            call = worker.submit(() -> send(notice));
        } catch (RejectedExecutionException closed) {
            return false;
        }
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            unavailable = true;
            call.cancel(true);
            LOG.log(Level.INFO, "the session bus did not answer within " + timeout.toMillis()
                    + " ms; notices show in the window from now on");
            return false;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** On the worker: connects once, sends, and drops the connection when the call fails. */
    private boolean send(Notice notice) {
        try {
            if (server == null) {
                connect();
            }
            String key = notice.kind() + "\u0000" + notice.profileName();
            UInt32 replaces = shownIds.getOrDefault(key, new UInt32(0));
            String body = bodyMarkup ? escapeMarkup(notice.body()) : notice.body();
            UInt32 id = server.sendNotify(APP_NAME, replaces, appIcon, notice.title(), body, List.of(),
                    Map.of("urgency", new Variant<>(urgency(notice.severity()))), -1);
            shownIds.put(key, id);
            return true;
        } catch (Exception | LinkageError e) {
            // the class only: a D-Bus error's text may quote the call's arguments
            LOG.log(Level.DEBUG, "desktop notification not shown: " + e.getClass().getName());
            disconnect();
            return false;
        }
    }

    private void connect() throws Exception {
        connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        server = connection.getRemoteObject(FreedesktopNotifications.BUS_NAME, FreedesktopNotifications.OBJECT_PATH,
                FreedesktopNotifications.class);
        List<String> capabilities = server.getCapabilities();
        bodyMarkup = capabilities != null && capabilities.contains("body-markup");
    }

    private void disconnect() {
        server = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (Exception | LinkageError ignored) {
                // closing a broken connection: nothing more to do
            }
            connection = null;
        }
    }

    private static byte urgency(Notice.Severity severity) {
        return switch (severity) {
            case INFO -> URGENCY_LOW;
            case WARNING -> URGENCY_NORMAL;
            case ERROR -> URGENCY_CRITICAL; // stays until dismissed: the session can no longer be kept
        };
    }

    /** With "body-markup", the body is a subset of XML: a failure's {@code &} or {@code <} must not break it. */
    static String escapeMarkup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        try {
            worker.submit(this::disconnect).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // a stuck worker: the daemon thread ends with the JVM
        } finally {
            worker.shutdownNow();
        }
    }
}
