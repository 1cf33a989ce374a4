package io.tokenrefresher.cli;

import io.tokenrefresher.app.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "token-refresher", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
        usageHelpAutoWidth = true,
        description = "Refresh OAuth2 tokens against BladeX/SpringBlade-style gateways. Without a command the "
                + "window opens.",
        subcommands = {RefreshCommand.class, LoginCommand.class, DecodeCommand.class, ProfilesCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage or invalid input, 3 the server refused, "
                + "4 network, timeout or TLS, 5 unreadable answer.",
                "Run 'token-refresher help COMMAND' or 'token-refresher COMMAND --help' for a command's options."})
public final class TokenRefresherCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Same words as before picocli answered {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Token Refresher " + AppVersion.get()};
        }
    }
}
