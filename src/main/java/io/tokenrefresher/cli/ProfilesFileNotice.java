package io.tokenrefresher.cli;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.profile.LoadReport;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Tells on stderr what the window's banner tells when the profiles file was not read as it was: a
 * damaged file was moved aside (where to, and how to put it back), a backup was used, or the file came
 * from a newer version. Without it {@code profiles list} would quietly show only the example, and
 * {@code --profile NAME} would say there is no such profile. Printed once per run: the profiles are
 * loaded once per {@link CliContext}.
 */
final class ProfilesFileNotice {
    private ProfilesFileNotice() {
    }

    static void print(LoadReport report, Messages messages, PrintWriter err) {
        if (!report.needsBanner()) {
            return;
        }
        boolean damaged = report.outcome() == LoadReport.Outcome.RESTORED_FROM_BACKUP
                || report.outcome() == LoadReport.Outcome.STARTED_FRESH;
        if (!damaged) {
            err.println(messages.format("cli.note", messages.format(report.key(), report.file(),
                    Objects.toString(report.setAside(), "—"), "", report.detail())));
            err.flush();
            return;
        }
        String problem = report.problem() == null ? "" : messages.text(report.problem().key());
        if (report.detail() != null && !report.detail().isBlank()) {
            problem = problem + ": " + report.detail();
        }
        if (report.setAside() == null) {
            err.println(messages.format("cli.warning",
                    messages.format("cli.profiles.damaged.notMoved", report.file(), problem)));
        } else {
            String instead = messages.text(report.outcome() == LoadReport.Outcome.RESTORED_FROM_BACKUP
                    ? "cli.profiles.damaged.restoredFromBackup" : "cli.profiles.damaged.startedFresh");
            err.println(messages.format("cli.warning",
                    messages.format("cli.profiles.damaged", problem, report.setAside(), instead)));
            err.println(messages.format("cli.hint",
                    messages.format("cli.profiles.damaged.howToRestore", report.setAside(), report.file())));
        }
        err.flush();
    }
}
