package io.tokenrefresher.ui.common;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenEndpoint;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.AutoRefresh;
import io.tokenrefresher.core.profile.Client;
import io.tokenrefresher.core.profile.Connection;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The request settings of a profile as editable text: the one mapping between a profile, a form and
 * a request. The main window's request fields and the profile editor both use it: {@link #load}
 * fills it from a profile, {@link #toProfile} puts the edits back onto one, {@link #toRequest} builds
 * the request a grant is sent with (through the profile, so the window and the command line build
 * requests the same way).
 *
 * <p>The client secret is here because the user types it with the other fields, but it is not part
 * of a profile: it is stored apart, in the credential store.
 */
public final class RequestForm {
    private final StringProperty gateway = new SimpleStringProperty("");
    private final StringProperty tokenPath = new SimpleStringProperty(TokenRequest.DEFAULT_TOKEN_PATH);
    private final StringProperty scope = new SimpleStringProperty(TokenRequest.DEFAULT_SCOPE);
    private final ObjectProperty<ParameterPlacement> placement = new SimpleObjectProperty<>(ParameterPlacement.AUTO);
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty clientSecret = new SimpleStringProperty("");
    private final StringProperty tenantId = new SimpleStringProperty("");
    private final StringProperty extraHeaders = new SimpleStringProperty("");
    private final IntegerProperty timeoutSeconds = new SimpleIntegerProperty(Endpoint.DEFAULT_TIMEOUT_SECONDS);
    private final BooleanProperty md5Password = new SimpleBooleanProperty(true);
    private final ObjectProperty<TlsTrust> tlsTrust = new SimpleObjectProperty<>(TlsTrust.SYSTEM);
    private final ObjectProperty<ProxySetting> proxy = new SimpleObjectProperty<>(ProxySetting.SYSTEM);
    private final BooleanProperty autoRefresh = new SimpleBooleanProperty(false);
    private final IntegerProperty autoRefreshLeadSeconds = new SimpleIntegerProperty(0);
    private final GatewayKindForm kind = new GatewayKindForm();

    /** Fills every field but the client secret (read apart, later) from {@code profile}. */
    public void load(GatewayProfile profile) {
        Endpoint endpoint = profile.endpoint();
        gateway.set(endpoint.gateway());
        tokenPath.set(endpoint.tokenPath());
        scope.set(endpoint.scope());
        placement.set(endpoint.placement());
        extraHeaders.set(HeaderLine.toLines(endpoint.extraHeaders()));
        timeoutSeconds.set(endpoint.timeoutSeconds());
        clientId.set(profile.client().clientId());
        tenantId.set(profile.client().tenantId());
        md5Password.set(profile.client().md5Password());
        tlsTrust.set(profile.connection().tlsTrust());
        proxy.set(profile.connection().proxy());
        autoRefresh.set(profile.autoRefresh().enabled());
        autoRefreshLeadSeconds.set(profile.autoRefresh().leadSeconds());
        kind.load(profile.kind());
    }

    /**
     * Fills {@code preset}'s defaults (token path, placement, scope, client, tenant, MD5 and the family
     * settings) and, when the secret field is empty, the preset's usual client secret. The gateway,
     * headers, timeout and connection stay as typed.
     */
    public void applyPreset(GatewayPreset preset) {
        load(toProfile(GatewayProfile.newProfile("")).withPreset(preset));
        if (clientSecret.get().isEmpty()) {
            clientSecret.set(preset.clientSecret());
        }
    }

    /** {@code base} with this form's settings; its id, name, presentation and remember choice stay. */
    public GatewayProfile toProfile(GatewayProfile base) {
        return base.withEndpoint(new Endpoint(gateway.get(), tokenPath.get(), scope.get(), placement.get(),
                        HeaderLine.parseLines(extraHeaders.get()), timeoutSeconds.get()))
                .withClient(new Client(clientId.get(), tenantId.get(), md5Password.get()))
                .withConnection(new Connection(tlsTrust.get(), proxy.get()))
                .withAutoRefresh(new AutoRefresh(autoRefresh.get(), autoRefreshLeadSeconds.get()))
                .withKind(kind.toKind());
    }

    /**
     * What stops this form from being sent, in the user's words; empty when it can be sent. The
     * gateway address itself is checked by the client, with the reason it is wrong.
     */
    public Optional<Messages.Text> problem(Messages messages) {
        if (gateway.get() == null || gateway.get().isBlank()) {
            return Optional.of(messages.describe(new GatewayFailure.InvalidUrl("", TokenEndpoint.Reason.EMPTY)));
        }
        int bad = HeaderLine.firstBadLine(extraHeaders.get());
        if (bad > 0) {
            String line = extraHeaders.get().split("\\R")[bad - 1].strip();
            return Optional.of(new Messages.Text(messages.format("status.badHeaderLine", bad, line), "", ""));
        }
        return Optional.empty();
    }

    /**
     * The request for these grant parameters, built by the profile as the command line builds it, with
     * the secret typed here; check {@link #problem} first.
     */
    public TokenRequest toRequest(Map<String, String> grantParameters) {
        return toRequest(grantParameters, List.of());
    }

    /** As {@link #toRequest(Map)}, with headers of this one request (a captcha's). */
    public TokenRequest toRequest(Map<String, String> grantParameters, List<HeaderLine> requestHeaders) {
        return toProfile(GatewayProfile.newProfile("")).toRequest(grantParameters, clientSecret.get(), requestHeaders);
    }

    /** The fields that belong to the saved profile (not the secret): a change to one is an edit to save. */
    public List<Observable> profileFields() {
        List<Observable> fields = new ArrayList<>(List.of(gateway, tokenPath, scope, placement, clientId, tenantId,
                extraHeaders, timeoutSeconds, md5Password, tlsTrust, proxy, autoRefresh, autoRefreshLeadSeconds));
        fields.addAll(kind.fields());
        return fields;
    }

    /** The preset, captcha, SM2, header format and test URL settings. */
    public GatewayKindForm kind() {
        return kind;
    }

    public StringProperty gatewayProperty() {
        return gateway;
    }

    public StringProperty tokenPathProperty() {
        return tokenPath;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public ObjectProperty<ParameterPlacement> placementProperty() {
        return placement;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty clientSecretProperty() {
        return clientSecret;
    }

    public StringProperty tenantIdProperty() {
        return tenantId;
    }

    /** {@code Name: value}, one per line. */
    public StringProperty extraHeadersProperty() {
        return extraHeaders;
    }

    public IntegerProperty timeoutSecondsProperty() {
        return timeoutSeconds;
    }

    /** The "send password as MD5" setting of the log-in. */
    public BooleanProperty md5PasswordProperty() {
        return md5Password;
    }

    public ObjectProperty<TlsTrust> tlsTrustProperty() {
        return tlsTrust;
    }

    public ObjectProperty<ProxySetting> proxyProperty() {
        return proxy;
    }

    /** Keep the token alive by itself (the profile's auto-refresh). */
    public BooleanProperty autoRefreshProperty() {
        return autoRefresh;
    }

    /** Seconds before expiry to refresh; 0 for automatic. */
    public IntegerProperty autoRefreshLeadSecondsProperty() {
        return autoRefreshLeadSeconds;
    }
}
