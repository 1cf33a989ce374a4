package io.tokenrefresher.ui.profiles;

import io.tokenrefresher.core.curl.CurlImport;
import io.tokenrefresher.core.curl.CurlImportException;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.profile.GatewayProfile;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "New profile from cURL...": the pasted command read as the user types, the profile it would create
 * shown line by line (secrets masked), or why it cannot be one. Nothing is saved until Create.
 */
public final class CurlImportViewModel {
    private final Messages messages;
    private final StringProperty command = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty useRefreshToken = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<CurlImport.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public CurlImportViewModel(Messages messages, String defaultName) {
        this.messages = messages;
        name.set(defaultName);
        command.addListener((o, a, b) -> read());
        name.addListener((o, a, b) -> read());
    }

    private void read() {
        if (command.get().isBlank()) {
            result.set(null);
            preview.set("");
            problem.set("");
            return;
        }
        try {
            CurlImport.Result r = CurlImport.read(command.get(), name.get().isBlank() ? "cURL" : name.get().strip());
            result.set(r);
            problem.set("");
            preview.set(describe(r));
        } catch (CurlImportException e) {
            result.set(null);
            preview.set("");
            problem.set(messages.format("curl.problem." + e.problem().key(), e.detail()));
        }
    }

    private String describe(CurlImport.Result r) {
        GatewayProfile p = r.profile();
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("curl.preview.preset", messages.text("preset." + p.kind().preset().id())));
        lines.add(messages.format("curl.preview.endpoint", p.endpoint().gateway() + p.endpoint().tokenPath(),
                messages.text("placement." + p.endpoint().placement().name())));
        lines.add(messages.format("curl.preview.client", dash(p.client().clientId()),
                r.clientSecret().isEmpty() ? "—" : "••••••", dash(p.client().tenantId())));
        lines.add(messages.format("curl.preview.scope", dash(p.endpoint().scope()), dash(r.grantType()),
                messages.text(p.client().md5Password() ? "cli.profiles.yes" : "cli.profiles.no")));
        for (HeaderLine h : p.endpoint().extraHeaders()) {
            lines.add(messages.format("curl.preview.header", h.line()));
        }
        lines.add(messages.text(r.refreshToken() != null ? "curl.preview.refreshOffered" : "curl.preview.notSaved"));
        return String.join("\n", lines);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    public StringProperty commandProperty() {
        return command;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Put a refresh token found in the command into the token field after creating. */
    public BooleanProperty useRefreshTokenProperty() {
        return useRefreshToken;
    }

    /** The profile to create, or null while the text is not a token request. */
    public ReadOnlyObjectProperty<CurlImport.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
