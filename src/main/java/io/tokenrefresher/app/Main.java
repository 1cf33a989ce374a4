package io.tokenrefresher.app;

import javafx.application.Application;

/**
 * Plain launcher, deliberately not an {@link Application}: a shaded jar whose main class extends
 * Application fails with "JavaFX runtime components are missing". It also answers {@code --version}
 * without starting JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            System.out.println("Token Refresher " + AppVersion.get());
            return;
        }
        Application.launch(TokenRefresherApp.class, args);
    }
}
