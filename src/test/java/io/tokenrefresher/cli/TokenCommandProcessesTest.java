package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.app.Main;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.AppDirectories;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.core.session.cache.CachedTokens;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import io.tokenrefresher.core.session.cache.TokenCache;
import io.tokenrefresher.testing.ChildJvm;
import io.tokenrefresher.testing.FakeGateway;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code token} as real processes over one data folder (as scripts and a window run it): a cached answer
 * loads neither JavaFX nor the JDK's HTTP client, and ten processes asked at once when the cached token
 * is within {@code --min-valid} of its expiry make one refresh at a gateway that revokes on reuse.
 */
class TokenCommandProcessesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CredentialStore NO_STORE = CredentialStore.none("test: no OS store");
    private static final int PROCESSES = 10;

    @TempDir
    Path home;

    private FakeGateway gateway;
    private GatewayProfile profile;
    private String initialRefreshToken;

    @BeforeEach
    void setUp() {
        gateway = FakeGateway.builder().rotateWithReuseDetection().start();
        ProfileService service = new ProfileService(new ProfileStore(home), NO_STORE);
        service.load();
        profile = service.update(service.create("UAT")
                .withEndpoint(Endpoint.defaults().withGateway(gateway.baseUrl()).withPlacement(ParameterPlacement.FORM)));
        initialRefreshToken = gateway.validRefreshToken();
    }

    @AfterEach
    void tearDown() {
        gateway.close();
    }

    /**
     * Puts a pair into the cache as a window would have, received {@code age} ago (an hour's token
     * received 3500 s ago has 100 s left). The cache file then notes there is no OS store, so the child
     * processes do not ask this machine's keyring.
     */
    private void windowRefreshed(Duration age) throws InterruptedException {
        Clock then = Clock.offset(Clock.systemUTC(), age.negated());
        HttpClients http = new HttpClients();
        TokenEndpointClient client = new TokenEndpointClient(http::defaultClient, MAPPER, then, "test-window");
        TokenOutcome outcome = SharedRefresh.inDataFolder(home, NO_STORE, MAPPER, then)
                .senderFor(profile.id(), TokenSender.over(() -> client, () -> http))
                .send(profile.toRequest(TokenRequest.refreshParameters(initialRefreshToken, "all"), ""),
                        profile.connection().tlsTrust(), profile.connection().proxy());
        assertThat(outcome).isInstanceOf(TokenOutcome.Success.class);
    }

    private CachedTokens cached() {
        return new TokenCache(home, NO_STORE, MAPPER).read(profile.id()).orElseThrow();
    }

    private ChildJvm.Result token(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("token", "--profile", "UAT"));
        command.addAll(List.of(args));
        return ChildJvm.run(jvmOptions, Map.of(AppDirectories.HOME_OVERRIDE_VARIABLE, home.toString()),
                Main.class.getName(), command.toArray(String[]::new));
    }

    @Test
    void aCachedAnswerLoadsNeitherJavaFxNorTheHttpClient() throws Exception {
        windowRefreshed(Duration.ZERO);

        ChildJvm.Result r = token(List.of("-verbose:class"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains(cached().response().accessToken());
        assertThat(r.output()).contains("io.tokenrefresher.cli.AccessTokenCommand");
        assertThat(r.output()).doesNotContain("javafx.").doesNotContain("java.net.http.")
                .doesNotContain("io.tokenrefresher.core.oauth.http.TokenEndpointClient");
        assertThat(gateway.requests()).hasSize(1);
    }

    @Test
    void tenProcessesAskingNearExpiryMakeOneRefreshAndAllPrintTheNewToken() throws Exception {
        windowRefreshed(Duration.ofSeconds(3500));
        String before = cached().response().accessToken();
        // the first refresh is answered slowly, so the others surely ask while it is in flight
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofMillis(800)));

        // its own threads: the common pool has one thread on a two-core machine, which would start them in turn
        ExecutorService starter = Executors.newFixedThreadPool(PROCESSES);
        List<CompletableFuture<ChildJvm.Result>> children = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            children.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return token(List.of(), "--min-valid", "600", "-o", "json");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, starter));
        }
        List<JsonNode> answers = new ArrayList<>();
        try {
            for (CompletableFuture<ChildJvm.Result> child : children) {
                ChildJvm.Result r = child.get(120, TimeUnit.SECONDS);
                assertThat(r.exitCode()).as(r.output()).isZero();
                answers.add(jsonIn(r.output()));
            }
        } finally {
            starter.shutdownNow();
        }

        String newest = cached().response().accessToken();
        assertThat(newest).isNotEqualTo(before);
        assertThat(gateway.requests()).as("the window's refresh and one more").hasSize(2);
        assertThat(gateway.grant(initialRefreshToken)).isEqualTo(new FakeGateway.GrantState(2, false));
        assertThat(answers).extracting(a -> a.get("access_token").asText()).containsOnly(newest).hasSize(PROCESSES);
        assertThat(answers).filteredOn(a -> a.get("refreshed").asBoolean()).hasSize(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.get("expires_in").asLong()).isGreaterThan(3000));
    }

    /** The JSON document in a child's output (stderr is merged into it). */
    private static JsonNode jsonIn(String output) throws Exception {
        int start = output.indexOf('{');
        int end = output.lastIndexOf('}');
        assertThat(start).as(output).isNotNegative();
        return MAPPER.readTree(output.substring(start, end + 1));
    }
}
