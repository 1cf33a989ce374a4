package io.tokenrefresher.core.notify;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The two methods of the Desktop Notifications Specification (1.2) the app calls on
 * {@code org.freedesktop.Notifications} at {@code /org/freedesktop/Notifications}. Public because
 * dbus-java builds a proxy of it.
 */
@DBusInterfaceName("org.freedesktop.Notifications")
public interface FreedesktopNotifications extends DBusInterface {
    String BUS_NAME = "org.freedesktop.Notifications";
    String OBJECT_PATH = "/org/freedesktop/Notifications";

    /** {@code Notify(susssasa{sv}i) -> u}: shows (or replaces) a notification, answers its id (not named notify: Object has one). */
    @DBusMemberName("Notify")
    UInt32 sendNotify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
            List<String> actions, Map<String, Variant<?>> hints, int expireTimeoutMillis);

    /** {@code GetCapabilities() -> as}: "body-markup" among them means the body is read as markup. */
    @DBusMemberName("GetCapabilities")
    List<String> getCapabilities();
}
