package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.FakeGateway.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error examples in {@code docs/cli.md} are what the command line prints: each documented command
 * is run in-process against a real local server playing the case, and its stderr/stdout lines and exit
 * code ({@code $ echo $?} after it) must be the ones the page shows. The page's ports and folders stand
 * for the test's own.
 */
class DocsExamplesTest {
    private static final Path DOC = Path.of("docs", "cli.md");
    private static final String CORRUPT_STAMP = "\\.corrupt-\\d{8}T\\d{6}Z";

    @TempDir
    Path home;

    private FakeGateway gateway;
    private List<String> doc;

    @BeforeEach
    void setUp() throws IOException {
        gateway = FakeGateway.builder().requireTenant("000000").start();
        doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        gateway.close();
    }

    @Test
    void aPastedAccessToken() {
        String access = gateway.tokens().pair().accessToken();
        check("token-refresher refresh -g 127.0.0.1:18199 -t \"$ACCESS_TOKEN\"", port(18199),
                r -> r.run("refresh", "-g", gateway.baseUrl(), "--tenant-id", "000000", "-t", access));
    }

    @Test
    void aWrongPassword() {
        check("printf 'wrong\\n' | token-refresher login -g 127.0.0.1:18199 -u bullfrog_cpms --password - --md5",
                port(18199), r -> r.stdin("wrong\n").run("login", "-g", gateway.baseUrl(), "--tenant-id", "000000",
                        "-u", "bullfrog_cpms", "--password", "-", "--md5"));
    }

    @Test
    void nothingListening() {
        check("token-refresher refresh -g 127.0.0.1:1 -t \"$RT\"", s -> s,
                r -> r.run("refresh", "-g", "127.0.0.1:1", "-t", "x.y.z"));
    }

    @Test
    void aProxysErrorPage() {
        gateway.enqueue(Fault.html(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));
        check("token-refresher refresh -g 127.0.0.1:18198 -t \"$RT\"", port(18198),
                r -> r.run("refresh", "-g", gateway.baseUrl(), "-t", gateway.validRefreshToken()));
    }

    @Test
    void aServerError() {
        gateway.enqueue(Fault.json(500, "{\"error\":\"server_error\",\"error_description\":\"Internal Server Error\"}"));
        check("token-refresher refresh -g 127.0.0.1:18197 -t \"$RT\"", port(18197),
                r -> r.run("refresh", "-g", gateway.baseUrl(), "-t", gateway.validRefreshToken()));
    }

    @Test
    void aMissingTenant() {
        check("token-refresher refresh -g 127.0.0.1:18196 -t \"$RT\"", port(18196),
                r -> r.run("refresh", "-g", gateway.baseUrl(), "-t", gateway.validRefreshToken()));
    }

    @Test
    void notAJwt() {
        check("token-refresher decode not-a-token", s -> s, r -> r.run("decode", "not-a-token"));
    }

    @Test
    void aDamagedProfilesFile() throws IOException {
        Files.writeString(home.resolve("profiles.json"), "{\"profiles\": [ x");
        ProfileService profiles = new ProfileService(new ProfileStore(home), new FakeCredentialStore());
        check("TOKEN_REFRESHER_HOME=/tmp/damaged-home token-refresher profiles list",
                s -> s.replace(home.toString(), "/tmp/damaged-home").replaceAll(CORRUPT_STAMP, ".corrupt-STAMP"),
                r -> r.profiles(profiles).run("profiles", "list"));
    }

    /** Replaces the test gateway's address with the page's. */
    private Function<String, String> port(int documented) {
        return s -> s.replace("127.0.0.1:" + gateway.port(), "127.0.0.1:" + documented);
    }

    private void check(String command, Function<String, String> asDocumented, Function<CliRunner, CliRunner.Result> run) {
        int at = doc.indexOf("$ " + command);
        assertThat(at).as("docs/cli.md shows the command %s", command).isNotNegative();
        List<String> shown = new ArrayList<>();
        int i = at + 1;
        for (; i < doc.size() && !doc.get(i).startsWith("$ ") && !doc.get(i).startsWith("```"); i++) {
            shown.add(doc.get(i).replaceAll(CORRUPT_STAMP, ".corrupt-STAMP"));
        }
        CliRunner.Result result = run.apply(new CliRunner());
        List<String> printed = new ArrayList<>();
        (result.err() + result.out()).lines().map(asDocumented).forEach(printed::add);
        assertThat(printed).as("what %s prints", command).containsExactlyElementsOf(shown);
        if (i < doc.size() && doc.get(i).equals("$ echo $?")) {
            assertThat(result.exitCode()).as("exit code of %s", command).isEqualTo(Integer.parseInt(doc.get(i + 1)));
        }
    }
}
