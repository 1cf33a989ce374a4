package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ImportConflict;
import io.tokenrefresher.core.profile.ImportException;
import io.tokenrefresher.core.profile.ImportPlan;
import io.tokenrefresher.core.profile.ImportResult;
import io.tokenrefresher.core.profile.LoadReport;
import io.tokenrefresher.core.profile.NameCheck;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.SaveResult;
import io.tokenrefresher.core.profile.WindowBounds;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import io.tokenrefresher.ui.main.MainViewModel;
import io.tokenrefresher.ui.main.StatusKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The saved profiles as the window shows them, and the link between the selected profile and the
 * request fields of the main view.
 *
 * <p>Saving model: <b>saved at once</b>. The main view's request fields are the selected profile's
 * fields; an edit is written shortly after typing stops (and before any switch), so switching never
 * loses an edit. The save state is always visible; a failed save is shown, retried automatically and
 * can be retried by hand. Every disk or credential-store call runs on the single {@code disk} executor,
 * in order; results come back through {@code fx}.
 */
public final class ProfilesViewModel {
    private static final Duration SAVE_DELAY = Duration.millis(400);
    private static final java.time.Duration RETRY_PAUSE = java.time.Duration.ofSeconds(5);
    private static final int AUTO_RETRIES = 3;

    private final Supplier<ProfileService> serviceSupplier;
    private final MainViewModel main;
    private final Executor disk;
    private final Executor fx;
    private final Messages messages;

    private final ObservableList<GatewayProfile> profiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GatewayProfile> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> saveStateKind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /** What the user typed as refresh token per profile, kept in memory only, so switching back restores it. */
    private final Map<String, String> tokenInputByProfile = new HashMap<>();
    private final PauseTransition fieldsSave = new PauseTransition(SAVE_DELAY);
    private final PauseTransition secretSave = new PauseTransition(SAVE_DELAY);
    private boolean applying;
    private boolean anySelectionYet;
    private boolean secretDirty;
    private int autoRetriesLeft = AUTO_RETRIES;

    /** @param service built on first use on the disk thread (it may open the OS credential store) */
    public ProfilesViewModel(Supplier<ProfileService> service, MainViewModel main, Executor disk,
                             Executor fx, ResourceBundle bundle) {
        this.serviceSupplier = service;
        this.main = main;
        this.disk = disk;
        this.fx = fx;
        this.messages = new Messages(bundle);
        fieldsSave.setOnFinished(e -> saveFields());
        secretSave.setOnFinished(e -> saveSecret());
        for (Observable field : List.of(main.gatewayProperty(), main.tokenPathProperty(), main.scopeProperty(),
                main.placementProperty(), main.clientIdProperty(), main.tenantIdProperty(),
                main.extraHeadersProperty(), main.timeoutSecondsProperty(), main.md5PasswordProperty())) {
            field.addListener(o -> {
                if (!applying && selected.get() != null) {
                    fieldsSave.playFromStart();
                }
            });
        }
        main.clientSecretProperty().addListener(o -> {
            if (!applying && selected.get() != null) {
                secretDirty = true;
                secretSave.playFromStart();
            }
        });
        main.lastResponseProperty().addListener((o, old, response) -> rememberAfterRefresh(response));
    }

    // ---- start ----

    /** Loads the profiles off the FX thread, then selects the last used one and hands back the window bounds. */
    public void load(Consumer<Optional<WindowBounds>> windowBounds) {
        disk.execute(() -> {
            service().setSaveListener(result -> fx.execute(() -> showSave(result)));
            LoadReport report = service().load();
            List<GatewayProfile> list = service().profiles();
            Optional<GatewayProfile> initial = service().initialSelection();
            Optional<WindowBounds> bounds = service().windowBounds();
            fx.execute(() -> {
                profiles.setAll(list);
                banner.set(report.needsBanner() ? bannerText(report) : "");
                loaded.set(true);
                initial.ifPresent(this::select);
                windowBounds.accept(bounds);
            });
        });
    }

    // ---- selection ----

    /** Shows a profile in the main view; any pending edit of the previous one is written first. */
    public void select(GatewayProfile profile) {
        if (profile == null || selected.get() != null && selected.get().id().equals(profile.id())) {
            return;
        }
        flush();
        GatewayProfile previous = selected.get();
        if (previous != null) {
            tokenInputByProfile.put(previous.id(), main.refreshTokenInputProperty().get());
        }
        // what the user typed before the profiles finished loading is kept, and becomes the profile's edit
        boolean first = previous == null && !anySelectionYet;
        anySelectionYet = true;
        String typedGateway = main.gatewayProperty().get();
        String typedToken = main.refreshTokenInputProperty().get();
        boolean keepTyped = first && (!typedGateway.isBlank() || !typedToken.isBlank());
        applying = true;
        try {
            selected.set(profile);
            main.gatewayProperty().set(keepTyped && !typedGateway.isBlank() ? typedGateway : profile.gateway());
            main.tokenPathProperty().set(profile.tokenPath());
            main.scopeProperty().set(profile.scope());
            main.placementProperty().set(profile.placement());
            main.clientIdProperty().set(profile.clientId());
            main.tenantIdProperty().set(profile.tenantId());
            main.extraHeadersProperty().set(HeaderLine.toLines(profile.extraHeaders()));
            main.timeoutSecondsProperty().set(profile.timeoutSeconds());
            main.md5PasswordProperty().set(profile.md5Password());
            main.tlsTrustProperty().set(profile.tlsTrust());
            main.proxyProperty().set(profile.proxy());
            main.clientSecretProperty().set("");
            main.refreshTokenInputProperty().set(keepTyped ? typedToken
                    : tokenInputByProfile.getOrDefault(profile.id(), ""));
        } finally {
            applying = false;
        }
        if (keepTyped && !typedGateway.isBlank() && !typedGateway.equals(profile.gateway())) {
            fieldsSave.playFromStart();
        }
        notice.set("");
        String id = profile.id();
        disk.execute(() -> {
            service().select(id);
            SecretRead secret = service().clientSecret(id);
            SecretRead remembered = service().rememberedRefreshToken(id);
            fx.execute(() -> applySecrets(id, secret, remembered));
        });
    }

    private void applySecrets(String id, SecretRead secret, SecretRead remembered) {
        if (selected.get() == null || !selected.get().id().equals(id)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        applying = true;
        try {
            if (secret instanceof SecretRead.Found found && !secretDirty) {
                main.clientSecretProperty().set(found.value());
            } else if (secret instanceof SecretRead.CouldNotRead failed) {
                problems.add(format("profiles.secret.readFailed", text("profiles.secret.clientSecret"),
                        text("secret.problem." + failed.problem().key())));
            }
            if (remembered instanceof SecretRead.Found found
                    && main.refreshTokenInputProperty().get().isBlank()) {
                main.refreshTokenInputProperty().set(found.value());
            } else if (remembered instanceof SecretRead.CouldNotRead failed) {
                problems.add(format("profiles.secret.readFailed", text("profiles.secret.refreshToken"),
                        text("secret.problem." + failed.problem().key())));
            }
        } finally {
            applying = false;
        }
        if (!problems.isEmpty()) {
            notice.set(String.join("\n", problems));
        }
    }

    // ---- saving edits made in the main view ----

    /** Writes pending edits now (before a switch, a refresh or closing). */
    public void flush() {
        if (fieldsSave.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            fieldsSave.stop();
            saveFields();
        }
        if (secretSave.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            secretSave.stop();
            saveSecret();
        }
    }

    private void saveFields() {
        GatewayProfile current = selected.get();
        if (current == null) {
            return;
        }
        GatewayProfile edited = new GatewayProfile(current.id(), current.name(), main.gatewayProperty().get(),
                main.tokenPathProperty().get(), main.scopeProperty().get(), main.placementProperty().get(),
                main.clientIdProperty().get(), main.tenantIdProperty().get(),
                HeaderLine.parseLines(main.extraHeadersProperty().get()), main.timeoutSecondsProperty().get(),
                current.tlsTrust(), current.proxy(), current.colour(), current.notes(),
                current.rememberRefreshToken(), main.md5PasswordProperty().get());
        if (edited.equals(current)) {
            return;
        }
        replaceInList(edited);
        disk.execute(() -> service().update(edited));
    }

    private void saveSecret() {
        GatewayProfile current = selected.get();
        if (current == null || !secretDirty) {
            return;
        }
        secretDirty = false;
        String id = current.id();
        String value = main.clientSecretProperty().get();
        disk.execute(() -> {
            SecretWrite written = service().setClientSecret(id, value);
            fx.execute(() -> showSecretWrite(text("profiles.secret.clientSecret"), written));
        });
    }

    private void rememberAfterRefresh(TokenResponse response) {
        GatewayProfile current = selected.get();
        if (response == null || current == null) {
            return;
        }
        String id = current.id();
        String token = response.refreshToken();
        disk.execute(() -> service().afterRefresh(id, token)
                .ifPresent(w -> fx.execute(() -> showSecretWrite(text("profiles.secret.refreshToken"), w))));
    }

    private void showSecretWrite(String what, SecretWrite written) {
        if (written instanceof SecretWrite.StoredInProfilesFileInstead instead && instead.tellUser()) {
            notice.set(format("profiles.secret.inFile", what, text("secret.problem." + instead.storeProblem().key())));
        } else if (written instanceof SecretWrite.CouldNotWrite failed) {
            notice.set(format("profiles.secret.writeFailed", what, text("secret.problem." + failed.problem().key())));
        }
    }

    private void showSave(SaveResult result) {
        if (result instanceof SaveResult.Saved saved) {
            saveFailed.set(false);
            autoRetriesLeft = AUTO_RETRIES;
            saveState.set(text("profiles.saved"));
            saveStateKind.set(StatusKind.NEUTRAL);
        } else if (result instanceof SaveResult.Failed failed) {
            saveFailed.set(true);
            saveState.set(format("profiles.saveFailed", failed.detail()));
            saveStateKind.set(StatusKind.ERROR);
            if (autoRetriesLeft-- > 0) {
                PauseTransition later = new PauseTransition(Duration.millis(RETRY_PAUSE.toMillis()));
                later.setOnFinished(e -> retrySave());
                later.play();
            }
        }
    }

    /** Writes the current state again after a failed save. */
    public void retrySave() {
        saveState.set(text("profiles.saving"));
        disk.execute(() -> service().save());
    }

    // ---- profile commands ----

    public void create() {
        flush();
        String baseName = text("profiles.newName");
        disk.execute(() -> {
            GatewayProfile created = service().create(baseName);
            List<GatewayProfile> list = service().profiles();
            fx.execute(() -> {
                profiles.setAll(list);
                select(created);
            });
        });
    }

    public void duplicateSelected() {
        GatewayProfile current = selected.get();
        if (current == null) {
            return;
        }
        flush();
        String copyName = format("profiles.copyName", current.name());
        disk.execute(() -> {
            ProfileService.DuplicateResult result = service().duplicate(current.id(), copyName);
            List<GatewayProfile> list = service().profiles();
            fx.execute(() -> {
                profiles.setAll(list);
                select(result.copy());
                showSecretWrite(text("profiles.secret.clientSecret"), result.clientSecretCopy());
            });
        });
    }

    /** Null when the name is fine, else why it is not. */
    public String checkName(String name, GatewayProfile except) {
        NameCheck check = service().checkName(name, except == null ? null : except.id());
        return switch (check) {
            case OK -> null;
            case BLANK -> text("profiles.name.blank");
            case TAKEN -> format("profiles.name.taken", name.strip());
        };
    }

    public void renameSelected(String newName) {
        GatewayProfile current = selected.get();
        if (current == null || checkName(newName, current) != null) {
            return;
        }
        flush();
        GatewayProfile renamed = selected.get().withName(newName.strip());
        replaceInList(renamed);
        disk.execute(() -> service().update(renamed));
    }

    public void deleteSelected() {
        GatewayProfile doomed = selected.get();
        if (doomed == null) {
            return;
        }
        fieldsSave.stop();
        secretSave.stop();
        secretDirty = false;
        tokenInputByProfile.remove(doomed.id());
        disk.execute(() -> {
            List<SecretWrite.CouldNotWrite> failures = service().delete(doomed.id());
            List<GatewayProfile> list = service().profiles();
            Optional<GatewayProfile> next = service().initialSelection();
            fx.execute(() -> {
                selected.set(null);
                profiles.setAll(list);
                next.ifPresentOrElse(this::select, this::create);
                if (!failures.isEmpty()) {
                    notice.set(format("profiles.secret.deleteFailed",
                            text("secret.problem." + failures.get(0).problem().key())));
                }
            });
        });
    }

    /** Applies the editor's result: the profile and, when changed there, its client secret. */
    public void applyEdit(GatewayProfile edited, String clientSecret) {
        flush();
        GatewayProfile current = selected.get();
        boolean isSelected = current != null && current.id().equals(edited.id());
        replaceInList(edited);
        if (isSelected) {
            applying = true;
            selected.set(null);
            applying = false;
            select(edited);
        }
        disk.execute(() -> {
            service().update(edited);
            if (clientSecret != null) {
                SecretWrite written = service().setClientSecret(edited.id(), clientSecret);
                fx.execute(() -> {
                    if (isSelected) {
                        applying = true;
                        main.clientSecretProperty().set(clientSecret);
                        applying = false;
                    }
                    showSecretWrite(text("profiles.secret.clientSecret"), written);
                });
            }
        });
    }

    /** Reads the client secret for the editor (call off the FX thread). */
    public SecretRead readClientSecret(GatewayProfile profile) {
        return service().clientSecret(profile.id());
    }

    // ---- import / export ----

    public void exportTo(Path file, Consumer<String> done) {
        flush();
        disk.execute(() -> {
            String message;
            try {
                Files.writeString(file, service().export(List.of()), StandardCharsets.UTF_8);
                message = format("profiles.export.done", service().profiles().size(), file);
            } catch (IOException | RuntimeException e) {
                message = format("profiles.export.failed", file, e.getMessage());
            }
            String m = message;
            fx.execute(() -> done.accept(m));
        });
    }

    /**
     * Reads an export, then asks {@code resolve} (on the FX thread) what to do with each conflict;
     * nothing is overwritten without an answer.
     */
    public void importFrom(Path file, Function<ImportPlan, Function<ImportConflict, ImportConflict.Resolution>> resolve,
                           Consumer<String> done) {
        flush();
        disk.execute(() -> {
            ImportPlan plan;
            try {
                plan = service().planImport(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | ImportException | RuntimeException e) {
                String m = format("profiles.import.failed", file, e.getMessage());
                fx.execute(() -> done.accept(m));
                return;
            }
            fx.execute(() -> {
                Function<ImportConflict, ImportConflict.Resolution> choice = resolve.apply(plan);
                if (choice == null) {
                    done.accept(text("profiles.import.cancelled"));
                    return;
                }
                disk.execute(() -> {
                    ImportResult result = service().applyImport(plan, choice);
                    List<GatewayProfile> list = service().profiles();
                    fx.execute(() -> {
                        profiles.setAll(list);
                        GatewayProfile sel = selected.get();
                        if (sel != null) {
                            list.stream().filter(p -> p.id().equals(sel.id())).findFirst()
                                    .filter(p -> !p.equals(sel)).ifPresent(p -> {
                                        selected.set(null);
                                        select(p);
                                    });
                        }
                        done.accept(format("profiles.import.done", result.added().size(),
                                result.replaced().size(), result.skipped()));
                    });
                });
            });
        });
    }

    public void saveWindowBounds(WindowBounds bounds) {
        flush();
        disk.execute(() -> service().setWindowBounds(bounds));
    }

    public void dismissBanner() {
        banner.set("");
    }

    public void dismissNotice() {
        notice.set("");
    }

    // ---- helpers ----

    private ProfileService service() {
        return serviceSupplier.get();
    }

    private void replaceInList(GatewayProfile edited) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id().equals(edited.id())) {
                profiles.set(i, edited);
            }
        }
        if (selected.get() != null && selected.get().id().equals(edited.id())) {
            applying = true;
            selected.set(edited);
            applying = false;
        }
    }

    private String bannerText(LoadReport report) {
        String problem = report.problem() == null ? "" : text(report.problem().key());
        return format(report.key(), report.file(), Objects.toString(report.setAside(), "—"), problem,
                report.detail());
    }

    private String text(String key) {
        return messages.text(key);
    }

    private String format(String key, Object... args) {
        return messages.format(key, args);
    }

    // ---- properties ----

    public ObservableList<GatewayProfile> profiles() {
        return profiles;
    }

    public ReadOnlyObjectProperty<GatewayProfile> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> saveStateKindProperty() {
        return saveStateKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
