package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ImportConflict;
import io.tokenrefresher.core.profile.ImportPlan;
import io.tokenrefresher.core.profile.ImportResult;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.ui.common.Tasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Export of the profiles for the team (secrets left out) and import of such a file, asking about
 * each conflict: nothing is overwritten without an answer. Files are read and written on the disk
 * executor; the questions and the final message come on the FX thread.
 */
final class ProfileImportExport {
    private final Supplier<ProfileService> service;
    private final Tasks tasks;
    private final Executor disk;
    private final Messages messages;

    ProfileImportExport(Supplier<ProfileService> service, Tasks tasks, Executor disk, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.disk = disk;
        this.messages = messages;
    }

    void exportTo(Path file, Consumer<String> done) {
        tasks.call(() -> {
                    Files.writeString(file, service.get().export(List.of()), StandardCharsets.UTF_8);
                    return service.get().profiles().size();
                })
                .onSuccess(count -> done.accept(messages.format("profiles.export.done", count, file)))
                .onError(e -> done.accept(messages.format("profiles.export.failed", file, e.getMessage())))
                .runOn(disk);
    }

    /**
     * @param resolve asked on the FX thread with the plan; null from it cancels the whole import
     * @param imported the profiles after a completed import
     */
    void importFrom(Path file, Function<ImportPlan, Function<ImportConflict, ImportConflict.Resolution>> resolve,
                    Consumer<List<GatewayProfile>> imported, Consumer<String> done) {
        tasks.call(() -> service.get().planImport(Files.readString(file, StandardCharsets.UTF_8)))
                .onSuccess(plan -> {
                    Function<ImportConflict, ImportConflict.Resolution> choice = resolve.apply(plan);
                    if (choice == null) {
                        done.accept(messages.text("profiles.import.cancelled"));
                    } else {
                        apply(plan, choice, imported, done);
                    }
                })
                .onError(e -> done.accept(messages.format("profiles.import.failed", file, e.getMessage())))
                .runOn(disk);
    }

    private void apply(ImportPlan plan, Function<ImportConflict, ImportConflict.Resolution> choice,
                       Consumer<List<GatewayProfile>> imported, Consumer<String> done) {
        record Applied(ImportResult result, List<GatewayProfile> profiles) {
        }
        tasks.call(() -> new Applied(service.get().applyImport(plan, choice), service.get().profiles()))
                .onSuccess(applied -> {
                    imported.accept(applied.profiles());
                    done.accept(messages.format("profiles.import.done", applied.result().added().size(),
                            applied.result().replaced().size(), applied.result().skipped()));
                })
                .onError(e -> done.accept(messages.format("profiles.import.failed", "", e.getMessage())))
                .runOn(disk);
    }
}
