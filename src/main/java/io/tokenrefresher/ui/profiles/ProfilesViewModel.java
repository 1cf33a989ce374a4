package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ImportConflict;
import io.tokenrefresher.core.profile.ImportPlan;
import io.tokenrefresher.core.profile.LoadReport;
import io.tokenrefresher.core.profile.NameCheck;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.WindowBounds;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.core.secret.SecretWrite;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.SessionListener;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.common.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved profiles as the window shows them: the list, the selected one, and the commands on
 * them. The selected profile's request settings are the window's {@link RequestForm}; edits there are
 * saved as the user types ({@link ProfileAutosave}).
 *
 * <p>Every disk and credential-store call runs on the single {@code disk} executor, in order, through
 * {@link Tasks}; nothing on the FX thread waits for the service (a credential store that hangs on
 * D-Bus must not freeze typing). Names are checked against the list held here.
 *
 * <p>Longer than the ~300 lines a class should stay under: the commands (create, duplicate, rename,
 * delete, edit, import) all change the list and the selection together, and split apart they would
 * write each other's state. What stands alone is its own class: {@link ProfileAutosave},
 * {@link SaveStatus}, {@link SecretNotices}, {@link ProfileImportExport}.
 */
public final class ProfilesViewModel {
    private final Supplier<ProfileService> service;
    private final RequestForm form;
    private final StringProperty pastedToken;
    private final SessionRegistry sessions;
    private final Tasks tasks;
    private final Executor disk;
    private final Messages messages;
    private final ProfileAutosave autosave;
    private final ProfileImportExport transfer;

    private final ObservableList<GatewayProfile> profiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GatewayProfile> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final SecretNotices notices;
    private boolean anySelectionYet;

    /**
     * @param service     built on first use on the disk thread (it may open the OS credential store)
     * @param pastedToken the refresh token field: a remembered token fills it when empty
     */
    public ProfilesViewModel(Supplier<ProfileService> service, RequestForm form, StringProperty pastedToken,
                             SessionRegistry sessions, Tasks tasks, Executor disk, ResourceBundle bundle) {
        this.service = service;
        this.form = form;
        this.pastedToken = pastedToken;
        this.sessions = sessions;
        this.tasks = tasks;
        this.disk = disk;
        this.messages = new Messages(bundle);
        this.notices = new SecretNotices(messages);
        this.autosave = new ProfileAutosave(form, selected.getReadOnlyProperty(), this::replaceInList, service, tasks,
                disk, messages, notices::showWrite);
        this.transfer = new ProfileImportExport(service, tasks, disk, messages);
        sessions.addListener(new SessionListener() {
            @Override
            public void newPair(ProfileSession session, TokenPair pair) {
                rememberAfterRefresh(session.profileId(), pair);
            }
        });
    }

    /** Loads the profiles off the FX thread, then selects the last used one and hands back the window bounds. */
    public void load(Consumer<Optional<WindowBounds>> windowBounds) {
        record Loaded(LoadReport report, List<GatewayProfile> list, Optional<GatewayProfile> initial,
                      Optional<WindowBounds> bounds) {
        }
        tasks.call(() -> {
                    service().setSaveListener(result -> tasks.ui().execute(() -> autosave.showSave(result)));
                    LoadReport report = service().load();
                    return new Loaded(report, service().profiles(), service().initialSelection(),
                            service().windowBounds());
                })
                .onSuccess(l -> {
                    profiles.setAll(l.list());
                    banner.set(l.report().needsBanner() ? bannerText(l.report()) : "");
                    loaded.set(true);
                    l.initial().ifPresent(this::select);
                    windowBounds.accept(l.bounds());
                })
                .runOn(disk);
    }

    /** Shows a profile in the window; any pending edit of the previous one is written first. */
    public void select(GatewayProfile profile) {
        if (profile == null || selected.get() != null && selected.get().id().equals(profile.id())) {
            return;
        }
        autosave.flush();
        // a gateway typed before the profiles finished loading is kept, and becomes the profile's edit
        boolean first = selected.get() == null && !anySelectionYet;
        anySelectionYet = true;
        String typedGateway = form.gatewayProperty().get();
        boolean keepTyped = first && !typedGateway.isBlank() && !typedGateway.equals(profile.endpoint().gateway());
        autosave.whileApplying(() -> {
            selected.set(profile);
            form.load(profile);
            form.clientSecretProperty().set("");
            if (keepTyped) {
                form.gatewayProperty().set(typedGateway);
            }
        });
        if (keepTyped) {
            autosave.fieldsEdited();
        }
        notices.clear();
        String id = profile.id();
        record Secrets(SecretRead clientSecret, SecretRead remembered) {
        }
        tasks.call(() -> {
                    service().select(id);
                    return new Secrets(service().clientSecret(id), service().rememberedRefreshToken(id));
                })
                .onSuccess(s -> applySecrets(id, s.clientSecret(), s.remembered()))
                .runOn(disk);
    }

    private void applySecrets(String id, SecretRead secret, SecretRead remembered) {
        if (selected.get() == null || !selected.get().id().equals(id)) {
            return;
        }
        List<String> unreadable = new ArrayList<>();
        List<SecretRead.CouldNotRead> failures = new ArrayList<>();
        if (secret instanceof SecretRead.Found found && !autosave.secretEdited()) {
            autosave.whileApplying(() -> form.clientSecretProperty().set(found.value()));
        } else if (secret instanceof SecretRead.CouldNotRead failed) {
            unreadable.add("profiles.secret.clientSecret");
            failures.add(failed);
        }
        if (remembered instanceof SecretRead.Found found && pastedToken.get().isBlank()) {
            pastedToken.set(found.value());
        } else if (remembered instanceof SecretRead.CouldNotRead failed) {
            unreadable.add("profiles.secret.refreshToken");
            failures.add(failed);
        }
        notices.showReadFailures(unreadable, failures);
    }

    /** Writes pending edits now (before a switch, a refresh or closing). */
    public void flush() {
        autosave.flush();
    }

    private void rememberAfterRefresh(String profileId, TokenPair pair) {
        String token = pair.response().refreshToken();
        if (SessionRegistry.NO_PROFILE.equals(profileId)) {
            return;
        }
        tasks.call(() -> service().afterRefresh(profileId, token))
                .onSuccess(written -> written.ifPresent(w -> notices.showWrite("profiles.secret.refreshToken", w)))
                .runOn(disk);
    }

    /** Writes the current state again after a failed save. */
    public void retrySave() {
        autosave.retrySave();
    }

    public void create() {
        flush();
        String baseName = messages.text("profiles.newName");
        tasks.call(() -> {
                    GatewayProfile created = service().create(baseName);
                    return new Listed(created, service().profiles());
                })
                .onSuccess(this::showListAndSelect)
                .runOn(disk);
    }

    /**
     * Creates a profile from a draft (an imported cURL command) under a free name like the draft's, with
     * its client secret when it has one, and selects it; a refresh token found in the command goes into
     * the token field, never into the profile.
     */
    public void createFrom(GatewayProfile draft, String clientSecret, String refreshToken) {
        flush();
        tasks.call(() -> {
                    GatewayProfile created = service().create(draft.name());
                    GatewayProfile filled = service().update(draft.withId(created.id()).withName(created.name()));
                    SecretWrite written = clientSecret == null || clientSecret.isEmpty() ? null
                            : service().setClientSecret(created.id(), clientSecret);
                    return new Listed(filled, service().profiles(), written);
                })
                .onSuccess(listed -> {
                    showListAndSelect(listed);
                    if (refreshToken != null && !refreshToken.isEmpty()) {
                        pastedToken.set(refreshToken);
                    }
                })
                .runOn(disk);
    }

    public void duplicateSelected() {
        GatewayProfile current = selected.get();
        if (current == null) {
            return;
        }
        flush();
        String copyName = messages.format("profiles.copyName", current.name());
        tasks.call(() -> {
                    ProfileService.DuplicateResult result = service().duplicate(current.id(), copyName);
                    return new Listed(result.copy(), service().profiles(), result.clientSecretCopy());
                })
                .onSuccess(this::showListAndSelect)
                .runOn(disk);
    }

    /** The profiles after a change, the one to select, and where its client secret went (if copied). */
    private record Listed(GatewayProfile select, List<GatewayProfile> list, SecretWrite secretWrite) {
        Listed(GatewayProfile select, List<GatewayProfile> list) {
            this(select, list, null);
        }
    }

    private void showListAndSelect(Listed listed) {
        profiles.setAll(listed.list());
        select(listed.select());
        if (listed.secretWrite() != null) {
            notices.showWrite("profiles.secret.clientSecret", listed.secretWrite());
        }
    }

    /** Null when the name is fine, else why it is not; checked against the list shown, not the service. */
    public String checkName(String name, GatewayProfile except) {
        String exceptId = except == null ? null : except.id();
        NameCheck check = NameCheck.of(name, profiles.stream().filter(p -> !p.id().equals(exceptId))
                .map(GatewayProfile::name).toList());
        return switch (check) {
            case OK -> null;
            case BLANK -> messages.text("profiles.name.blank");
            case TAKEN -> messages.format("profiles.name.taken", name.strip());
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
        tasks.run(() -> service().update(renamed)).runOn(disk);
    }

    public void deleteSelected() {
        GatewayProfile doomed = selected.get();
        if (doomed == null) {
            return;
        }
        autosave.discardPending();
        sessions.remove(doomed.id());
        record Deleted(List<SecretWrite.CouldNotWrite> failures, List<GatewayProfile> list,
                       Optional<GatewayProfile> next) {
        }
        tasks.call(() -> new Deleted(service().delete(doomed.id()), service().profiles(), service().initialSelection()))
                .onSuccess(d -> {
                    selected.set(null);
                    profiles.setAll(d.list());
                    d.next().ifPresentOrElse(this::select, this::create);
                    if (!d.failures().isEmpty()) {
                        notices.showDeleteFailure(d.failures().get(0));
                    }
                })
                .runOn(disk);
    }

    /** Applies the editor's result: the profile and, when changed there, its client secret. */
    public void applyEdit(GatewayProfile edited, String clientSecret) {
        flush();
        GatewayProfile current = selected.get();
        boolean isSelected = current != null && current.id().equals(edited.id());
        replaceInList(edited);
        if (isSelected) {
            autosave.whileApplying(() -> {
                form.load(edited);
                if (clientSecret != null) {
                    form.clientSecretProperty().set(clientSecret);
                }
            });
        }
        tasks.call(() -> {
                    service().update(edited);
                    return clientSecret == null ? null : service().setClientSecret(edited.id(), clientSecret);
                })
                .onSuccess(written -> {
                    if (written != null) {
                        notices.showWrite("profiles.secret.clientSecret", written);
                    }
                })
                .runOn(disk);
    }

    /**
     * Reads the client secret for the editor, after every save queued before it (a secret typed just
     * before opening the editor is what it shows). Blocks: call off the FX thread.
     */
    public SecretRead readClientSecret(GatewayProfile profile) throws InterruptedException, ExecutionException {
        return CompletableFuture.supplyAsync(() -> service().clientSecret(profile.id()), disk).get();
    }

    public void exportTo(Path file, Consumer<String> done) {
        flush();
        transfer.exportTo(file, done);
    }

    /** Reads an export, then asks {@code resolve} (on the FX thread) what to do with each conflict. */
    public void importFrom(Path file, Function<ImportPlan, Function<ImportConflict, ImportConflict.Resolution>> resolve,
                           Consumer<String> done) {
        flush();
        transfer.importFrom(file, resolve, this::showImported, done);
    }

    private void showImported(List<GatewayProfile> list) {
        profiles.setAll(list);
        GatewayProfile sel = selected.get();
        if (sel != null) {
            list.stream().filter(p -> p.id().equals(sel.id())).findFirst().filter(p -> !p.equals(sel))
                    .ifPresent(p -> {
                        replaceInList(p);
                        autosave.whileApplying(() -> form.load(p));
                    });
        }
    }

    public void saveWindowBounds(WindowBounds bounds) {
        flush();
        tasks.run(() -> service().setWindowBounds(bounds)).runOn(disk);
    }

    public void dismissBanner() {
        banner.set("");
    }

    public void dismissNotice() {
        notices.clear();
    }

    private ProfileService service() {
        return service.get();
    }

    /** Puts an edited profile in the list (and as the selection, when it is the selected one). */
    private void replaceInList(GatewayProfile edited) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id().equals(edited.id())) {
                profiles.set(i, edited);
            }
        }
        if (selected.get() != null && selected.get().id().equals(edited.id())) {
            autosave.whileApplying(() -> selected.set(edited));
        }
    }

    private String bannerText(LoadReport report) {
        String problem = report.problem() == null ? "" : messages.text(report.problem().key());
        return messages.format(report.key(), report.file(), Objects.toString(report.setAside(), "—"), problem,
                report.detail());
    }

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
        return autosave.status().textProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> saveStateKindProperty() {
        return autosave.status().kindProperty();
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return autosave.status().failedProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notices.noticeProperty();
    }
}
