package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.app.Main;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.profile.AppDirectories;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.testing.ChildJvm;
import io.tokenrefresher.testing.FakeGateway;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a real process: it answers a request, never prints the key, and a SIGTERM ends it with 0. */
class ServeCommandProcessTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String KEY = "k".repeat(20) + "-serve-test-key-0123456789";

    @TempDir
    Path home;

    private FakeGateway gateway;
    private Process process;

    @BeforeEach
    void setUp() {
        gateway = FakeGateway.builder().rotateWithReuseDetection().start();
        ProfileService service = new ProfileService(new ProfileStore(home), CredentialStore.none("test: no OS store"));
        service.load();
        GatewayProfile uat = service.update(service.create("UAT").withEndpoint(Endpoint.defaults()
                .withGateway(gateway.baseUrl()).withPlacement(ParameterPlacement.FORM)).withRememberRefreshToken(true));
        service.afterRefresh(uat.id(), gateway.validRefreshToken());
        service.save();
    }

    @AfterEach
    void tearDown() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        gateway.close();
    }

    @Test
    void servesATokenAndStopsWithExitZeroOnSigterm() throws Exception {
        Path keyFile = Files.writeString(home.resolve("key.txt"), KEY + "\n");
        int port = freePort();
        // to a file: Process.destroy() closes the pipes, and what it prints while stopping must be read too
        Path output = home.resolve("serve.out");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", ChildJvm.testClassPath(), Main.class.getName(), "serve", "--port", String.valueOf(port),
                "--key-file", keyFile.toString()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put(AppDirectories.HOME_OVERRIDE_VARIABLE, home.toString());
        process = builder.start();
        String firstLine = firstLine(output);
        assertThat(firstLine).contains("http://127.0.0.1:" + port + "/v1/profiles/").doesNotContain(KEY);

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1/profiles/UAT/access-token"))
                .header("X-Token-Refresher-Key", KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode json = MAPPER.readTree(answer.body());
        assertThat(json.get("profile").asText()).isEqualTo("UAT");
        assertThat(json.get("access_token").asText()).startsWith("ey");

        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String rest = Files.readString(output);
        assertThat(process.exitValue()).as(rest).isZero();
        assertThat(rest).doesNotContain(KEY).doesNotContain(json.get("access_token").asText());
        assertThat(gateway.requests()).hasSize(1);
    }

    @Test
    void aShortKeyFileIsAUsageError() throws Exception {
        Path keyFile = Files.writeString(home.resolve("key.txt"), "short");

        ChildJvm.Result r = ChildJvm.run(List.of(), Map.of(AppDirectories.HOME_OVERRIDE_VARIABLE, home.toString()),
                Main.class.getName(), "serve", "--port", "0", "--key-file", keyFile.toString());

        assertThat(r.exitCode()).as(r.output()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.output()).contains("fewer than 32 characters");
    }

    /** The first line the child printed, waiting for it (a JVM's start takes a while on a loaded machine). */
    private String firstLine(Path output) throws Exception {
        for (int i = 0; i < 600 && process.isAlive(); i++) {
            String text = Files.exists(output) ? Files.readString(output) : "";
            if (text.contains("\n")) {
                return text.substring(0, text.indexOf('\n'));
            }
            Thread.sleep(50);
        }
        return Files.exists(output) ? Files.readString(output) : "";
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
