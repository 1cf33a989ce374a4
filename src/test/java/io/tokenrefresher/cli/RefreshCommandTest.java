package io.tokenrefresher.cli;

import static io.tokenrefresher.cli.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;
import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.RecordedRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code token-refresher refresh} against a real local gateway: outputs, inputs, options, exit codes. */
class RefreshCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeGateway gateway;
    private String refreshToken;

    @BeforeEach
    void start() {
        gateway = FakeGateway.start();
        refreshToken = gateway.validRefreshToken();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private CliRunner.Result refresh(String... more) {
        return refreshWith(new CliRunner(), more);
    }

    private CliRunner.Result refreshWith(CliRunner runner, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "refresh";
        args[1] = "--gateway";
        args[2] = gateway.baseUrl();
        System.arraycopy(more, 0, args, 3, more.length);
        return runner.run(args);
    }

    @Nested
    class Outputs {
        @Test
        void jsonIsTheServersAnswerPrettyPrintedInItsOrder() throws IOException {
            CliRunner.Result r = refresh("--refresh-token", refreshToken);

            assertThat(r.exitCode()).isZero();
            assertThat(r.err()).isEmpty();
            JsonNode json = MAPPER.readTree(r.out());
            assertThat(json.path("token_type").asText()).isEqualTo("bearer");
            assertThat(json.path("nick_name").asText()).isEqualTo("牛蛙-cpms对接账");
            assertThat(r.out()).startsWith("{\n  \"access_token\" : \"eyJ");
            assertThat(r.out().indexOf("\"nick_name\"")).isGreaterThan(r.out().indexOf("\"user_name\""));
            // the seed's request: JSON body, refresh grant, scope all
            RecordedRequest sent = gateway.lastRequest();
            assertThat(sent.path()).isEqualTo(FakeGateway.TOKEN_PATH);
            assertThat(sent.contentType()).isEqualTo("application/json;charset=UTF-8");
            JsonNode body = MAPPER.readTree(sent.body());
            assertThat(body.path("grant_type").asText()).isEqualTo("refresh_token");
            assertThat(body.path("refresh_token").asText()).isEqualTo(refreshToken);
            assertThat(body.path("scope").asText()).isEqualTo("all");
        }

        @Test
        void accessTokenPrintsOnlyTheAccessToken() {
            CliRunner.Result r = refresh("-t", refreshToken, "--output", "access-token");

            assertThat(r.exitCode()).isZero();
            String access = r.out().strip();
            assertThat(r.out()).isEqualTo(access + System.lineSeparator());
            assertThat(JWT.decode(access).getClaim("ati").isMissing()).isTrue();
            assertThat(r.err()).isEmpty();
        }

        @Test
        void refreshTokenPrintsOnlyTheNewRefreshToken() {
            CliRunner.Result r = refresh("-t", refreshToken, "-o", "refresh-token");

            assertThat(r.exitCode()).isZero();
            String newRefresh = r.out().strip();
            assertThat(newRefresh.split("\\R")).hasSize(1);
            assertThat(JWT.decode(newRefresh).getClaim("ati").asString()).isNotBlank();
            assertThat(newRefresh).isNotEqualTo(refreshToken);
        }

        @Test
        void headerIsAnAuthorizationLineAndNothingElse() {
            CliRunner.Result r = refresh("-t", refreshToken, "-o", "header");

            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).matches("Authorization: Bearer eyJ[A-Za-z0-9_.-]+\\R");
            String access = r.out().strip().substring("Authorization: Bearer ".length());
            assertThat(JWT.decode(access).getClaim("ati").isMissing()).isTrue();
        }

        @Test
        void envGivesTwoAssignmentsASourcingShellAccepts() {
            CliRunner.Result r = refresh("-t", refreshToken, "-o", "env");

            assertThat(r.exitCode()).isZero();
            String[] lines = r.out().split("\\R");
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).matches("ACCESS_TOKEN=eyJ[A-Za-z0-9_.-]+");
            assertThat(lines[1]).matches("REFRESH_TOKEN=eyJ[A-Za-z0-9_.-]+");
            assertThat(JWT.decode(lines[1].substring("REFRESH_TOKEN=".length())).getClaim("ati").asString())
                    .isEqualTo(JWT.decode(lines[0].substring("ACCESS_TOKEN=".length())).getId());
        }

        @Test
        void refreshTokenOutputWhenTheAnswerHasNoneIsAnUnreadableAnswer() {
            gateway.enqueue(FakeGateway.Fault.json(200,
                    "{\"access_token\":\"abc.def.ghi\",\"token_type\":\"bearer\",\"expires_in\":3599}"));

            CliRunner.Result r = refresh("-t", refreshToken, "-o", "refresh-token");

            assertThat(r.exitCode()).isEqualTo(5);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("no refresh_token");
        }

        @Test
        void anUnknownOutputFormatIsAUsageError() {
            CliRunner.Result r = refresh("-t", refreshToken, "-o", "yaml");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("'yaml' is not one of json, access-token, refresh-token, header, env");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Nested
    class TokenSources {
        @Test
        void fromStdinWithAPastedBearerPrefixAndLineBreaks() throws IOException {
            String pasted = "Bearer " + refreshToken.substring(0, 50) + "\n" + refreshToken.substring(50) + "\n";

            CliRunner.Result r = refreshWith(new CliRunner().stdin(pasted), "--refresh-token", "-", "-o", "access-token");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(MAPPER.readTree(gateway.lastRequest().body()).path("refresh_token").asText())
                    .isEqualTo(refreshToken);
        }

        @Test
        void fromAFile(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("rt.txt");
            Files.writeString(file, refreshToken + "\n");

            CliRunner.Result r = refresh("--refresh-token-file", file.toString(), "-o", "access-token");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(gateway.lastRequest().bodyText()).contains(refreshToken);
        }

        @Test
        void fromASavedJsonAnswerSoRefreshesChain(@TempDir Path dir) throws IOException {
            CliRunner.Result first = refresh("-t", refreshToken);
            Path saved = dir.resolve("tokens.json");
            Files.writeString(saved, first.out());
            String secondRefresh = MAPPER.readTree(first.out()).path("refresh_token").asText();

            CliRunner.Result second = refresh("--refresh-token-file", saved.toString(), "-o", "access-token");

            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(MAPPER.readTree(gateway.lastRequest().body()).path("refresh_token").asText())
                    .isEqualTo(secondRefresh);
        }

        @Test
        void aMissingFileIsAUsageErrorNamingTheFile(@TempDir Path dir) {
            Path missing = dir.resolve("nope.txt");

            CliRunner.Result r = refresh("--refresh-token-file", missing.toString());

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("Cannot read " + missing).contains("no such file");
            assertThat(gateway.requests()).isEmpty();
        }

        @Test
        void noTokenAtAllIsAUsageError() {
            CliRunner.Result r = refresh();

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--refresh-token-file");
            assertThat(gateway.requests()).isEmpty();
        }

        @Test
        void emptyStdinIsAUsageError() {
            CliRunner.Result r = refreshWith(new CliRunner().stdin("\n"), "-t", "-");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("the token is empty");
        }

        @Test
        void aValueAndAFileTogetherIsAUsageError(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("rt.txt"), refreshToken);

            CliRunner.Result r = refresh("-t", refreshToken, "--refresh-token-file", file.toString());

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("not both");
        }
    }

    @Nested
    class RequestOptions {
        @Test
        void clientTenantHeadersScopeAndPathGoOnTheWire() {
            try (FakeGateway strict = FakeGateway.builder().requireClient("saber", "saber_secret")
                    .requireTenant("000000").start()) {
                String token = strict.validRefreshToken();
                CliRunner.Result r = cli("refresh", "-g", strict.baseUrl() + "/", "-t", token,
                        "--client-id", "saber", "--client-secret", "saber_secret", "--tenant-id", "000000",
                        "-H", "X-Trace: cli-test", "--header", "Accept-Language: zh-CN", "--scope", "server",
                        "--token-path", FakeGateway.TOKEN_PATH, "-o", "access-token");

                assertThat(r.exitCode()).as(r.err()).isZero();
                RecordedRequest sent = strict.lastRequest();
                assertThat(sent.header("Authorization")).isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString("saber:saber_secret".getBytes()));
                assertThat(sent.header("Tenant-Id")).isEqualTo("000000");
                assertThat(sent.header("X-Trace")).isEqualTo("cli-test");
                assertThat(sent.header("Accept-Language")).isEqualTo("zh-CN");
                assertThat(sent.bodyText()).contains("\"scope\":\"server\"");
            }
        }

        @Test
        void formAndQueryPlacements() {
            assertThat(refresh("-t", refreshToken, "--placement", "form", "-o", "access-token").exitCode()).isZero();
            assertThat(gateway.lastRequest().contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(gateway.lastRequest().formParameters()).containsEntry("refresh_token", refreshToken);

            assertThat(refresh("-t", refreshToken, "--placement", "QUERY", "-o", "access-token").exitCode()).isZero();
            assertThat(gateway.lastRequest().queryParameters()).containsEntry("grant_type", "refresh_token");
        }

        @Test
        void anEmptyScopeSendsNoScope() {
            assertThat(refresh("-t", refreshToken, "--scope", "", "-o", "access-token").exitCode()).isZero();
            assertThat(gateway.lastRequest().bodyText()).doesNotContain("scope");
        }

        @Test
        void autoFallsBackToFormForStockSpringAndSaysSoOnStderr() {
            try (FakeGateway spring = FakeGateway.builder().ignoreJsonBodies().start()) {
                CliRunner.Result r = cli("refresh", "-g", spring.baseUrl(), "-t", spring.validRefreshToken(),
                        "-o", "access-token");

                assertThat(r.exitCode()).as(r.err()).isZero();
                assertThat(spring.requests()).hasSize(2);
                assertThat(r.err()).startsWith("Note: the gateway ignored the JSON body")
                        .contains("--placement form");
                assertThat(r.out()).startsWith("eyJ");
            }
        }

        @Test
        void aHeaderWithoutColonIsAUsageError() {
            CliRunner.Result r = refresh("-t", refreshToken, "-H", "X-Trace cli");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("Not a header line: \"X-Trace cli\"").contains("'Name: value'");
            assertThat(gateway.requests()).isEmpty();
        }

        @Test
        void aRestrictedHeaderIsAUsageError() {
            CliRunner.Result r = refresh("-t", refreshToken, "-H", "Host: elsewhere");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("Header \"Host\" cannot be sent");
        }

        @Test
        void aClientSecretWithoutIdIsAUsageError() {
            CliRunner.Result r = refresh("-t", refreshToken, "--client-secret", "s");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--client-secret needs --client-id");
        }
    }

    @Nested
    class ServerRefused {
        @Test
        void anExpiredRefreshTokenExits3WithTheServersErrorAndTheHintButNotTheToken() {
            String expired = gateway.tokens().expiredRefreshToken(Duration.ofDays(1));

            CliRunner.Result r = refresh("-t", expired);

            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("Error: HTTP 401 — the server refused: invalid_token: Invalid refresh token (expired)")
                    .contains("Hint: The refresh token has expired: get a new one with token-refresher login.");
            // Spring echoes the whole token; stderr shows only its first characters
            assertThat(r.err()).doesNotContain(expired).contains(expired.substring(0, 12) + "…");
        }

        @Test
        void aPastedAccessTokenExits3WithItsHint() {
            String access = gateway.tokens().pair().accessToken();

            CliRunner.Result r = refresh("-t", access);

            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).contains("Encoded token is not a refresh token")
                    .contains("Hint: You gave the access token: pass the refresh token to --refresh-token instead.");
        }

        @Test
        void missingClientCredentialsExit3WithTheirHint() {
            try (FakeGateway strict = FakeGateway.builder().requireClient("saber", "saber_secret").start()) {
                CliRunner.Result r = cli("refresh", "-g", strict.baseUrl(), "-t", strict.validRefreshToken());

                assertThat(r.exitCode()).isEqualTo(3);
                assertThat(r.err()).contains("Error: HTTP 401")
                        .contains("Hint: The gateway wants client credentials: give --client-id ID and --client-secret SECRET");
            }
        }

        @Test
        void aMissingTenantExits3WithTheGatewaysChineseMessage() {
            try (FakeGateway strict = FakeGateway.builder().requireTenant("000000").start()) {
                CliRunner.Result r = cli("refresh", "-g", strict.baseUrl(), "-t", strict.validRefreshToken());

                assertThat(r.exitCode()).isEqualTo(3);
                assertThat(r.err()).contains(FakeGateway.TENANT_NOT_FOUND)
                        .contains("Hint: The gateway wants a tenant: give --tenant-id TENANT.");
            }
        }

        @Test
        void aRedirectToALoginPageExits3() {
            gateway.enqueue(FakeGateway.Fault.redirect(302, "https://sso.example.com/login"));

            CliRunner.Result r = refresh("-t", refreshToken);

            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).contains("redirect 302 to https://sso.example.com/login");
        }

        @Test
        void theMessagesAreChineseForAChineseLocale() {
            String expired = gateway.tokens().expiredRefreshToken(Duration.ofDays(1));

            CliRunner.Result r = refreshWith(new CliRunner().locale(Locale.SIMPLIFIED_CHINESE), "-t", expired);

            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).startsWith("错误：").contains("提示：");
        }
    }

    @Nested
    class Network {
        @Test
        void connectionRefusedExits4() throws IOException {
            int closedPort;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = s.getLocalPort();
            }

            CliRunner.Result r = cli("refresh", "-g", "http://127.0.0.1:" + closedPort, "-t", refreshToken);

            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.err()).contains("Connection refused by 127.0.0.1:" + closedPort)
                    .contains("Hint: Check the port and whether the gateway is running.");
        }

        @Test
        void noAnswerWithinTheTimeoutExits4() {
            gateway.enqueue(FakeGateway.Fault.delay(Duration.ofSeconds(3)));

            long started = System.nanoTime();
            CliRunner.Result r = refresh("-t", refreshToken, "--timeout", "0.5");

            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
            assertThat(r.err()).contains("No answer within 0 s").contains("allow more time with --timeout SECONDS");
        }

        @Test
        void httpsToAPlainHttpPortIsATlsFailureExiting4() throws Exception {
            // like nginx on a plain port: it answers the TLS hello with HTTP text at once
            try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                Thread answer = new Thread(() -> {
                    try (Socket s = plain.accept()) {
                        s.getInputStream().read(new byte[512]);
                        s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        // the client gave up first: the assertions below say what went wrong
                    }
                });
                answer.start();

                CliRunner.Result r = cli("refresh", "-g", "https://127.0.0.1:" + plain.getLocalPort(),
                        "-t", refreshToken, "--timeout", "5");

                answer.join(5000);
                assertThat(r.exitCode()).isEqualTo(4);
                assertThat(r.err()).contains("does not speak HTTPS").contains("Try http:// instead");
            }
        }

        @Test
        void aConnectionDroppedMidAnswerExits4() {
            gateway.enqueue(FakeGateway.Fault.closeMidAnswer());

            CliRunner.Result r = refresh("-t", refreshToken);

            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.err()).contains("Error: The gateway cut the connection mid-answer (62 of 2000 bytes).")
                    .contains("Hint: The answer is incomplete, so nothing from it was used. Try again.");
        }

        @Test
        void anInvalidGatewayAddressIsAUsageError() {
            CliRunner.Result r = cli("refresh", "-g", "ftp://gw.example.com", "-t", refreshToken);

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("Not a valid gateway address: \"ftp://gw.example.com\"")
                    .contains("Only http:// and https://");
        }
    }

    @Nested
    class UnreadableAnswer {
        @Test
        void anHtmlPageExits5WithItsFirstLines() {
            gateway.enqueue(FakeGateway.Fault.html(200, "<!DOCTYPE html>\n<html><title>Nginx welcome</title></html>"));

            CliRunner.Result r = refresh("-t", refreshToken);

            assertThat(r.exitCode()).isEqualTo(5);
            assertThat(r.err()).contains("sent a web page").contains("  <html><title>Nginx welcome</title></html>")
                    .contains("Hint: Check the gateway address and token path");
        }

        @Test
        void truncatedJsonExits5() {
            gateway.enqueue(FakeGateway.Fault.json(200, "{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.e30.x\",\"token_"));

            CliRunner.Result r = refresh("-t", refreshToken);

            assertThat(r.exitCode()).isEqualTo(5);
            assertThat(r.err()).contains("cut off (truncated)");
        }

        @Test
        void jsonWithoutAccessTokenExits5ListingItsFields() {
            gateway.enqueue(FakeGateway.Fault.json(200, "{\"status\":\"UP\",\"groups\":[]}"));

            CliRunner.Result r = refresh("-t", refreshToken);

            assertThat(r.exitCode()).isEqualTo(5);
            assertThat(r.err()).contains("no access_token. Fields: status, groups");
        }
    }

    @Nested
    class Usage {
        @Test
        void anUnknownOptionExits2WithAPointerToHelp() {
            CliRunner.Result r = refresh("-t", refreshToken, "--refesh-token", "x");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("Unknown option").contains("token-refresher refresh --help");
            assertThat(gateway.requests()).isEmpty();
        }

        @Test
        void aBadPlacementExits2() {
            CliRunner.Result r = refresh("-t", refreshToken, "--placement", "xml");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("'xml' is not one of auto, json, form, query");
        }

        @Test
        void aBadTimeoutExits2() {
            assertThat(refresh("-t", refreshToken, "--timeout", "0").exitCode()).isEqualTo(2);
            assertThat(refresh("-t", refreshToken, "--timeout", "soon").exitCode()).isEqualTo(2);
        }

        @Test
        void noGatewayExits2() {
            CliRunner.Result r = cli("refresh", "-t", refreshToken);

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--gateway URL");
        }
    }
}
