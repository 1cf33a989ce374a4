package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.cli.FaultCases.Case;
import io.tokenrefresher.cli.FaultCases.Expect;
import io.tokenrefresher.cli.FaultCases.Played;
import io.tokenrefresher.cli.FaultCases.Typed;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.Client;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.core.secret.KeyringCredentialStore;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.testing.SessionFixture;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.common.Tasks;
import io.tokenrefresher.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16's fault suite: every case of {@link FaultCases}, played by real servers on 127.0.0.1, through
 * the window's path (the main view-model over real sessions and the real HTTP client, as the window
 * drives it, without a toolkit) and the command line's (run in-process, streams captured), in English
 * and in Chinese. Each run checks the headline's cause, the hint, the exit code, that no run of 13+
 * characters of any token involved shows in any text, and that what the user typed is unchanged.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultSuiteTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClients HTTP_CLIENTS = new HttpClients();
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The length of token fragment that may be shown (TokenMask shows 12). */
    private static final int SHOWN = 12;

    enum Front { WINDOW, CLI }

    @TempDir
    Path home;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : FaultCases.all()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                all.add(Arguments.of(c, Front.WINDOW, locale));
                all.add(Arguments.of(c, Front.CLI, locale));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} — {1} {2}")
    @MethodSource("cases")
    void eachFaultIsNamedWithItsHintAndCodeAndShowsNoToken(Case c, Front path, Locale locale) throws Exception {
        try (Played played = c.setup().play()) {
            if (path == Front.WINDOW) {
                window(played, c.expect(), locale);
            } else {
                commandLine(played, c.expect(), locale);
            }
        }
    }

    private void window(Played played, Expect expect, Locale locale) throws Exception {
        Typed typed = played.typed();
        TokenEndpointClient client = new TokenEndpointClient(HTTP_CLIENTS::defaultClient, MAPPER, Clock.systemUTC(),
                "TokenRefresher/test");
        SessionRegistry sessions = new SessionRegistry(TokenSender.over(() -> client, () -> HTTP_CLIENTS),
                SessionFixture::inspector);
        MainViewModel main = new MainViewModel(sessions, SessionFixture::inspector, Tasks.sameThread(), Runnable::run,
                Clock.systemUTC(), Messages.bundle(locale));
        RequestForm form = main.form();
        form.gatewayProperty().set(typed.gateway());
        form.timeoutSecondsProperty().set(typed.timeoutSeconds());
        form.tenantIdProperty().set(typed.tenantId());
        form.clientIdProperty().set(typed.clientId());
        form.clientSecretProperty().set(typed.clientSecret());
        TlsTrust trust = typed.caFilePem() == null ? TlsTrust.SYSTEM : TlsTrust.caFile(caFile(typed).toString());
        form.tlsTrustProperty().set(trust);
        main.pasted().inputProperty().set(typed.refreshToken());

        main.requests().refresh();

        String status = main.exchange().statusProperty().get();
        String details = main.exchange().statusDetailsProperty().get();
        StatusKind kind = main.exchange().statusKindProperty().get();
        assertThat(kind).as(status).isEqualTo(expect.exit() == 0 ? StatusKind.SUCCESS : StatusKind.ERROR);
        String[] headlineAndHint = status.split(" — ", -1);
        if (locale == Locale.ENGLISH) {
            assertThat(status).as("status line").containsPattern(expect.cause());
            if (expect.windowHint() != null) {
                assertThat(status).contains(" — " + expect.windowHint());
            }
        } else if (expect.exit() != 0) {
            assertThat(HAN.matcher(headlineAndHint[0]).find() || HAN.matcher(status).find())
                    .as("Chinese status: %s", status).isTrue();
        }
        noTokenIn(played, status + "\n" + details);
        // what was typed stays as typed
        assertThat(form.gatewayProperty().get()).isEqualTo(typed.gateway());
        assertThat(form.timeoutSecondsProperty().get()).isEqualTo(typed.timeoutSeconds());
        assertThat(form.tenantIdProperty().get()).isEqualTo(typed.tenantId());
        assertThat(form.clientIdProperty().get()).isEqualTo(typed.clientId());
        assertThat(form.clientSecretProperty().get()).isEqualTo(typed.clientSecret());
        assertThat(form.tlsTrustProperty().get()).isEqualTo(trust);
        assertThat(main.pasted().inputProperty().get()).isEqualTo(typed.refreshToken());
    }

    private void commandLine(Played played, Expect expect, Locale locale) throws Exception {
        Typed typed = played.typed();
        CliRunner runner = new CliRunner().locale(locale);
        List<String> args = new ArrayList<>(List.of("refresh", "-t", typed.refreshToken(),
                "--timeout", String.valueOf(typed.timeoutSeconds())));
        if (typed.caFilePem() != null) {
            // TLS trust lives in a profile: the command line takes it from there
            ProfileService profiles = new ProfileService(new ProfileStore(home), new FakeCredentialStore());
            profiles.load();
            GatewayProfile p = profiles.create("tls");
            profiles.update(p.withEndpoint(Endpoint.defaults().withGateway(typed.gateway()))
                    .withConnection(p.connection().withTlsTrust(TlsTrust.caFile(caFile(typed).toString())))
                    .withClient(new Client(typed.clientId(), typed.tenantId(), false)));
            runner.profiles(new ProfileService(new ProfileStore(home), new FakeCredentialStore()));
            args.addAll(List.of("--profile", "tls"));
        } else {
            args.addAll(List.of("-g", typed.gateway()));
        }

        CliRunner.Result r = runner.run(args.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(expect.exit());
        if (expect.exit() == 0) {
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("\"access_token\"");
        } else {
            String errorLine = r.err().lines().findFirst().orElse("");
            if (locale == Locale.ENGLISH) {
                assertThat(errorLine).startsWith("Error: ").containsPattern(expect.cause());
                if (expect.cliHint() != null) {
                    assertThat(r.err()).contains("\nHint: " + expect.cliHint());
                } else {
                    assertThat(r.err()).doesNotContain("Hint:");
                }
            } else {
                assertThat(errorLine).startsWith("错误：");
                assertThat(HAN.matcher(errorLine.substring(3)).find() || errorLine.contains("HTTP"))
                        .as(errorLine).isTrue();
                assertThat(r.err().contains("提示：")).isEqualTo(expect.cliHint() != null);
            }
            noTokenIn(played, r.out() + "\n" + r.err());
        }
        noTokenIn(played, r.err());
    }

    static Stream<Locale> locales() {
        return Stream.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }

    /** The profiles-file and credential-store cases have no request to fail: the command line tells. */
    @ParameterizedTest(name = "damaged profiles file ({0})")
    @MethodSource("locales")
    void aDamagedProfilesFileIsToldOnStderrOnce(Locale locale) throws Exception {
        Files.writeString(home.resolve("profiles.json"), "{\"profiles\": [ {\"name\": \"UAT\"");

        CliRunner.Result r = new CliRunner().locale(locale)
                .profiles(new ProfileService(new ProfileStore(home), new FakeCredentialStore()))
                .run("refresh", "--profile", "UAT", "-t", "x.y.z");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        String warning = locale == Locale.ENGLISH ? "Warning: The profiles file was damaged" : "警告：配置文件已损坏";
        assertThat(r.err().lines().filter(l -> l.startsWith(warning)).count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(home.resolve("profiles.json.corrupt-").toString());
    }

    @ParameterizedTest(name = "credential store missing or hanging ({0})")
    @MethodSource("locales")
    void aCredentialStoreThatIsMissingOrHangsIsAUsageErrorNotAHang(Locale locale) throws Exception {
        KeyringCredentialStore.Backend hanging = hangingStore();
        for (KeyringCredentialStore.Backend backend : List.of(missingStore(), hanging)) {
            Path folder = Files.createTempDirectory(home, "store");
            ProfileService setUp = new ProfileService(new ProfileStore(folder), new FakeCredentialStore());
            setUp.load();
            GatewayProfile uat = setUp.update(setUp.create("UAT")
                    .withEndpoint(Endpoint.defaults().withGateway("127.0.0.1:9")).withRememberRefreshToken(true));
            setUp.afterRefresh(uat.id(), "remembered.refresh.token");
            KeyringCredentialStore store = new KeyringCredentialStore(backend, Duration.ofMillis(300));

            CliRunner.Result r = new CliRunner().locale(locale)
                    .profiles(new ProfileService(new ProfileStore(folder), store)).run("refresh", "--profile", "UAT");

            // the remembered token is in the OS store, which is gone or does not answer: named, not waited for
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("--refresh-token").contains(locale == Locale.ENGLISH
                    ? "could not be read from the credential store" : "UAT");
            if (backend == hanging && locale == Locale.ENGLISH) {
                assertThat(r.err()).contains("no answer within 300 ms");
            }
        }
    }

    private static KeyringCredentialStore.Backend missingStore() {
        return new KeyringCredentialStore.Backend() {
            public String get(String account) throws Exception {
                throw new KeyringCredentialStore.NoCredentialStoreException("no Secret Service on the bus", null);
            }

            public void set(String account, String value) throws Exception {
                get(account);
            }

            public void delete(String account) throws Exception {
                get(account);
            }
        };
    }

    private static KeyringCredentialStore.Backend hangingStore() {
        return new KeyringCredentialStore.Backend() {
            public String get(String account) throws Exception {
                Thread.sleep(10_000); // a keyring waiting on an unlock prompt nobody sees
                return null;
            }

            public void set(String account, String value) throws Exception {
                get(account);
            }

            public void delete(String account) throws Exception {
                get(account);
            }
        };
    }

    private Path caFile(Typed typed) throws Exception {
        Path ca = home.resolve("ca.pem");
        if (!Files.exists(ca)) {
            Files.createDirectories(home);
            Files.writeString(ca, typed.caFilePem());
        }
        return ca;
    }

    /** No run of more than {@value #SHOWN} characters of any token of the case shows in {@code text}. */
    private static void noTokenIn(Played played, String text) {
        for (String token : played.secrets()) {
            for (int i = 0; i + SHOWN + 1 <= token.length(); i++) {
                String fragment = token.substring(i, i + SHOWN + 1);
                assertThat(text).as("a %d-character fragment of a token", SHOWN + 1).doesNotContain(fragment);
            }
        }
    }
}
