package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.TokenEndpointClient;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs one command line. {@link #main} is the process entry (from {@code app.Main}); {@link #run}
 * is what tests call, with captured streams. Nothing here touches JavaFX.
 */
public final class Cli {
    private Cli() {
    }

    /** Runs the command with the process's streams and returns the exit code for {@code System.exit}. */
    public static int main(String[] args) {
        Supplier<HttpClient> httpClient = needsNetwork(args) ? warmedHttpClient() : lazyHttpClient();
        CliContext ctx = CliContext.system(httpClient);
        try {
            return run(args, ctx);
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    public static int run(String[] args, CliContext ctx) {
        CommandLine commandLine = new CommandLine(new TokenRefresherCommand(), new Factory(ctx));
        commandLine.setOut(ctx.out());
        commandLine.setErr(ctx.err());
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return ExitCodes.NETWORK;
            }
            cl.getErr().println(ctx.messages().format("cli.internalError", e.toString()));
            cl.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return commandLine.execute(args);
    }

    /** Short like git's: the problem, a typo suggestion when there is one, and where the help is. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * Building the HTTP client loads a few hundred classes (TLS included). For {@code refresh} and
     * {@code login} that starts at once on a second thread, while the main thread parses the options
     * and loads Jackson: on a 2-core machine the two overlap instead of adding up.
     */
    private static Supplier<HttpClient> warmedHttpClient() {
        CompletableFuture<HttpClient> future = new CompletableFuture<>();
        Thread warm = new Thread(() -> {
            try {
                future.complete(TokenEndpointClient.defaultHttpClient());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "http-client-init");
        warm.setDaemon(true);
        warm.start();
        return future::join;
    }

    private static Supplier<HttpClient> lazyHttpClient() {
        return new Supplier<>() {
            private HttpClient client;

            @Override
            public synchronized HttpClient get() {
                if (client == null) {
                    client = TokenEndpointClient.defaultHttpClient();
                }
                return client;
            }
        };
    }

    private static boolean needsNetwork(String[] args) {
        return args.length > 0 && ("refresh".equals(args[0]) || "login".equals(args[0]));
    }

    /** Gives each command the context through its constructor (no static state, so tests run in parallel). */
    private static final class Factory implements CommandLine.IFactory {
        private final CliContext ctx;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                    c.setAccessible(true);
                    return type.cast(c.newInstance(ctx));
                }
            }
            return fallback.create(type);
        }
    }
}
