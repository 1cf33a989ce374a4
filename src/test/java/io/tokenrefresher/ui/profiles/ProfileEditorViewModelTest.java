package io.tokenrefresher.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.profile.Client;
import io.tokenrefresher.core.profile.Connection;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.EnvironmentColour;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.Presentation;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.secret.SecretProblem;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.ui.common.Tasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's draft without a window: work and answers run on the test's thread, or wait in a queue. */
class ProfileEditorViewModelTest {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.tokenrefresher.i18n.messages",
            Locale.ENGLISH);
    private static final Callable<SecretRead> NOT_STORED = SecretRead.NotStored::new;

    @TempDir
    Path dir;

    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;
    private ProfileEditorViewModel viewModel = new ProfileEditorViewModel(Tasks.sameThread(), Runnable::run, BUNDLE);

    private static GatewayProfile uat() {
        return GatewayProfile.newProfile("UAT")
                .withEndpoint(new Endpoint("http://10.1.2.3:8080", "/blade-auth/oauth/token", "server",
                        ParameterPlacement.FORM, List.of(new HeaderLine("X-Env", "uat")), 30))
                .withClient(new Client("saber", "000000", false))
                .withConnection(new Connection(TlsTrust.SYSTEM, ProxySetting.manual("proxy.example.com", 8080)))
                .withPresentation(new Presentation(EnvironmentColour.GREEN, "shared with the team"))
                .withRememberRefreshToken(true);
    }

    private static GatewayProfile withTls(GatewayProfile profile, TlsTrust tls) {
        return profile.withConnection(profile.connection().withTlsTrust(tls));
    }

    private static GatewayProfile withProxy(GatewayProfile profile, ProxySetting proxy) {
        return profile.withConnection(profile.connection().withProxy(proxy));
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void loadThenSaveGivesTheSameProfileBackAndLeavesTheSecretAlone() throws IOException {
        Path ca = Files.writeString(dir.resolve("test-ca.pem"), "-----BEGIN CERTIFICATE-----");
        GatewayProfile profile = withTls(uat(), TlsTrust.caFile(ca.toString()));

        viewModel.load(profile, List.of("Example", "PROD"), NOT_STORED);

        assertThat(viewModel.nameProperty().get()).isEqualTo("UAT");
        assertThat(viewModel.form().gatewayProperty().get()).isEqualTo("http://10.1.2.3:8080");
        assertThat(viewModel.caFileProperty().get()).isEqualTo(ca.toString());
        assertThat(viewModel.proxyHostPortProperty().get()).isEqualTo("proxy.example.com:8080");
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.canSaveProperty().get()).isTrue();
        assertThat(viewModel.result()).isEqualTo(new ProfileEditorViewModel.Result(profile, null));
    }

    @Test
    void everyEditLandsOnTheResultUnderTheSameId() {
        GatewayProfile profile = uat();
        viewModel.load(profile, List.of(), NOT_STORED);

        viewModel.nameProperty().set("Pre-production");
        viewModel.colourProperty().set(EnvironmentColour.RED);
        viewModel.notesProperty().set("ask before use");
        viewModel.rememberProperty().set(false);
        viewModel.form().gatewayProperty().set("https://gw.test.example.com");
        viewModel.form().md5PasswordProperty().set(true);
        viewModel.tlsModeProperty().set(TlsTrust.Mode.TRUST_ALL);
        viewModel.proxyModeProperty().set(ProxySetting.Mode.NONE);
        GatewayProfile edited = viewModel.result().profile();

        assertThat(edited.id()).isEqualTo(profile.id());
        assertThat(edited.name()).isEqualTo("Pre-production");
        assertThat(edited.presentation().colour()).isEqualTo(EnvironmentColour.RED);
        assertThat(edited.presentation().notes()).isEqualTo("ask before use");
        assertThat(edited.rememberRefreshToken()).isFalse();
        assertThat(edited.endpoint().gateway()).isEqualTo("https://gw.test.example.com");
        assertThat(edited.client().md5Password()).isTrue();
        assertThat(edited.connection().tlsTrust()).isEqualTo(TlsTrust.TRUST_ALL);
        assertThat(edited.connection().proxy()).isEqualTo(ProxySetting.NONE);
        assertThat(edited.client().tenantId()).isEqualTo("000000");
    }

    @Test
    void aBlankNameCannotBeSaved() {
        viewModel.load(uat(), List.of("Example"), NOT_STORED);

        viewModel.nameProperty().set("   ");

        assertThat(viewModel.problemProperty().get()).isEqualTo("A profile needs a name.");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
    }

    @Test
    void anotherProfilesNameIsTakenWhateverTheCaseAndBlanks() {
        viewModel.load(uat(), List.of("Example", "PROD"), NOT_STORED);

        viewModel.nameProperty().set(" prod ");

        assertThat(viewModel.problemProperty().get()).isEqualTo("There is already a profile named \"prod\".");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
    }

    @Test
    void theProfilesOwnNameAndAFreshOneAreFine() {
        viewModel.load(uat(), List.of("Example"), NOT_STORED);

        viewModel.nameProperty().set("uat");
        assertThat(viewModel.canSaveProperty().get()).isTrue();

        viewModel.nameProperty().set("Example 2");
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.canSaveProperty().get()).isTrue();
    }

    @Test
    void aCaFileModeWithoutAFileAsksForOne() {
        viewModel.load(uat(), List.of(), NOT_STORED);

        viewModel.tlsModeProperty().set(TlsTrust.Mode.CA_FILE);

        assertThat(viewModel.problemProperty().get()).isEqualTo("Choose the CA certificate file (PEM).");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
    }

    @Test
    void aCaFileThatCannotBeReadIsNamed() {
        viewModel.load(uat(), List.of(), NOT_STORED);
        String missing = dir.resolve("gone.pem").toString();

        viewModel.tlsModeProperty().set(TlsTrust.Mode.CA_FILE);
        viewModel.caFileProperty().set(" " + missing + " ");

        assertThat(viewModel.problemProperty().get()).isEqualTo("The CA file cannot be read: " + missing);
        assertThat(viewModel.canSaveProperty().get()).isFalse();
    }

    @Test
    void aReadableCaFileIsSavedStripped() throws IOException {
        Path ca = Files.writeString(dir.resolve("test-ca.pem"), "-----BEGIN CERTIFICATE-----");
        viewModel.load(uat(), List.of(), NOT_STORED);

        viewModel.tlsModeProperty().set(TlsTrust.Mode.CA_FILE);
        viewModel.caFileProperty().set(ca + "  ");

        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.canSaveProperty().get()).isTrue();
        assertThat(viewModel.result().profile().connection().tlsTrust()).isEqualTo(TlsTrust.caFile(ca.toString()));
    }

    @Test
    void saveWaitsForTheCaFileCheckAndTheNewestAnswerWins() throws IOException {
        Path ca = Files.writeString(dir.resolve("test-ca.pem"), "-----BEGIN CERTIFICATE-----");
        viewModel = new ProfileEditorViewModel(Tasks.sameThread(), later, BUNDLE);
        viewModel.load(uat(), List.of(), NOT_STORED);
        runQueued();
        viewModel.tlsModeProperty().set(TlsTrust.Mode.CA_FILE);
        viewModel.caFileProperty().set(dir.resolve("gone.pem").toString());
        viewModel.caFileProperty().set(ca.toString());

        assertThat(queued).hasSize(2);
        assertThat(viewModel.canSaveProperty().get()).isFalse();

        queued.get(1).run(); // the newest text's answer first
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.canSaveProperty().get()).isTrue();
        queued.get(0).run(); // the older "cannot be read" arrives late and is dropped
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.canSaveProperty().get()).isTrue();
    }

    @Test
    void leavingTheCaFileModeDropsItsProblem() {
        viewModel.load(uat(), List.of(), NOT_STORED);
        viewModel.tlsModeProperty().set(TlsTrust.Mode.CA_FILE);

        viewModel.tlsModeProperty().set(TlsTrust.Mode.SYSTEM);

        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.result().profile().connection().tlsTrust()).isEqualTo(TlsTrust.SYSTEM);
    }

    @Test
    void aManualProxyNeedsHostAndPort() {
        viewModel.load(withProxy(uat(), ProxySetting.SYSTEM), List.of(), NOT_STORED);

        viewModel.proxyModeProperty().set(ProxySetting.Mode.MANUAL);
        assertThat(viewModel.problemProperty().get())
                .isEqualTo("Type the proxy as host:port, e.g. proxy.example.com:8080.");
        viewModel.proxyHostPortProperty().set("proxy.example.com:80x");
        assertThat(viewModel.canSaveProperty().get()).isFalse();

        viewModel.proxyHostPortProperty().set("10.0.0.1:3128");
        assertThat(viewModel.canSaveProperty().get()).isTrue();
        assertThat(viewModel.result().profile().connection().proxy()).isEqualTo(ProxySetting.manual("10.0.0.1", 3128));
    }

    @Test
    void theStoredSecretIsShownAndUntouchedItIsNotWrittenBack() {
        viewModel.load(uat(), List.of(), () -> new SecretRead.Found("saber_secret"));

        assertThat(viewModel.form().clientSecretProperty().get()).isEqualTo("saber_secret");
        assertThat(viewModel.secretReadyProperty().get()).isTrue();
        assertThat(viewModel.secretPromptProperty().get()).isEmpty();
        assertThat(viewModel.result().clientSecret()).isNull();
    }

    @Test
    void aTypedSecretIsTheResultsSecret() {
        viewModel.load(uat(), List.of(), () -> new SecretRead.Found("saber_secret"));

        viewModel.form().clientSecretProperty().set("new_secret");

        assertThat(viewModel.result().clientSecret()).isEqualTo("new_secret");
        assertThat(viewModel.result().toString()).doesNotContain("new_secret");
    }

    @Test
    void anUnreadableSecretSaysWhyAndIsNeverEmptied() {
        viewModel.load(uat(), List.of(), () -> new SecretRead.CouldNotRead(SecretProblem.TIMED_OUT, "slow"));

        assertThat(viewModel.secretReadyProperty().get()).isTrue();
        assertThat(viewModel.secretPromptProperty().get()).isEqualTo(
                "could not be read (the credential store did not answer in time): type a new one to replace it");
        assertThat(viewModel.form().clientSecretProperty().get()).isEmpty();
        assertThat(viewModel.result().clientSecret()).isNull();
    }

    @Test
    void theSecretFieldWaitsForTheCredentialStore() {
        viewModel = new ProfileEditorViewModel(Tasks.sameThread(), later, BUNDLE);
        viewModel.load(uat(), List.of(), () -> new SecretRead.Found("saber_secret"));

        assertThat(viewModel.secretReadyProperty().get()).isFalse();
        assertThat(viewModel.secretPromptProperty().get()).isEqualTo("reading from the credential store…");
        assertThat(viewModel.canSaveProperty().get()).isTrue();

        runQueued();
        assertThat(viewModel.secretReadyProperty().get()).isTrue();
        assertThat(viewModel.form().clientSecretProperty().get()).isEqualTo("saber_secret");
        assertThat(viewModel.result().clientSecret()).isNull();
    }

    @Test
    void aFailedReadOpensTheFieldForANewSecret() {
        viewModel.load(uat(), List.of(), () -> {
            throw new IllegalStateException("store gone");
        });

        assertThat(viewModel.secretReadyProperty().get()).isTrue();
        assertThat(viewModel.secretPromptProperty().get()).isEmpty();
        assertThat(viewModel.result().clientSecret()).isNull();
        viewModel.form().clientSecretProperty().set("typed");
        assertThat(viewModel.result().clientSecret()).isEqualTo("typed");
    }
}
