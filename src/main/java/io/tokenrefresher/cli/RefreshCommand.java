package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "refresh", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Trade a refresh token for a new access/refresh pair (grant_type=refresh_token).",
        footer = {"", "Examples:",
                "  token-refresher refresh -g 10.1.2.3:8080 --refresh-token-file rt.txt -o access-token",
                "  pbpaste | token-refresher refresh -g gw.test:8080 --refresh-token - -o env",
                "  eval \"$(token-refresher refresh --profile test -o env --save-refresh-token)\""})
final class RefreshCommand extends TokenCommand {

    @Option(names = {"-t", "--refresh-token"}, paramLabel = "TOKEN|-",
            description = "The refresh token, or - to read it from stdin (a pasted token, "
                    + "'Bearer ...', or a JSON answer). Default with --profile: the newest one in the token cache "
                    + "(shared with the window), else the one the profile remembers.")
    String refreshToken;

    @Option(names = "--refresh-token-file", paramLabel = "FILE",
            description = "Read the refresh token from a file (a token or a saved JSON answer).")
    Path refreshTokenFile;

    RefreshCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    Map<String, String> grantParameters(GatewayProfile profile) {
        String token = new SecretInput(spec, ctx)
                .token(refreshToken, refreshTokenFile, "--refresh-token", "refresh_token");
        if (token == null && selectedProfile != null) {
            token = selectedProfile.newestRefreshToken();
        }
        if (token == null) {
            throw UsageError.of(spec, ctx, "cli.usage.noRefreshToken");
        }
        return TokenRequest.refreshParameters(token, gatewayOptions.scope(profile));
    }
}
