package io.tokenrefresher.app.startup;

import io.tokenrefresher.cli.Cli;
import io.tokenrefresher.cli.CliContext;
import io.tokenrefresher.cli.CliHttpClients;
import io.tokenrefresher.cli.ExitCodes;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The command line's training run behind the installed app's ahead-of-time (AOT) cache: the installer
 * build runs it once in the app image under {@code -XX:AOTCacheOutput} (packaging/BuildInstaller.java,
 * AotTraining) and the launcher maps the cache on every later start of a command.
 *
 * <p>It goes through what a command-line refresh goes through (picocli, the HTTP client, Jackson,
 * java-jwt, the output formats), against a one-shot responder on the loopback address; nothing leaves
 * the machine and no saved profile or secret is read. Its output is discarded: what counts are the
 * classes it loads. Reached with {@code token-refresher --train-startup-archive cli} (and {@code window},
 * which adds the window's classes: see {@link StartupClassLoading}).
 *
 * <p>It lives with the other start-up tuning rather than in {@code cli}: it drives the command line
 * only through its public entry ({@link Cli#run}), and it needs the loopback responder of
 * {@link LoopbackWarmUp}, which the command line itself has no use for.
 */
public final class StartupArchiveTraining {
    public static final String FLAG = "--train-startup-archive";

    private StartupArchiveTraining() {
    }

    /**
     * The training run for {@code mode}: {@code "window"} adds the window's classes to the command
     * line's run, any other mode is the command line's alone. Returns 0 when every exchange succeeded
     * (the archive is written at exit either way).
     */
    public static int run(String mode) {
        int exitCode = runCommandLine();
        if ("window".equals(mode)) {
            StartupClassLoading.loadAll();
        }
        return exitCode;
    }

    private static int runCommandLine() {
        CliHttpClients httpClients = new CliHttpClients();
        try {
            TrainingTokens tokens = TrainingTokens.make();
            String access = tokens.access();
            String refresh = tokens.refresh();
            String answer = tokens.answer();
            int failures = 0;
            for (String output : List.of("json", "env")) {
                Integer code = LoopbackWarmUp.withResponder(answer, gateway -> Cli.run(
                        new String[] {"refresh", "-g", gateway, "-t", refresh, "-o", output},
                        quietContext(httpClients)));
                failures += code != null && code == ExitCodes.OK ? 0 : 1;
            }
            failures += Cli.run(new String[] {"decode", access}, quietContext(httpClients)) == ExitCodes.OK ? 0 : 1;
            failures += Cli.run(new String[] {"decode", "-"}, quietContext(httpClients, refresh)) == ExitCodes.OK
                    ? 0 : 1;
            return failures == 0 ? ExitCodes.OK : ExitCodes.INTERNAL;
        } finally {
            httpClients.stopForExit();
        }
    }

    private static CliContext quietContext(CliHttpClients httpClients) {
        return quietContext(httpClients, "");
    }

    private static CliContext quietContext(CliHttpClients httpClients, String stdin) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, discard, discard, Locale.getDefault(), ZoneId.systemDefault(),
                Clock.systemUTC(), httpClients, null, () -> {
                    throw new IllegalStateException("the training run reads no profiles");
                });
    }
}
