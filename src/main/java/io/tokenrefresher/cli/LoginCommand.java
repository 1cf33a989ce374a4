package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "login", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Log in with user name and password (grant_type=password) for the first access/refresh pair.",
        footer = {"", "The password is never stored or logged. Prefer --password - (stdin) or --password-file:",
                "a password on the command line is visible to other users in the process list.", "",
                "Examples:",
                "  printf '%%s\\n' \"$PASS\" | token-refresher login -g http://10.1.2.3:8080 -u tester --password - --md5",
                "  token-refresher login --profile test -u tester -o env   (asks for the password)"})
final class LoginCommand extends TokenCommand {

    @Option(names = {"-u", "--username"}, paramLabel = "USER", description = "User name (account).")
    String username;

    @Option(names = {"-p", "--password"}, paramLabel = "PASSWORD|-",
            description = "The password, or - to read one line from stdin. Without it the password is asked "
                    + "for on the terminal, without echo.")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from a file's first line.")
    Path passwordFile;

    @Option(names = "--md5", negatable = true,
            description = "Send the password MD5-hashed (32 lower-case hex), as BladeX-family servers expect. "
                    + "Default: the profile's setting, else off.")
    Boolean md5;

    LoginCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    Map<String, String> grantParameters(GatewayProfile profile) {
        String user = username;
        if (user == null || user.isBlank()) {
            throw UsageError.of(spec, ctx, "cli.usage.noUsername");
        }
        String secret = new SecretInput(spec, ctx).password(password, passwordFile);
        if (secret == null) {
            CliContext.PasswordPrompt prompt = ctx.passwordPrompt();
            if (prompt == null) {
                throw UsageError.of(spec, ctx, "cli.usage.noPassword");
            }
            char[] typed = prompt.ask(ctx.messages().format("cli.login.prompt", user));
            if (typed == null || typed.length == 0) {
                throw UsageError.of(spec, ctx, "cli.usage.emptyPassword");
            }
            secret = new String(typed);
            Arrays.fill(typed, '\0');
        }
        boolean hash = md5 != null ? md5 : profile.client().md5Password();
        return new PasswordLogin(user, secret, gatewayOptions.scope(profile), hash).parameters();
    }
}
