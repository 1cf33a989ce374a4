package io.tokenrefresher.cli;

import io.tokenrefresher.core.AppVersion;
import io.tokenrefresher.core.handoff.AccessTokenSource;
import io.tokenrefresher.core.handoff.HandOffKey;
import io.tokenrefresher.core.handoff.HandOffServer;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.session.TokenSender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The hand-off endpoint without a window, for a test rig or a CI agent: serves every saved profile's
 * access token on 127.0.0.1 until Ctrl+C or SIGTERM, which end it with exit 0 (a stop is the normal end).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = TokenRefresherCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Serve the saved profiles' access tokens on http://127.0.0.1:PORT/v1/profiles/NAME/access-token "
                + "(as 'token -o json'; Accept: text/plain gives the bare token) to callers that send the key in the "
                + "X-Token-Refresher-Key header. Runs until Ctrl+C or SIGTERM.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by Ctrl+C or SIGTERM", "2:bad options, an unreadable key file, or no key store",
                "4:the port cannot be listened on"},
        footer = {"", "Examples:",
                "  token-refresher serve --port 47821",
                "  curl -H \"X-Token-Refresher-Key: $KEY\" http://127.0.0.1:47821/v1/profiles/uat/access-token"})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 47821;
    private static final int MIN_KEY_LENGTH = 32;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "The port on 127.0.0.1 (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "Read the key from this file (at least 32 characters) instead of the credential store.")
    Path keyFile;

    @Option(names = "--print-key", description = "Also print the key (it is never printed otherwise).")
    boolean printKey;

    private final CliContext ctx;

    ServeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw UsageError.of(spec, ctx, "cli.serve.badPort");
        }
        String key = key();
        HttpClients http = new HttpClients();
        TokenEndpointClient endpointClient = new TokenEndpointClient(http::defaultClient, ctx.mapper(), ctx.clock(),
                "TokenRefresher/" + AppVersion.get() + " (cli serve)");
        AccessTokenSource tokens = new AccessTokenSource(ctx.profiles(), ctx.sharedRefresh(),
                TokenSender.over(() -> endpointClient, () -> http), ctx.clock());
        HandOffServer server;
        try {
            server = HandOffServer.start(tokens, () -> key, ctx.mapper(), ctx.clock(), ctx.locale(), port);
        } catch (IOException e) {
            return new ErrorReport(ctx).error(ExitCodes.NETWORK, "cli.serve.portTaken", port, e.getMessage());
        }
        ctx.out().println(ctx.messages().format("cli.serve.listening", server.port()));
        if (printKey) {
            ctx.out().println(ctx.messages().format("cli.serve.key", key));
        }
        ctx.out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ctx.out().println(ctx.messages().text("cli.serve.stopped"));
            ctx.out().flush();
            stopped.countDown();
            // a stop by signal is this command's normal end: exit 0, not the JVM's 128+signal
            Runtime.getRuntime().halt(ExitCodes.OK);
        }, "token-refresher-serve-stop"));
        stopped.await();
        return ExitCodes.OK;
    }

    private String key() {
        if (keyFile == null) {
            try {
                return new HandOffKey(ctx.profiles().credentialStore()).getOrCreate();
            } catch (HandOffKey.Unavailable e) {
                throw UsageError.of(spec, ctx, "cli.serve.keyUnavailable", e.getMessage());
            }
        }
        String key;
        try {
            key = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw UsageError.of(spec, ctx, "cli.serve.keyFileUnreadable", keyFile, e.getMessage());
        }
        if (key.length() < MIN_KEY_LENGTH) {
            throw UsageError.of(spec, ctx, "cli.serve.keyFileShort", keyFile);
        }
        return key;
    }
}
