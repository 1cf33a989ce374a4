package io.tokenrefresher.testing;

import io.tokenrefresher.core.notify.FreedesktopNotifications;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * A tiny notification server on a real bus: owns {@code org.freedesktop.Notifications} and records each
 * {@code Notify} call. Its interface is written here from the specification, apart from the app's
 * {@link FreedesktopNotifications}, so a wrong signature there fails the call instead of matching itself.
 */
public final class FakeNotificationServer implements AutoCloseable {

    /** Desktop Notifications Specification 1.2, with its member names. */
    @DBusInterfaceName("org.freedesktop.Notifications")
    @SuppressWarnings("checkstyle:MethodName")
    public interface SpecNotifications extends DBusInterface {
        UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                String[] actions, Map<String, Variant<?>> hints, int expireTimeout);

        String[] GetCapabilities();
    }

    /** One {@code Notify} call as the server received it. */
    public record Call(String appName, long replacesId, String appIcon, String summary, String body, Map<String, Variant<?>> hints,
                int expireTimeout) {
        public Object urgency() {
            return hints.get("urgency").getValue();
        }
    }

    private final DBusConnection connection;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final AtomicInteger lastId = new AtomicInteger();

    public FakeNotificationServer(String address, List<String> capabilities) throws Exception {
        connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        connection.requestBusName(FreedesktopNotifications.BUS_NAME);
        connection.exportObject(FreedesktopNotifications.OBJECT_PATH, new SpecNotifications() {
            @Override
            public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                    String[] actions, Map<String, Variant<?>> hints, int expireTimeout) {
                calls.add(new Call(appName, replacesId.longValue(), appIcon, summary, body, hints, expireTimeout));
                return replacesId.longValue() != 0 ? replacesId : new UInt32(lastId.incrementAndGet());
            }

            @Override
            public String[] GetCapabilities() {
                return capabilities.toArray(String[]::new);
            }

            @Override
            public String getObjectPath() {
                return FreedesktopNotifications.OBJECT_PATH;
            }
        });
    }

    /** The next call received, waiting a little for it (the bus delivers it on its own threads). */
    public Call nextCall() throws InterruptedException {
        Call call = calls.poll(10, TimeUnit.SECONDS);
        if (call == null) {
            throw new AssertionError("no Notify call reached the server");
        }
        return call;
    }

    public boolean noMoreCalls() {
        return calls.isEmpty();
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
