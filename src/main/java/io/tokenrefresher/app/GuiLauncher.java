package io.tokenrefresher.app;

import javafx.application.Application;

/**
 * The only place {@link Main} reaches JavaFX, kept in its own class so a command-line run never
 * loads {@code javafx.application.Application}.
 */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(TokenRefresherApp.class, args);
    }
}
