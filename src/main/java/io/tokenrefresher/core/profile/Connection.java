package io.tokenrefresher.core.profile;

/**
 * How a profile's requests reach the gateway: which certificates are trusted and which proxy is
 * used. Together they choose the HTTP client ({@link io.tokenrefresher.core.net.HttpClients}).
 */
public record Connection(TlsTrust tlsTrust, ProxySetting proxy) {

    /** The system's trust store and the system's proxy. */
    public static final Connection SYSTEM = new Connection(TlsTrust.SYSTEM, ProxySetting.SYSTEM);

    public Connection {
        tlsTrust = tlsTrust == null ? TlsTrust.SYSTEM : tlsTrust;
        proxy = proxy == null ? ProxySetting.SYSTEM : proxy;
    }

    public Connection withTlsTrust(TlsTrust newTlsTrust) {
        return new Connection(newTlsTrust, proxy);
    }

    public Connection withProxy(ProxySetting newProxy) {
        return new Connection(tlsTrust, newProxy);
    }
}
