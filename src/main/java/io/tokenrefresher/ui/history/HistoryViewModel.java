package io.tokenrefresher.ui.history;

import io.tokenrefresher.core.history.HistoryExport;
import io.tokenrefresher.core.history.RefreshHistory;
import io.tokenrefresher.core.history.RefreshRecord;
import io.tokenrefresher.core.history.RefreshVerdict;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.io.AtomicFiles;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.ui.common.Tasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every refresh and log-in of this run, newest first, as the history table shows it; the selected row
 * is shown again in the result and claims ({@code onSelect}), and the whole list can be exported
 * without tokens.
 */
public final class HistoryViewModel {
    public enum Format { CSV, JSON }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    private final RefreshHistory history;
    private final Function<String, String> profileName;
    private final Tasks tasks;
    private final Executor disk;
    private final Clock clock;
    private final Messages messages;
    private final ObservableList<RefreshRecord> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RefreshRecord> selected = new SimpleObjectProperty<>();

    /** @param onSelect shows a chosen row's answer again (its pair and claim changes, or its failure) */
    public HistoryViewModel(RefreshHistory history, Function<String, String> profileName, Tasks tasks, Executor disk,
                            Clock clock, Messages messages, Consumer<RefreshRecord> onSelect) {
        this.history = history;
        this.profileName = profileName;
        this.tasks = tasks;
        this.disk = disk;
        this.clock = clock;
        this.messages = messages;
        history.records().forEach(r -> rows.add(0, r));
        history.addListener(r -> tasks.ui().execute(() -> add(r)));
        selected.addListener((o, old, record) -> {
            if (record != null) {
                onSelect.accept(record);
            }
        });
    }

    private void add(RefreshRecord record) {
        rows.add(0, record);
        if (rows.size() > RefreshHistory.LIMIT) {
            rows.remove(rows.size() - 1);
        }
    }

    public ObservableList<RefreshRecord> rows() {
        return rows;
    }

    public ObjectProperty<RefreshRecord> selectedProperty() {
        return selected;
    }

    public String time(RefreshRecord r) {
        return TIME.format(r.at().atZone(clock.getZone()));
    }

    public String profile(RefreshRecord r) {
        return profileName.apply(r.profileId());
    }

    /** {@code 200}, {@code 200 · auto}, {@code log-in · 200}, or the failure's headline. */
    public String outcome(RefreshRecord r) {
        String what = r.succeeded() ? r.status().map(String::valueOf).orElse("OK")
                : messages.describe(((TokenOutcome.Failure) r.outcome()).failure()).headline();
        if ("password".equals(r.grantType())) {
            what = messages.text("history.login") + " · " + what;
        }
        return r.automatic() ? what + " · " + messages.text("history.auto") : what;
    }

    public String latency(RefreshRecord r) {
        return r.latency().toMillis() + " ms";
    }

    public String placement(RefreshRecord r) {
        return "AUTO_FORM".equals(r.placementKey()) ? messages.text("placement.autoForm")
                : messages.text("placement." + r.placementKey());
    }

    public String jti(String jti) {
        return jti == null ? "—" : jti;
    }

    public String exp(Instant exp) {
        return exp == null ? "—" : DATE_TIME.format(exp.atZone(clock.getZone()));
    }

    /** The plain verdict on the refresh token ("re-signed: the chain still ends at ..."); empty for failures. */
    public String verdict(RefreshRecord r) {
        if (r.verdict() == RefreshVerdict.NONE) {
            return "";
        }
        return messages.format("history.verdict." + r.verdict().name(), exp(r.refresh().exp()));
    }

    /** Writes the history (no tokens) to {@code file}; {@code done} gets the sentence to show. */
    public void export(Path file, Format format, Consumer<String> done) {
        var records = history.records();
        // the names are read here, on the FX thread that owns the profile list
        Map<String, String> names = new HashMap<>();
        records.forEach(r -> names.computeIfAbsent(r.profileId(), profileName));
        tasks.call(() -> {
                    String text = format == Format.CSV ? HistoryExport.csv(records, names::get)
                            : HistoryExport.json(records, names::get);
                    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
                    return file;
                })
                .onSuccess(f -> done.accept(messages.format("history.export.done", f)))
                .onError(e -> done.accept(messages.format("history.export.failed", file, e.getMessage())))
                .runOn(disk);
    }
}
