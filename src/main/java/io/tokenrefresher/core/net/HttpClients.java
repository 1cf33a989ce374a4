package io.tokenrefresher.core.net;

import io.tokenrefresher.core.oauth.GatewayFailure.SetupProblem;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@link HttpClient}s for a profile's connection settings (TLS trust and proxy), built once per
 * distinct setting and then shared: building one costs ~300 ms (TLS set-up, a selector thread), so
 * {@link #forSettings} is called off the UI thread and the answer is cached.
 *
 * <p>Every client is {@link TokenEndpointClient#httpClientBuilder() HTTP/1.1 without redirects and
 * with a 10 s connect timeout}. Trust: {@code SYSTEM} uses the default {@code SSLContext};
 * {@code CA_FILE} trusts the system CAs plus the certificates in the PEM file (host names still
 * checked); {@code TRUST_ALL} accepts any certificate for any host name. Proxy: {@code SYSTEM} is
 * {@link ProxySelector#getDefault()}, which honours {@code -Dhttps.proxyHost}/{@code -Dhttp.proxyHost},
 * {@code -Dhttp.nonProxyHosts} and {@code -Djava.net.useSystemProxies=true}, but <em>not</em> the
 * {@code HTTP_PROXY}/{@code HTTPS_PROXY} environment variables (the JDK client never reads them);
 * {@code NONE} connects directly; {@code MANUAL} sends through {@code host:port}, resolved when
 * connecting, so an unknown proxy name is reported as such by the request, not here.
 *
 * <p>A client for a CA file is rebuilt when the file changes (its modification time or size), so a
 * tester who replaces the file does not need to restart. Entries are never evicted: there is one per
 * distinct setting used in this session, a handful.
 *
 * <p>Thread-safe. Two threads asking for the same setting at once get the same client, built once:
 * this is how the app's background warm-up of {@link #defaultClient()} and a first refresh share one
 * build.
 */
public final class HttpClients {
    private record Settings(TlsTrust tls, ProxySetting proxy) {
    }

    /** What the CA file looked like when its client was built; null for the other trust modes. */
    private record FileStamp(long lastModifiedMillis, long size) {
    }

    private record Entry(FileStamp stamp, CompletableFuture<HttpClient> client) {
    }

    private final ConcurrentMap<Settings, Entry> cache = new ConcurrentHashMap<>();

    /**
     * The client for system trust and the system proxy: what a refresh without a profile (or with a
     * default one) uses. Built on first call, exactly once.
     */
    public HttpClient defaultClient() {
        try {
            return forSettings(TlsTrust.SYSTEM, ProxySetting.SYSTEM);
        } catch (ConnectionSetupException e) {
            throw new IllegalStateException("system settings need no file and no proxy address", e);
        }
    }

    /** The client for a profile's {@link GatewayProfile#tlsTrust()} and {@link GatewayProfile#proxy()}. */
    public HttpClient forProfile(GatewayProfile profile) throws ConnectionSetupException {
        return forSettings(profile.connection().tlsTrust(), profile.connection().proxy());
    }

    /**
     * The cached client for these settings, built now (blocking, ~300 ms) when there is none yet or the
     * CA file changed since. Null settings mean SYSTEM.
     *
     * @throws ConnectionSetupException the CA file is not set, missing, unreadable or holds no
     *                                  certificate, or a manual proxy lacks host or port; nothing is cached
     */
    public HttpClient forSettings(TlsTrust tls, ProxySetting proxy) throws ConnectionSetupException {
        Settings key = new Settings(tls == null ? TlsTrust.SYSTEM : tls, proxy == null ? ProxySetting.SYSTEM : proxy);
        checkProxy(key.proxy());
        FileStamp stamp = key.tls().mode() == TlsTrust.Mode.CA_FILE ? stampOf(key.tls().caFile()) : null;
        while (true) {
            Entry existing = cache.get(key);
            if (existing != null && Objects.equals(existing.stamp(), stamp)) {
                return await(existing);
            }
            Entry mine = new Entry(stamp, new CompletableFuture<>());
            boolean claimed = existing == null
                    ? cache.putIfAbsent(key, mine) == null
                    : cache.replace(key, existing, mine);
            if (!claimed) {
                continue;
            }
            try {
                HttpClient client = build(key.tls(), key.proxy());
                mine.client().complete(client);
                return client;
            } catch (ConnectionSetupException | RuntimeException | Error e) {
                cache.remove(key, mine);
                mine.client().completeExceptionally(e);
                throw e;
            }
        }
    }

    /**
     * A new client for these settings, not cached: for a one-shot command line run. Null settings mean
     * SYSTEM.
     */
    public static HttpClient build(TlsTrust tls, ProxySetting proxy) throws ConnectionSetupException {
        TlsTrust trust = tls == null ? TlsTrust.SYSTEM : tls;
        ProxySetting route = proxy == null ? ProxySetting.SYSTEM : proxy;
        checkProxy(route);
        HttpClient.Builder builder = TokenEndpointClient.httpClientBuilder();
        switch (trust.mode()) {
            case CA_FILE -> builder.sslContext(TrustMaterial.trustingAlso(caFilePath(trust.caFile()), trust.caFile()));
            case TRUST_ALL -> builder.sslContext(TrustMaterial.trustingAll());
            case SYSTEM -> {
                // the builder's default: SSLContext.getDefault()
            }
        }
        switch (route.mode()) {
            case NONE -> builder.proxy(HttpClient.Builder.NO_PROXY);
            // unresolved: the name is looked up at each connect, so a DNS change or a typo shows up then
            case MANUAL -> builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(route.host(), route.port())));
            case SYSTEM -> {
                ProxySelector system = ProxySelector.getDefault();
                if (system != null) {
                    builder.proxy(system);
                }
            }
        }
        return builder.build();
    }

    private static void checkProxy(ProxySetting proxy) throws ConnectionSetupException {
        if (!proxy.isComplete()) {
            throw new ConnectionSetupException(SetupProblem.PROXY_INCOMPLETE, null, proxy.hostPort(), null);
        }
    }

    private static Path caFilePath(String caFile) throws ConnectionSetupException {
        if (caFile == null) {
            throw new ConnectionSetupException(SetupProblem.CA_FILE_NOT_SET, null, null, null);
        }
        try {
            return Path.of(caFile);
        } catch (InvalidPathException e) {
            throw new ConnectionSetupException(SetupProblem.CA_FILE_MISSING, caFile, e.getReason(), e);
        }
    }

    private static FileStamp stampOf(String caFile) throws ConnectionSetupException {
        Path path = caFilePath(caFile);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new ConnectionSetupException(SetupProblem.CA_FILE_UNREADABLE, caFile, "not a file", null);
            }
            return new FileStamp(attributes.lastModifiedTime().toMillis(), attributes.size());
        } catch (NoSuchFileException e) {
            throw new ConnectionSetupException(SetupProblem.CA_FILE_MISSING, caFile, null, e);
        } catch (IOException | SecurityException e) {
            throw new ConnectionSetupException(SetupProblem.CA_FILE_UNREADABLE, caFile, e.getMessage(), e);
        }
    }

    /** Waits for another thread's build of the same setting; its failure is this caller's too. */
    private static HttpClient await(Entry entry) throws ConnectionSetupException {
        try {
            return entry.client().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConnectionSetupException setup) {
                throw new ConnectionSetupException(setup.problem(), setup.path(), setup.failure().detail(), setup);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
