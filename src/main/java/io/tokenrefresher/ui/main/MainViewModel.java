package io.tokenrefresher.ui.main;

import io.tokenrefresher.core.expiry.Expiry;
import io.tokenrefresher.core.expiry.ExpiryState;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.DecodedToken;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.jwt.PastedToken;
import io.tokenrefresher.core.jwt.TokenInspection;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.net.ConnectionSetupException;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.TokenEndpoint;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.TokenResponse;
import io.tokenrefresher.ui.claims.ClaimFormatter;
import io.tokenrefresher.ui.claims.ClaimRowView;
import io.tokenrefresher.ui.claims.ClaimsSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * State of the main window as plain JavaFX properties: what the user typed, the last result, the
 * claims shown and the countdown. It turns intent into core calls and never touches a node.
 * Network work runs on the injected executor; results come back on the FX thread through {@link Task}.
 */
public final class MainViewModel {
    private final Supplier<TokenEndpointClient> endpointClient;
    private final Supplier<HttpClients> httpClients;
    private final Supplier<JwtInspector> inspector;
    private final Executor executor;
    private final Clock clock;
    private final ResourceBundle bundle;
    private final Messages failures;
    private final ClaimFormatter claimFormatter;

    // what the user typed
    private final StringProperty gateway = new SimpleStringProperty("");
    private final StringProperty refreshTokenInput = new SimpleStringProperty("");
    private final StringProperty tokenPath = new SimpleStringProperty(TokenRequest.DEFAULT_TOKEN_PATH);
    private final StringProperty scope = new SimpleStringProperty(TokenRequest.DEFAULT_SCOPE);
    private final ObjectProperty<ParameterPlacement> placement = new SimpleObjectProperty<>(ParameterPlacement.AUTO);
    private final ObjectProperty<TlsTrust> tlsTrust = new SimpleObjectProperty<>(TlsTrust.SYSTEM);
    private final ObjectProperty<ProxySetting> proxy = new SimpleObjectProperty<>(ProxySetting.SYSTEM);
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty clientSecret = new SimpleStringProperty("");
    private final StringProperty tenantId = new SimpleStringProperty("");
    private final StringProperty extraHeaders = new SimpleStringProperty("");
    private final IntegerProperty timeoutSeconds = new SimpleIntegerProperty(15);
    private final javafx.beans.property.BooleanProperty md5Password = new javafx.beans.property.SimpleBooleanProperty(true);

    // request state
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);

    // the pasted token, decoded before sending
    private final ReadOnlyStringWrapper pastedNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> pastedNoticeKind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);
    private TokenInspection pastedInspection = new TokenInspection.NotJwt("empty", 0);

    // the answer
    private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper accessToken = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newRefreshToken = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenType = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expiresIn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper responseScope = new ReadOnlyStringWrapper("");
    private final ObservableList<ClaimRowView> responseRows = FXCollections.observableArrayList();
    private TokenInspection accessInspection = new TokenInspection.NotJwt("empty", 0);
    private TokenInspection refreshInspection = new TokenInspection.NotJwt("empty", 0);

    // claims
    private final ObjectProperty<ClaimsSource> claimsSource = new SimpleObjectProperty<>(ClaimsSource.PASTED);
    private final ObservableList<ClaimRowView> claimRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper claimsNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pairCheck = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> pairCheckKind = new ReadOnlyObjectWrapper<>(StatusKind.NEUTRAL);

    // countdown
    private Expiry accessExpiry;
    private Expiry refreshExpiry;
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("--:--:--");
    private final ReadOnlyStringWrapper countdownTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdownCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper lifetimeUsed = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<ExpiryState> expiryState = new ReadOnlyObjectWrapper<>(null);
    private final ReadOnlyStringWrapper refreshExpiryText = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<TokenResponse> lastResponse = new ReadOnlyObjectWrapper<>();
    private Task<RefreshResult> running;
    private long lastClaimsRefreshSecond;

    /**
     * @param httpClients one HTTP client per TLS-trust and proxy setting (the selected profile's); each
     *                    costs ~300 ms to build, so they are built and cached on the worker thread
     */
    public MainViewModel(Supplier<TokenEndpointClient> endpointClient, Supplier<HttpClients> httpClients,
                         Supplier<JwtInspector> inspector, Executor executor, Clock clock, ResourceBundle bundle) {
        this.endpointClient = endpointClient;
        this.httpClients = httpClients;
        this.inspector = inspector;
        this.executor = executor;
        this.clock = clock;
        this.bundle = bundle;
        this.failures = new Messages(bundle);
        this.claimFormatter = new ClaimFormatter(bundle);
        refreshTokenInput.addListener((obs, old, text) -> inspectPasted(text));
        claimsSource.addListener((obs, old, src) -> showClaims());
        status.set(text("status.ready"));
        countdownTitle.set(text("countdown.title"));
    }

    // ---- intent ----

    /** Sends the refresh with what is in the fields; ignored while one is running. */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        String token = PastedToken.clean(refreshTokenInput.get());
        if (token.isEmpty() && !gatewayMissing()) {
            setStatus(StatusKind.ERROR, text("status.noRefreshToken"), "", "");
            return;
        }
        TokenRequest request = requestWith(TokenRequest.refreshParameters(token, scope.get()));
        if (request != null) {
            send(request);
        }
    }

    /**
     * Obtains a first token pair with the password grant, through the same gateway, client, tenant,
     * headers and placement as a refresh. The password lives only in the request being sent.
     */
    public void logIn(PasswordLogin login) {
        if (busy.get()) {
            return;
        }
        TokenRequest request = requestWith(login.parameters());
        if (request != null) {
            send(request);
        }
    }

    private boolean gatewayMissing() {
        return gateway.get() == null || gateway.get().isBlank();
    }

    /** The request for these grant parameters with everything else from the fields; null (and a status) if invalid. */
    private TokenRequest requestWith(Map<String, String> grantParameters) {
        if (gatewayMissing()) {
            setStatus(StatusKind.ERROR, failures.describe(
                    new GatewayFailure.InvalidUrl("", TokenEndpoint.Reason.EMPTY)));
            return null;
        }
        int bad = HeaderLine.firstBadLine(extraHeaders.get());
        if (bad > 0) {
            String line = extraHeaders.get().split("\\R")[bad - 1].strip();
            setStatus(StatusKind.ERROR, format("status.badHeaderLine", bad, line), "", "");
            return null;
        }
        List<HeaderLine> headers = HeaderLine.parseLines(extraHeaders.get());
        return new TokenRequest(gateway.get(), tokenPath.get(), grantParameters, placement.get(), clientId.get(),
                clientSecret.get(), tenantId.get(), headers, Duration.ofSeconds(Math.max(1, timeoutSeconds.get())));
    }

    /** Sends any token request (refresh or password log-in) and shows its answer the same way. */
    public void send(TokenRequest request) {
        if (busy.get()) {
            return;
        }
        TlsTrust tls = tlsTrust.get();
        ProxySetting via = proxy.get();
        Task<RefreshResult> task = new Task<>() {
            @Override
            protected RefreshResult call() throws Exception {
                TokenOutcome outcome;
                try {
                    outcome = endpointClient.get().send(request, httpClients.get().forSettings(tls, via));
                } catch (ConnectionSetupException e) {
                    outcome = new TokenOutcome.Failure(null, e.failure(), request.placement(), false,
                            Duration.ZERO);
                }
                TokenInspection access = null;
                TokenInspection refresh = null;
                if (outcome instanceof TokenOutcome.Success s) {
                    access = inspector.get().inspect(s.response().accessToken());
                    refresh = inspector.get().inspect(s.response().refreshToken());
                }
                return new RefreshResult(outcome, access, refresh);
            }
        };
        task.setOnSucceeded(e -> finish(task, () -> apply(task.getValue())));
        task.setOnFailed(e -> finish(task, () -> setStatus(StatusKind.ERROR,
                format("status.unexpected", String.valueOf(task.getException())), "", "")));
        task.setOnCancelled(e -> finish(task, () -> setStatus(StatusKind.WARNING, text("failure.cancelled"), "", "")));
        running = task;
        busy.set(true);
        setStatus(StatusKind.BUSY, format("status.sending", request.gateway().strip()), "", "");
        executor.execute(task);
    }

    public void cancel() {
        Task<RefreshResult> task = running;
        if (task != null) {
            task.cancel(true);
        }
    }

    /** Moves the new refresh token into the input, ready for the next refresh. */
    public void useNewRefreshToken() {
        if (!newRefreshToken.get().isEmpty()) {
            refreshTokenInput.set(newRefreshToken.get());
        }
    }

    /** Called every second by the view's timeline. */
    public void tick() {
        Instant now = clock.instant();
        updateCountdown(now);
        long second = now.getEpochSecond();
        if (second - lastClaimsRefreshSecond >= 15) {
            lastClaimsRefreshSecond = second;
            showClaims();
            updatePastedNotice(now);
        }
    }

    // ---- results ----

    private void finish(Task<RefreshResult> task, Runnable then) {
        if (running == task) {
            running = null;
            busy.set(false);
        }
        then.run();
    }

    private void apply(RefreshResult result) {
        TokenOutcome outcome = result.outcome();
        if (outcome instanceof TokenOutcome.Failure f) {
            Messages.Text t = failures.describe(f.failure());
            StatusKind kind = f.failure() instanceof GatewayFailure.Cancelled
                    ? StatusKind.WARNING : StatusKind.ERROR;
            String fallback = f.fellBackToForm() ? text("status.fellBackToForm") : "";
            setStatus(kind, t.headline(), join(t.details(), fallback), t.hint());
            return;
        }
        TokenOutcome.Success s = (TokenOutcome.Success) outcome;
        TokenResponse r = s.response();
        lastResponse.set(r);
        hasResult.set(true);
        accessToken.set(nullToEmpty(r.accessToken()));
        newRefreshToken.set(nullToEmpty(r.refreshToken()));
        tokenType.set(nullToEmpty(r.tokenType()));
        expiresIn.set(r.expiresIn() == null ? "" : format("result.expiresInSeconds", r.expiresIn()));
        responseScope.set(nullToEmpty(r.scope()));
        List<ClaimRowView> rows = new ArrayList<>();
        for (TokenResponse.Field f : r.otherFields()) {
            rows.add(new ClaimRowView("", f.name(), f.value(), f.node().toString()));
        }
        responseRows.setAll(rows);
        accessInspection = result.access();
        refreshInspection = r.refreshToken() == null ? new TokenInspection.NotJwt("empty", 0) : result.refresh();
        accessExpiry = expiryOf(accessInspection, r);
        refreshExpiry = refreshInspection instanceof TokenInspection.Jwt j ? Expiry.ofToken(j.token()) : null;
        updatePairCheck();
        if (claimsSource.get() == ClaimsSource.NEW_ACCESS) {
            showClaims();
        } else {
            claimsSource.set(ClaimsSource.NEW_ACCESS);
        }
        updateCountdown(clock.instant());
        String who = r.otherFields().stream().filter(f -> f.name().equals("user_name")).map(TokenResponse.Field::value)
                .findFirst().orElse("");
        String headline = format("status.success", s.status(), s.elapsed().toMillis(), who.isEmpty() ? "—" : who);
        boolean alreadyExpired = accessExpiry != null && accessExpiry.state(clock.instant()) == ExpiryState.EXPIRED;
        String note = join(s.fellBackToForm() ? text("status.fellBackToForm") : "",
                alreadyExpired ? text("status.alreadyExpired") : "").replace("\n", " ");
        setStatus(s.fellBackToForm() || alreadyExpired ? StatusKind.WARNING : StatusKind.SUCCESS, headline, "", note);
    }

    private static Expiry expiryOf(TokenInspection inspection, TokenResponse r) {
        if (inspection instanceof TokenInspection.Jwt j && j.token().expiresAt() != null) {
            return Expiry.ofToken(j.token());
        }
        if (r.expiresIn() != null) {
            return Expiry.ofExpiresIn(r.receivedAt(), r.expiresIn());
        }
        return null;
    }

    private void updatePairCheck() {
        if (accessInspection instanceof TokenInspection.Jwt a && refreshInspection instanceof TokenInspection.Jwt rt
                && rt.token().ati() != null) {
            boolean same = rt.token().ati().equals(a.token().jti());
            pairCheck.set(text(same ? "claims.pair.match" : "claims.pair.mismatch"));
            pairCheckKind.set(same ? StatusKind.SUCCESS : StatusKind.WARNING);
        } else {
            pairCheck.set("");
            pairCheckKind.set(StatusKind.NEUTRAL);
        }
    }

    private void showClaims() {
        TokenInspection shown = switch (claimsSource.get()) {
            case NEW_ACCESS -> accessInspection;
            case NEW_REFRESH -> refreshInspection;
            case PASTED -> pastedInspection;
        };
        if (shown instanceof TokenInspection.Jwt j) {
            DecodedToken t = j.token();
            replaceChangedRows(claimRows, claimFormatter.rows(t, clock.instant(), clock.getZone()));
            claimsNotice.set(format("claims.unverified", t.algorithm() == null ? "?" : t.algorithm()));
        } else {
            TokenInspection.NotJwt n = (TokenInspection.NotJwt) shown;
            claimRows.clear();
            claimsNotice.set("empty".equals(n.reason()) ? "" : format("jwt.notJwt." + n.reason(), n.parts()));
        }
    }

    /**
     * Replaces only the rows that differ, so the periodic update of relative times ("in 59 min") keeps
     * the user's selection in the table.
     */
    private static void replaceChangedRows(ObservableList<ClaimRowView> target, List<ClaimRowView> rows) {
        if (target.size() != rows.size()) {
            target.setAll(rows);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).equals(target.get(i))) {
                target.set(i, rows.get(i));
            }
        }
    }

    private void inspectPasted(String text) {
        String token = PastedToken.clean(text);
        pastedInspection = token.isEmpty() ? new TokenInspection.NotJwt("empty", 0) : inspector.get().inspect(token);
        updatePastedNotice(clock.instant());
        if (claimsSource.get() == ClaimsSource.PASTED) {
            showClaims();
        }
    }

    /** The line under the pasted token; its relative times change with {@code now}, the decoding does not. */
    private void updatePastedNotice(Instant now) {
        if (pastedInspection instanceof TokenInspection.Jwt j) {
            DecodedToken t = j.token();
            String user = t.claim("user_name").map(c -> c.value()).orElse("—");
            if (t.expiresAt() != null && !t.expiresAt().isAfter(now)) {
                pastedNotice.set(format("pasted.expired", claimFormatter.relative(now, t.expiresAt())));
                pastedNoticeKind.set(StatusKind.ERROR);
            } else if (!t.isRefreshToken()) {
                pastedNotice.set(text("pasted.notRefresh"));
                pastedNoticeKind.set(StatusKind.WARNING);
            } else {
                String exp = t.expiresAt() == null ? text("pasted.noExp")
                        : claimFormatter.dateTime(t.expiresAt(), now, clock.getZone());
                pastedNotice.set(format("pasted.ok", user, exp));
                pastedNoticeKind.set(StatusKind.SUCCESS);
            }
        } else {
            TokenInspection.NotJwt n = (TokenInspection.NotJwt) pastedInspection;
            boolean empty = "empty".equals(n.reason());
            pastedNotice.set(empty ? "" : format("jwt.notJwt." + n.reason(), n.parts()) + " " + text("pasted.sendAnyway"));
            pastedNoticeKind.set(empty ? StatusKind.NEUTRAL : StatusKind.WARNING);
        }
    }

    private void updateCountdown(Instant now) {
        if (accessExpiry == null) {
            if (hasResult.get()) {
                countdown.set("--:--:--");
                countdownTitle.set(text("countdown.titleUnknown"));
                countdownCaption.set(text("countdown.unknown"));
            }
            expiryState.set(null);
            lifetimeUsed.set(0);
        } else {
            ExpiryState state = accessExpiry.state(now);
            expiryState.set(state);
            Duration left = accessExpiry.remaining(now);
            if (state == ExpiryState.EXPIRED) {
                countdownTitle.set(text("countdown.titleExpired"));
                countdown.set(format("countdown.expired", claimFormatter.relative(now, accessExpiry.expiresAt())));
            } else {
                countdownTitle.set(text("countdown.title"));
                countdown.set(Expiry.clock(left));
            }
            double used = accessExpiry.fractionUsed(now);
            lifetimeUsed.set(used < 0 ? 0 : used);
            String key = accessExpiry.source() == Expiry.Source.EXP_CLAIM ? "countdown.caption.exp"
                    : "countdown.caption.expiresIn";
            countdownCaption.set(format(key, claimFormatter.dateTime(accessExpiry.expiresAt(), now, clock.getZone())));
        }
        if (refreshExpiry != null) {
            String when = claimFormatter.dateTime(refreshExpiry.expiresAt(), now, clock.getZone());
            refreshExpiryText.set(format(refreshExpiry.state(now) == ExpiryState.EXPIRED
                    ? "countdown.refreshExpired" : "countdown.refresh", when));
        } else {
            refreshExpiryText.set(hasResult.get() ? text("countdown.refreshUnknown") : "");
        }
    }

    private void setStatus(StatusKind kind, Messages.Text t) {
        setStatus(kind, t.headline(), t.details(), t.hint());
    }

    private void setStatus(StatusKind kind, String headline, String details, String hint) {
        statusKind.set(kind);
        status.set(hint == null || hint.isEmpty() ? headline : headline + " — " + hint);
        statusDetails.set(nullToEmpty(details));
    }

    private String text(String key) {
        return failures.text(key);
    }

    private String format(String key, Object... args) {
        return failures.format(key, args);
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        return b == null || b.isEmpty() ? a : a + "\n" + b;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- properties ----

    public StringProperty gatewayProperty() {
        return gateway;
    }

    public StringProperty refreshTokenInputProperty() {
        return refreshTokenInput;
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

    /** The selected profile's TLS trust; used for the next request. */
    public ObjectProperty<TlsTrust> tlsTrustProperty() {
        return tlsTrust;
    }

    /** The selected profile's proxy; used for the next request. */
    public ObjectProperty<ProxySetting> proxyProperty() {
        return proxy;
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

    public StringProperty extraHeadersProperty() {
        return extraHeaders;
    }

    /** The "send password as MD5" setting for the log-in dialog (a profile setting). */
    public javafx.beans.property.BooleanProperty md5PasswordProperty() {
        return md5Password;
    }

    public IntegerProperty timeoutSecondsProperty() {
        return timeoutSeconds;
    }

    /** The last successful answer; changes once per success (profiles remember its refresh token). */
    public ReadOnlyObjectProperty<TokenResponse> lastResponseProperty() {
        return lastResponse.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusDetailsProperty() {
        return statusDetails.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() {
        return statusKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pastedNoticeProperty() {
        return pastedNotice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> pastedNoticeKindProperty() {
        return pastedNoticeKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasResultProperty() {
        return hasResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accessTokenProperty() {
        return accessToken.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newRefreshTokenProperty() {
        return newRefreshToken.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenTypeProperty() {
        return tokenType.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expiresInProperty() {
        return expiresIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty responseScopeProperty() {
        return responseScope.getReadOnlyProperty();
    }

    public ObservableList<ClaimRowView> responseRows() {
        return responseRows;
    }

    public ObjectProperty<ClaimsSource> claimsSourceProperty() {
        return claimsSource;
    }

    public ObservableList<ClaimRowView> claimRows() {
        return claimRows;
    }

    public ReadOnlyStringProperty claimsNoticeProperty() {
        return claimsNotice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pairCheckProperty() {
        return pairCheck.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> pairCheckKindProperty() {
        return pairCheckKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownTitleProperty() {
        return countdownTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownCaptionProperty() {
        return countdownCaption.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty lifetimeUsedProperty() {
        return lifetimeUsed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExpiryState> expiryStateProperty() {
        return expiryState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refreshExpiryTextProperty() {
        return refreshExpiryText.getReadOnlyProperty();
    }

    /** Header and body values for "Copy as header". */
    public String authorizationHeader() {
        String type = tokenType.get().isEmpty() || tokenType.get().equalsIgnoreCase("bearer") ? "Bearer"
                : tokenType.get();
        return "Authorization: " + type + " " + accessToken.get();
    }

}
