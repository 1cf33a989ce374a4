package io.tokenrefresher.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.history.RefreshHistory;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.AutoRefresh;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.session.AutoRefresher;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.RefreshScheduler;
import io.tokenrefresher.core.session.SessionAnswer;
import io.tokenrefresher.core.session.SessionListener;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.SessionState;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.testing.TestTokens;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 1,000 auto-refreshes in one run, as the window does them (the real AutoRefresher, its daemon scheduler,
 * a cached worker pool, the system clock, the history), against a fake gateway in another process that
 * issues 2-second access tokens; prints heap after GC and the thread count at 0, 500 and 1,000.
 * Run by {@code bench/keepalive-soak.sh}. Stops by itself: at 1,000 refreshes, or after 10 minutes.
 *
 * <p>Arguments: gateway base URL, number of sessions (default 20), refreshes (default 1000).
 */
public final class KeepAliveSoak {
    private KeepAliveSoak() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        int sessionsCount = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int target = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        ObjectMapper mapper = new ObjectMapper();
        HttpClients http = new HttpClients();
        TokenEndpointClient client = new TokenEndpointClient(http::defaultClient, mapper, Clock.systemUTC(), "soak");
        SessionRegistry sessions = new SessionRegistry(TokenSender.over(() -> client, () -> http),
                () -> new JwtInspector(mapper), Clock.systemUTC());
        RefreshHistory history = new RefreshHistory();
        sessions.addListener(history);
        AtomicInteger auto = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        sessions.addListener(new SessionListener() {
            @Override
            public void answered(ProfileSession session, SessionAnswer answer) {
                if (answer.automatic()) {
                    auto.incrementAndGet();
                    if (answer.result().pair() == null) {
                        failed.incrementAndGet();
                    }
                }
            }
        });
        ExecutorService network = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "soak-worker");
            t.setDaemon(true);
            return t;
        });
        List<GatewayProfile> profiles = new ArrayList<>();
        for (int i = 0; i < sessionsCount; i++) {
            GatewayProfile p = new GatewayProfile("soak-" + i, "soak-" + i, Endpoint.defaults().withGateway(gateway),
                    null, null, null, false, new AutoRefresh(true, 0));
            profiles.add(p);
            sessions.session(p.id()).send(p.toRequest(TokenRequest.passwordParameters(TestTokens.USER_NAME,
                    "bullfrog_password", "all"), ""), TlsTrust.SYSTEM, ProxySetting.NONE).orElseThrow().newPair()
                    .orElseThrow(() -> new IllegalStateException("log-in refused: is the gateway running?"));
        }
        long start = System.nanoTime();
        try (AutoRefresher refresher = new AutoRefresher(sessions, Clock.systemUTC(),
                RefreshScheduler.daemon("soak-keepalive"), network, AutoRefresher.Settings.DEFAULTS, id -> "")) {
            System.out.println("| auto-refreshes | heap after GC (KiB) | threads | history rows | elapsed s |");
            System.out.println("| --- | --- | --- | --- | --- |");
            print(0, history, start);
            profiles.forEach(refresher::keepAlive);
            int next = target / 2;
            long deadline = start + TimeUnit.MINUTES.toNanos(10);
            while (next <= target && System.nanoTime() < deadline) {
                if (auto.get() >= next) {
                    print(auto.get(), history, start);
                    next += target / 2;
                }
                Thread.sleep(50);
            }
            long alive = profiles.stream().filter(p -> refresher.status(p.id()).state() == SessionState.ALIVE
                    || refresher.status(p.id()).state() == SessionState.REFRESHING).count();
            System.out.println();
            System.out.println("sessions: " + sessionsCount + ", alive at the end: " + alive + ", failed refreshes: "
                    + failed.get() + (auto.get() < target ? " (stopped at the 10-minute limit)" : ""));
        }
        network.shutdownNow();
    }

    private static void print(int refreshes, RefreshHistory history, long start) {
        System.gc();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        System.out.printf("| %d | %d | %d | %d | %.0f |%n", refreshes, heap, threads, history.records().size(),
                (System.nanoTime() - start) / 1e9);
    }
}
