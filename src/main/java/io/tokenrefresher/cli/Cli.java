package io.tokenrefresher.cli;

import io.tokenrefresher.core.jwt.TokenMask;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs one command line. {@link #main} is the process entry (from {@code app.Main}); {@link #run}
 * is what tests call, with captured streams. Nothing here touches JavaFX.
 */
public final class Cli {
    private Cli() {
    }

    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /** The commands in help order; {@code help} is picocli's. */
    private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("refresh", RefreshCommand.class);
        COMMANDS.put("login", LoginCommand.class);
        COMMANDS.put("token", AccessTokenCommand.class);
        COMMANDS.put("decode", DecodeCommand.class);
        COMMANDS.put("serve", ServeCommand.class);
        COMMANDS.put("captcha", CaptchaCommand.class);
        COMMANDS.put("profiles", ProfilesCommand.class);
        COMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    /** Runs the command with the process's streams and returns the exit code for {@code System.exit}. */
    public static int main(String[] args) {
        if (isVersionQuestion(args)) {
            // before any set-up (streams, time zone, picocli): installers and scripts probe this most
            System.out.println(new TokenRefresherCommand.Version().getVersion()[0]);
            return ExitCodes.OK;
        }
        CliHttpClients httpClients = new CliHttpClients();
        CliContext ctx = CliContext.system(httpClients);
        if (args.length > 0 && ("refresh".equals(args[0]) || "login".equals(args[0]))) {
            // the exchange needs both; each is a few hundred ms of class loading, so they load side by side
            httpClients.warm(CliHttpClients.isHttps(gatewayArgument(args)));
            ctx.warmMapperInBackground();
        }
        try {
            return run(args, ctx);
        } finally {
            ctx.out().flush();
            ctx.err().flush();
            httpClients.stopForExit();
        }
    }

    public static int run(String[] args, CliContext ctx) {
        if (isVersionQuestion(args)) {
            ctx.out().println(new TokenRefresherCommand.Version().getVersion()[0]);
            ctx.out().flush();
            return ExitCodes.OK;
        }
        // no option here takes a java.time or java.sql type; registering picocli's converters for them
        // initialises java.time's formatters by reflection, a noticeable slice of a cold start
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.(time|sql)\\..*");
        }
        Factory factory = new Factory(ctx);
        CommandLine commandLine = new CommandLine(new TokenRefresherCommand(), factory);
        // picocli reads every registered command's annotations up front; a run needs only its own
        String first = args.length > 0 ? args[0] : "";
        if (COMMANDS.containsKey(first) && !"help".equals(first)) {
            commandLine.addSubcommand(first, new CommandLine(COMMANDS.get(first), factory));
        } else {
            COMMANDS.forEach((name, type) -> commandLine.addSubcommand(name, new CommandLine(type, factory)));
        }
        commandLine.setOut(ctx.out());
        commandLine.setErr(ctx.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return ExitCodes.NETWORK;
            }
            cl.getErr().println(ctx.messages().format("cli.internalError", TokenMask.maskIn(e.toString())));
            cl.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return commandLine.execute(args);
    }

    private static boolean isVersionQuestion(String[] args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }

    /** The value of {@code -g}/{@code --gateway} as typed, before parsing, to pick the client to warm. */
    static String gatewayArgument(String[] args) {
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("-g") || a.equals("--gateway")) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (a.startsWith("--gateway=")) {
                return a.substring("--gateway=".length());
            }
            if (a.startsWith("-g") && a.length() > 2 && !a.startsWith("--")) {
                return a.substring(a.charAt(2) == '=' ? 3 : 2);
            }
        }
        return null;
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
