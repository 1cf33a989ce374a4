package io.tokenrefresher.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Our own usage errors go through picocli's handler, so they look (and exit, with 2) like its own. */
final class UsageError {
    private UsageError() {
    }

    static CommandLine.ParameterException of(CommandSpec spec, CliContext ctx, String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), ctx.messages().format(key, args));
    }

    /** A usage error whose words are already made (in the user's language). */
    static CommandLine.ParameterException plain(CommandSpec spec, String text) {
        return new CommandLine.ParameterException(spec.commandLine(), text);
    }
}
