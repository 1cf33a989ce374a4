package io.tokenrefresher.app;

import io.tokenrefresher.app.startup.StartupArchiveTraining;
import io.tokenrefresher.cli.Cli;

/**
 * Plain launcher, deliberately not a JavaFX {@code Application}: a shaded jar whose main class extends
 * Application fails with "JavaFX runtime components are missing".
 *
 * <p>It decides between the command line and the window before any JavaFX class is touched: a
 * command ({@code refresh}, {@code decode}, ...; any first argument not starting with {@code -}),
 * {@code --help} or {@code --version} runs the command line and exits with its code; no arguments,
 * or only JavaFX-style {@code --name=value} parameters, open the window. Nothing here refers to a
 * JavaFX type, so for a command the JVM never loads one (checked with {@code -verbose:class}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 2 && StartupArchiveTraining.FLAG.equals(args[0])) {
            // the installer's training runs for the start-up archives: "cli" for the command on the PATH,
            // "window" (the command line's classes plus the window's) for the desktop launcher
            System.exit(StartupArchiveTraining.run(args[1]));
        }
        if (isCommandLine(args)) {
            System.exit(Cli.main(args));
        }
        GuiLauncher.launch(args);
    }

    static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return !first.startsWith("-") || first.equals("--help") || first.equals("-h")
                || first.equals("--version") || first.equals("-V");
    }
}
