package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.oauth.Sm2Password;
import io.tokenrefresher.core.profile.EnvironmentColour;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.NameCheck;
import io.tokenrefresher.core.profile.Presentation;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.Tasks;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The profile editor's draft: nothing changes until {@link #result()} is taken on Save. The request
 * settings live in a {@link RequestForm} (the one profile/form mapping); this adds the name, colour,
 * notes, the remember choice and the TLS/proxy choices as the user types them.
 *
 * <p>Nothing here touches the disk or the credential store on the calling (FX) thread: the client
 * secret and the CA file's readability are read on {@code background}, answers come back through
 * {@link Tasks} (the CA file through {@link CaFileCheck}). The name is checked against the other
 * profiles' names given to {@link #load}.
 *
 * <p>Longer than a view-model usually is because half of it is property accessors: the draft is one
 * thing, so it stays one class; the CA file check, which has its own state, is apart.
 */
public final class ProfileEditorViewModel {
    private static final Logger LOG = System.getLogger(ProfileEditorViewModel.class.getName());

    private final Tasks tasks;
    private final Executor background;
    private final ResourceBundle bundle;

    // ---- Properties ----
    private final RequestForm form = new RequestForm();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<EnvironmentColour> colour = new SimpleObjectProperty<>(EnvironmentColour.NONE);
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final ObjectProperty<TlsTrust.Mode> tlsMode = new SimpleObjectProperty<>(TlsTrust.Mode.SYSTEM);
    private final StringProperty caFile = new SimpleStringProperty("");
    private final ObjectProperty<ProxySetting.Mode> proxyMode = new SimpleObjectProperty<>(ProxySetting.Mode.SYSTEM);
    private final StringProperty proxyHostPort = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper secretReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper secretPrompt = new ReadOnlyStringWrapper("");
    private final CaFileCheck caFileCheck;
    private final StringBinding problem;
    private final BooleanBinding canSave;

    private GatewayProfile base;
    private Collection<String> otherNames = List.of();
    private boolean secretTouched;
    private boolean loading;

    /** @param background runs the credential-store read and the CA file check */
    public ProfileEditorViewModel(Tasks tasks, Executor background, ResourceBundle bundle) {
        this.tasks = tasks;
        this.background = background;
        this.bundle = bundle;
        caFileCheck = new CaFileCheck(tasks, background, bundle);
        problem = Bindings.createStringBinding(this::firstProblem, name, caFileCheck.problemProperty(), proxyMode,
                proxyHostPort, form.kind().sm2PasswordProperty(), form.kind().sm2PublicKeyProperty());
        canSave = problem.isEmpty().and(caFileCheck.checkingProperty().not());
        tlsMode.addListener((o, a, b) -> checkCaFile());
        caFile.addListener((o, a, b) -> checkCaFile());
        // a preset chosen by the user fills its defaults; loading a profile only shows its preset
        form.kind().presetProperty().addListener((o, old, chosen) -> {
            if (!loading && chosen != null) {
                form.applyPreset(chosen);
            }
        });
    }

    // ---- Commands ----

    /**
     * Starts a draft of {@code profile}; {@code clientSecret} reads its stored secret (on the
     * background executor).
     *
     * @param otherNamesInUse the names of every other profile, for the name check
     */
    public void load(GatewayProfile profile, Collection<String> otherNamesInUse, Callable<SecretRead> clientSecret) {
        loading = true;
        base = profile;
        otherNames = List.copyOf(otherNamesInUse);
        form.load(profile);
        name.set(profile.name());
        colour.set(profile.presentation().colour());
        notes.set(profile.presentation().notes());
        remember.set(profile.rememberRefreshToken());
        TlsTrust tls = profile.connection().tlsTrust();
        caFile.set(tls.caFile() == null ? "" : tls.caFile());
        tlsMode.set(tls.mode());
        ProxySetting proxy = profile.connection().proxy();
        proxyMode.set(proxy.mode());
        proxyHostPort.set(proxy.mode() == ProxySetting.Mode.MANUAL ? proxy.hostPort() : "");
        loading = false;
        checkCaFile();
        readSecret(clientSecret);
    }

    /** The edited profile, and the client secret only when the user typed in its field (else null). */
    public Result result() {
        form.tlsTrustProperty().set(switch (tlsMode.get()) {
            case CA_FILE -> TlsTrust.caFile(caFile.get().strip());
            case TRUST_ALL -> TlsTrust.TRUST_ALL;
            default -> TlsTrust.SYSTEM;
        });
        form.proxyProperty().set(switch (proxyMode.get()) {
            case MANUAL -> ProxySetting.parseHostPort(proxyHostPort.get());
            case NONE -> ProxySetting.NONE;
            default -> ProxySetting.SYSTEM;
        });
        GatewayProfile edited = form.toProfile(base).withName(name.get())
                .withPresentation(new Presentation(colour.get(), notes.get()))
                .withRememberRefreshToken(remember.get());
        // an unreadable stored secret is never emptied: it changes only when the user typed a new one
        return new Result(edited, secretTouched ? form.clientSecretProperty().get() : null);
    }

    /** What Save hands back. */
    public record Result(GatewayProfile profile, String clientSecret) {
        @Override
        public String toString() {
            return "Result[" + profile + ", clientSecret=" + (clientSecret == null ? "unchanged" : "<hidden>") + "]";
        }
    }

    private void readSecret(Callable<SecretRead> read) {
        secretReady.set(false);
        secretPrompt.set(text("editor.secret.reading"));
        tasks.call(read)
                .onSuccess(this::showSecret)
                .onError(error -> {
                    LOG.log(Level.WARNING, "reading the client secret failed: " + error.getClass().getName());
                    secretPrompt.set("");
                })
                .andFinally(() -> {
                    secretReady.set(true);
                    form.clientSecretProperty().addListener((o, a, b) -> secretTouched = true);
                })
                .runOn(background);
    }

    private void showSecret(SecretRead read) {
        secretPrompt.set("");
        if (read instanceof SecretRead.Found found) {
            form.clientSecretProperty().set(found.value());
        } else if (read instanceof SecretRead.CouldNotRead failed) {
            secretPrompt.set(MessageFormat.format(text("editor.secret.unreadable"),
                    text("secret.problem." + failed.problem().key())));
        }
    }

    private void checkCaFile() {
        if (!loading) {
            caFileCheck.check(tlsMode.get(), caFile.get());
        }
    }

    private String firstProblem() {
        NameCheck check = NameCheck.of(name.get(), otherNames);
        if (check != NameCheck.OK) {
            return check == NameCheck.BLANK ? text(check.key())
                    : MessageFormat.format(text(check.key()), name.get().strip());
        }
        if (!caFileCheck.problemProperty().get().isEmpty()) {
            return caFileCheck.problemProperty().get();
        }
        if (proxyMode.get() == ProxySetting.Mode.MANUAL && ProxySetting.parseHostPort(proxyHostPort.get()) == null) {
            return text("editor.proxy.invalid");
        }
        if (form.kind().sm2PasswordProperty().get() && !Sm2Password.isValidKey(form.kind().sm2PublicKeyProperty().get())) {
            return text("editor.sm2.badKey");
        }
        return "";
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    // ---- Properties ----

    /** The request settings and the client secret as typed. */
    public RequestForm form() {
        return form;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<EnvironmentColour> colourProperty() {
        return colour;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ObjectProperty<TlsTrust.Mode> tlsModeProperty() {
        return tlsMode;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public ObjectProperty<ProxySetting.Mode> proxyModeProperty() {
        return proxyMode;
    }

    /** {@code host:port}, used when the proxy mode is manual. */
    public StringProperty proxyHostPortProperty() {
        return proxyHostPort;
    }

    /** False while the stored client secret is being read: the field waits for it. */
    public ReadOnlyBooleanProperty secretReadyProperty() {
        return secretReady.getReadOnlyProperty();
    }

    /** "Reading…", or why the stored secret could not be read; empty otherwise. */
    public ReadOnlyStringProperty secretPromptProperty() {
        return secretPrompt.getReadOnlyProperty();
    }

    /** Why the draft cannot be saved, in the user's words; empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** No problem, and the CA file check for the current text has answered. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
