package io.tokenrefresher.ui.common;

/** Every FXML view of the app, so paths live in one place. */
public enum FxmlView {
    MAIN("/io/tokenrefresher/ui/main/main.fxml"),
    PROFILE_EDITOR("/io/tokenrefresher/ui/profiles/profile-editor.fxml"),
    LOGIN("/io/tokenrefresher/ui/login/login.fxml"),
    SETTINGS("/io/tokenrefresher/ui/settings/settings.fxml"),
    CURL_IMPORT("/io/tokenrefresher/ui/profiles/curl-import.fxml"),
    EXCHANGE("/io/tokenrefresher/ui/exchange/exchange.fxml");

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
