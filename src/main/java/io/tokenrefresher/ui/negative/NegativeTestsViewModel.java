package io.tokenrefresher.ui.negative;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.negative.NegativeCase;
import io.tokenrefresher.core.negative.NegativeResult;
import io.tokenrefresher.core.negative.NegativeTests;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.common.Tasks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The negative tests' table: one row per case run (expected, actual, pass/fail/skipped), a status line,
 * and the table as Markdown for a bug report. Runs on the network executor, one run at a time.
 */
public final class NegativeTestsViewModel {
    /** A row as shown. */
    public record Row(String testCase, String expected, String actual, String result, StatusKind kind) {
    }

    private final Tasks tasks;
    private final Executor network;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private List<NegativeResult> results = List.of();

    public NegativeTestsViewModel(Tasks tasks, Executor network, Messages messages) {
        this.tasks = tasks;
        this.network = network;
        this.messages = messages;
    }

    /** Runs {@code cases} with {@code inputs} through {@code tests}; ignored while a run is going. */
    public void run(List<NegativeCase> cases, NegativeTests tests, NegativeTests.Inputs inputs) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        rows.clear();
        status.set(messages.format("negative.running", inputs.refresh().gateway().strip()));
        tasks.call(() -> {
            List<NegativeResult> done = new ArrayList<>();
            for (NegativeCase c : cases) {
                done.add(tests.run(c, inputs));
            }
            return done;
        }).onSuccess(this::show)
                .onError(e -> status.set(messages.format("status.unexpected", e.getClass().getName())))
                .andFinally(() -> busy.set(false))
                .runOn(network);
    }

    /** Why the tests cannot run (no refresh token, a bad form). */
    public void showProblem(String problem) {
        rows.clear();
        results = List.of();
        status.set(problem);
    }

    private void show(List<NegativeResult> done) {
        results = List.copyOf(done);
        Map<String, String> labels = labels();
        for (NegativeResult r : done) {
            String actual = r.verdict() == NegativeResult.Verdict.SKIPPED ? labels.get("skip." + r.actual()) : r.actual();
            StatusKind kind = switch (r.verdict()) {
                case PASS -> StatusKind.SUCCESS;
                case FAIL -> StatusKind.ERROR;
                case SKIPPED -> StatusKind.NEUTRAL;
            };
            rows.add(new Row(labels.get(r.testCase().name()), r.testCase().expected(), actual,
                    labels.get(r.verdict().name()), kind));
        }
        long failed = done.stream().filter(r -> r.verdict() == NegativeResult.Verdict.FAIL).count();
        long passed = done.stream().filter(r -> r.verdict() == NegativeResult.Verdict.PASS).count();
        status.set(messages.format("negative.summary", passed, failed, done.size() - passed - failed));
    }

    /** The table of the last run as Markdown. */
    public String markdown() {
        return NegativeTests.markdown(results, labels());
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        for (String column : List.of("case", "expected", "actual", "result")) {
            labels.put(column, messages.text("negative.column." + column));
        }
        for (NegativeCase c : NegativeCase.values()) {
            labels.put(c.name(), messages.text("negative.case." + c.name()));
        }
        for (NegativeResult.Verdict v : NegativeResult.Verdict.values()) {
            labels.put(v.name(), messages.text("negative.verdict." + v.name()));
        }
        for (String reason : List.of("noAccessToken", "notJwt", "noExpired", "noTenant", "noClient")) {
            labels.put("skip." + reason, messages.text("negative.skip." + reason));
        }
        return labels;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
