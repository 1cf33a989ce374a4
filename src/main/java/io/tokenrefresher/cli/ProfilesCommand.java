package io.tokenrefresher.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "profiles", description = "Saved gateway profiles.",
        subcommands = {ProfilesCommand.ListCommand.class})
final class ProfilesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: list");
    }

    @Command(name = "list", description = "List the saved profiles: name, gateway, whether a refresh token is remembered.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private final CliContext ctx;

        ListCommand(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            throw UsageError.of(spec, ctx, "cli.usage.profilesUnavailable");
        }
    }
}
