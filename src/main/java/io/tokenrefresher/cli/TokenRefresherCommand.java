package io.tokenrefresher.cli;

import io.tokenrefresher.core.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "token-refresher", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
        usageHelpAutoWidth = true,
        description = "Refresh OAuth2 tokens against BladeX/SpringBlade-style gateways. Without a command the "
                + "window opens.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:ok", "1:internal error (a bug)", "2:usage: bad option, unreadable input file, not a JWT",
                "3:the server refused (its error and a hint on stderr)",
                "4:network, timeout, TLS, rate limit, or the gateway failed (HTTP 5xx): may work later",
                "5:unreadable answer (HTML, a proxy's 502/503/504 page, broken JSON, no access_token)"},
        footer = {"", "Run 'token-refresher COMMAND --help' for a command's options."})
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
