package io.tokenrefresher.core.session.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.testing.ChildJvm;
import io.tokenrefresher.testing.FakeGateway;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes sharing one data folder (two windows, or a window and a command line) holding the
 * same refresh token, asked to refresh at the same instant, against a server that rotates refresh
 * tokens and revokes the whole grant when one is used twice.
 */
class CrossProcessRefreshTest {
    private static final Pattern JTI = Pattern.compile("REFRESH_JTI=(\\S+)");
    private static final Pattern HOW = Pattern.compile("HOW=(\\S+)");

    @TempDir
    Path dataFolder;
    @TempDir
    Path signals;

    private FakeGateway gateway;

    @BeforeEach
    void start() {
        gateway = FakeGateway.builder().rotateWithReuseDetection().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    /** Starts both processes, lets them go at once when both are ready, and returns their outputs. */
    private List<String> refreshInTwoProcesses(String mode, String refreshToken) throws Exception {
        Path go = signals.resolve("go");
        List<CompletableFuture<ChildJvm.Result>> children = new ArrayList<>();
        List<Path> readyFiles = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path ready = signals.resolve("ready-" + i);
            readyFiles.add(ready);
            children.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return ChildJvm.run(List.of(), Map.of(), RefreshingProcess.class.getName(), mode,
                            dataFolder.toString(), gateway.baseUrl(), refreshToken, ready.toString(), go.toString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!readyFiles.stream().allMatch(Files::exists) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(readyFiles).as("both processes started").allMatch(Files::exists);
        Files.createFile(go);
        List<String> outputs = new ArrayList<>();
        for (CompletableFuture<ChildJvm.Result> child : children) {
            ChildJvm.Result result = child.get(90, TimeUnit.SECONDS);
            assertThat(result.exitCode()).as(result.output()).isZero();
            outputs.add(result.output());
        }
        return outputs;
    }

    private static String find(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }

    @Test
    void twoProcessesAskingAtOnceSendOneRefreshKeepTheGrantAndBothEndWithTheNewestPair() throws Exception {
        String shared = gateway.validRefreshToken();
        // whichever arrives first is answered slowly, so the other surely asks while it is in flight
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofMillis(800)));

        List<String> outputs = refreshInTwoProcesses("shared", shared);

        assertThat(gateway.requests()).hasSize(1);
        assertThat(gateway.grant(shared)).isEqualTo(new FakeGateway.GrantState(1, false));
        String newest = new TokenCache(dataFolder, CredentialStore.none("none"), new ObjectMapper()).read("profile-1")
                .orElseThrow().refreshToken();
        String newestJti = JWT.decode(newest).getId();
        assertThat(newestJti).isNotEqualTo(JWT.decode(shared).getId());
        assertThat(outputs).extracting(o -> find(JTI, o)).containsExactly(newestJti, newestJti);
        assertThat(outputs).extracting(o -> find(HOW, o)).containsExactlyInAnyOrder("SENT", "TAKEN_FROM_CACHE");
    }

    @Test
    void withoutLockAndCacheTheSameTwoProcessesMakeTheServerRevokeTheGrant() throws Exception {
        String shared = gateway.validRefreshToken();
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofMillis(800)));

        List<String> outputs = refreshInTwoProcesses("direct", shared);

        assertThat(gateway.requests()).hasSize(2);
        assertThat(gateway.grant(shared).revoked()).isTrue();
        assertThat(outputs).filteredOn(o -> o.contains("FAILED=ServerRefused")).hasSize(1);
    }
}
