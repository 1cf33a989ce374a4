package io.tokenrefresher.core.session.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refreshes of one profile from several threads and app instances of one JVM, against a real server
 * that rotates refresh tokens and revokes the grant when one is used twice.
 */
class SharedRefreshTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClients HTTP = new HttpClients();
    private static final String PROFILE = "3f1e2d4c-0000-4000-8000-000000000001";

    @TempDir
    Path dataFolder;

    private FakeGateway gateway;
    private TokenSender network;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void start() {
        gateway = FakeGateway.builder().rotateWithReuseDetection().start();
        TokenEndpointClient client = new TokenEndpointClient(HTTP::defaultClient, MAPPER, Clock.systemUTC(), "test");
        network = TokenSender.over(() -> client, () -> HTTP);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        gateway.close();
    }

    private SharedRefresh shared(Clock clock) {
        return SharedRefresh.inDataFolder(dataFolder, CredentialStore.none("none"), MAPPER, clock);
    }

    /** A window of its own over the shared data folder: its own registry, cache and lock objects. */
    private ProfileSession appInstanceSession() {
        SharedRefresh shared = shared(Clock.systemUTC());
        return SessionRegistry.perProfile(id -> shared.senderFor(id, network), () -> new JwtInspector(MAPPER))
                .session(PROFILE);
    }

    /** Runs every task on its own thread, released at the same instant; their results in order. */
    private <T> List<T> atTheSameInstant(List<Callable<T>> tasks) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(threads.submit(() -> {
                go.await();
                return task.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    private TokenRequest refresh(String refreshToken) {
        return TestRequests.refresh(gateway.baseUrl(), TokenRequest.DEFAULT_TOKEN_PATH, refreshToken,
                TokenRequest.DEFAULT_SCOPE, ParameterPlacement.FORM);
    }

    private static String refreshTokenOf(TokenOutcome outcome) {
        return ((TokenOutcome.Success) outcome).response().refreshToken();
    }

    @Test
    void twoAppInstancesRefreshingTheSameProfileAtOnceSendOneRefreshAndBothEndWithTheNewestPair() throws Exception {
        String shared = gateway.validRefreshToken();
        // the first refresh to arrive is answered slowly: the other one surely asks while it is in flight
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofMillis(400)));
        ProfileSession window = appInstanceSession();
        ProfileSession secondWindow = appInstanceSession();

        atTheSameInstant(List.of(
                () -> window.send(refresh(shared), TlsTrust.SYSTEM, ProxySetting.NONE),
                () -> secondWindow.send(refresh(shared), TlsTrust.SYSTEM,
                        ProxySetting.NONE)));

        assertThat(gateway.requests()).hasSize(1);
        assertThat(gateway.grant(shared)).isEqualTo(new FakeGateway.GrantState(1, false));
        String newest = shared(Clock.systemUTC()).cache().read(PROFILE).orElseThrow().refreshToken();
        assertThat(newest).isNotEqualTo(shared);
        assertThat(window.newest().orElseThrow().response().refreshToken()).isEqualTo(newest);
        assertThat(secondWindow.newest().orElseThrow().response().refreshToken()).isEqualTo(newest);
        // and the chain goes on: the newest token is accepted
        assertThat(window.send(refresh(newest), TlsTrust.SYSTEM, ProxySetting.NONE)
                .orElseThrow().outcome()).isInstanceOf(TokenOutcome.Success.class);
    }

    @Test
    void withoutTheLockTheSameTwoRefreshesMakeTheServerRevokeTheGrant() throws Exception {
        String shared = gateway.validRefreshToken();
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofMillis(400)));

        List<TokenOutcome> outcomes = atTheSameInstant(List.of(
                () -> network.send(refresh(shared), TlsTrust.SYSTEM, ProxySetting.NONE),
                () -> network.send(refresh(shared), TlsTrust.SYSTEM,
                        ProxySetting.NONE)));

        assertThat(gateway.requests()).hasSize(2);
        assertThat(gateway.grant(shared).revoked()).isTrue();
        assertThat(outcomes).filteredOn(o -> o instanceof TokenOutcome.Failure).singleElement()
                .extracting(o -> ((TokenOutcome.Failure) o).failure()).isInstanceOfSatisfying(
                        GatewayFailure.ServerRefused.class, refused -> assertThat(refused.status()).isEqualTo(400));
    }

    @Test
    void eightThreadsOfOneProcessAskingAtOnceCostOneRefresh() throws Exception {
        String shared = gateway.validRefreshToken();
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofMillis(300)));
        SharedRefresh refresh = shared(Clock.systemUTC());
        List<SharedRefresh.How> heard = new CopyOnWriteArrayList<>();
        refresh.addListener((profileId, exchange) -> heard.add(exchange.how()));
        List<Callable<SharedRefresh.Exchange>> askers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            askers.add(() -> refresh.exchange(PROFILE, refresh(shared), TlsTrust.SYSTEM,
                    ProxySetting.NONE, network));
        }

        List<SharedRefresh.Exchange> exchanges = atTheSameInstant(askers);

        assertThat(gateway.refreshCount()).isEqualTo(1);
        assertThat(gateway.grant(shared).revoked()).isFalse();
        assertThat(exchanges).extracting(SharedRefresh.Exchange::how).containsOnlyOnce(SharedRefresh.How.SENT)
                .filteredOn(h -> h != SharedRefresh.How.SENT).hasSize(7)
                .containsOnly(SharedRefresh.How.TAKEN_FROM_CACHE);
        assertThat(heard).containsExactlyInAnyOrderElementsOf(exchanges.stream().map(SharedRefresh.Exchange::how).toList());
        assertThat(exchanges).extracting(e -> refreshTokenOf(e.outcome())).containsOnly(
                refresh.cache().read(PROFILE).orElseThrow().refreshToken());
    }

    @Test
    void aStaleTokenWhoseCachedPairIsNoLongerFreshIsReplacedByTheCachedNewerToken() throws Exception {
        String first = gateway.validRefreshToken();
        SharedRefresh now = shared(Clock.systemUTC());
        now.exchange(PROFILE, refresh(first), TlsTrust.SYSTEM, ProxySetting.NONE,
                network);
        String second = now.cache().read(PROFILE).orElseThrow().refreshToken();
        // a process that looks 45 minutes later: the one-hour access token is past half its life
        SharedRefresh later = shared(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(45)));

        SharedRefresh.Exchange exchange = later.exchange(PROFILE, refresh(first),
                TlsTrust.SYSTEM, ProxySetting.NONE, network);

        assertThat(exchange.how()).isEqualTo(SharedRefresh.How.SENT_WITH_NEWER_CACHED_TOKEN);
        assertThat(gateway.lastRequest().formParameters()).containsEntry("refresh_token", second);
        assertThat(gateway.grant(first)).isEqualTo(new FakeGateway.GrantState(2, false));
        CachedTokens cached = later.cache().read(PROFILE).orElseThrow();
        assertThat(cached.refreshToken()).isEqualTo(refreshTokenOf(exchange.outcome()));
        assertThat(cached.hasUsed(first)).isTrue();
        assertThat(cached.hasUsed(second)).isTrue();
    }

    @Test
    void aTokenTheCachedChainNeverSawIsSentAsGivenAndAFailureLeavesTheCacheAlone() throws Exception {
        SharedRefresh refresh = shared(Clock.systemUTC());
        refresh.exchange(PROFILE, refresh(gateway.validRefreshToken()), TlsTrust.SYSTEM,
                ProxySetting.NONE, network);
        String pasted = gateway.validRefreshToken();

        SharedRefresh.Exchange exchange = refresh.exchange(PROFILE, refresh(pasted),
                TlsTrust.SYSTEM, ProxySetting.NONE, network);
        CachedTokens afterPaste = refresh.cache().read(PROFILE).orElseThrow();
        SharedRefresh.Exchange refused = refresh.exchange(PROFILE, TestRequests.refresh(gateway.baseUrl(),
                gateway.tokens().expiredRefreshToken(Duration.ofMinutes(1))), TlsTrust.SYSTEM, ProxySetting.NONE, network);

        assertThat(exchange.how()).isEqualTo(SharedRefresh.How.SENT);
        assertThat(gateway.grant(pasted)).isEqualTo(new FakeGateway.GrantState(1, false));
        assertThat(afterPaste.refreshToken()).isEqualTo(refreshTokenOf(exchange.outcome()));
        assertThat(refused.outcome()).isInstanceOf(TokenOutcome.Failure.class);
        assertThat(refused.storedIn()).isNull();
        assertThat(refresh.cache().read(PROFILE).orElseThrow().storedAt()).isEqualTo(afterPaste.storedAt());
    }

    @Test
    void requestsWithoutAProfileGoStraightToTheNetwork() {
        TokenSender sender = SharedRefresh.senderFor(() -> {
            throw new AssertionError("no cache for requests without a profile");
        }, SessionRegistry.NO_PROFILE, network);

        assertThat(sender).isSameAs(network);
    }
}
