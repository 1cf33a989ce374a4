package io.tokenrefresher.ui.main;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.ClockSkew;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.negative.NegativeCase;
import io.tokenrefresher.core.negative.NegativeTests;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.ui.claims.ClaimsViewModel;
import io.tokenrefresher.ui.claims.SignatureViewModel;
import io.tokenrefresher.ui.common.ClaimFormatter;
import io.tokenrefresher.ui.common.LoginContext;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.Tasks;
import io.tokenrefresher.ui.login.LoginSources;
import io.tokenrefresher.ui.exchange.WireExchangeViewModel;
import io.tokenrefresher.ui.negative.NegativeTestsViewModel;
import io.tokenrefresher.ui.notice.NoticeBannerViewModel;
import io.tokenrefresher.ui.request.ExchangeViewModel;
import io.tokenrefresher.ui.request.PastedTokenViewModel;
import io.tokenrefresher.ui.result.CountdownViewModel;
import io.tokenrefresher.ui.result.ResultViewModel;
import io.tokenrefresher.ui.result.TokenTestViewModel;
import java.time.Clock;
import java.time.Instant;
import io.tokenrefresher.core.session.SessionStatus;
import io.tokenrefresher.core.history.RefreshHistory;
import io.tokenrefresher.core.history.RefreshRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.util.function.Consumer;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The main window's state, composed of one small view-model per part (request form, pasted token,
 * exchange, result, countdown, claims, the notice banner, log-in sources, Test token). It only routes
 * between them: a new pair goes to the result, the countdown and the claims ({@link PairDisplay}); the
 * pasted token to the claims; and it shows the session of the selected profile.
 *
 * <p>Over the 150 lines a view-model aims at: about 40 are accessors of the parts and 40 imports; what
 * is left is the routing, which is this class's one job. A part with logic of its own gets its own class.
 */
public final class MainViewModel {
    /** Relative times in the claims and under the pasted token move on this often, not every second. */
    private static final long SLOW_TICK_SECONDS = 15;

    private final SessionRegistry sessions;
    private final Clock clock;
    private final Messages messages;
    private final RequestForm form = new RequestForm();
    private final PastedTokenViewModel pasted;
    private final ExchangeViewModel exchange;
    private final ResultViewModel result;
    private final CountdownViewModel countdown;
    private final ClaimsViewModel claims;
    private final WireExchangeViewModel wire;
    private final NegativeTestsViewModel negative;
    private final SignatureViewModel signature;
    /** Past the sessions and the shared token cache: no negative test's answer may become tokens. */
    private TokenSender negativeSender = (request, tls, proxy) -> {
        throw new IllegalStateException("no sender for the negative tests");
    };
    private final NoticeBannerViewModel notices = new NoticeBannerViewModel();
    private final Tasks tasks;
    private final List<Runnable> everySecond = new ArrayList<>();
    private ProfileSession shown;
    private Function<String, SessionStatus> statusOf = id -> SessionStatus.NONE;
    private SessionNews news;
    private final PairDisplay display;
    private final LoginSources logins;
    private final TokenTestViewModel tokenTest;
    private long lastSlowTick;
    private final ReadOnlyBooleanWrapper autoLearnedForm = new ReadOnlyBooleanWrapper(false);

    /** @param network where token requests run; callbacks come back through {@code tasks} */
    public MainViewModel(SessionRegistry sessions, Supplier<JwtInspector> inspector, Tasks tasks, Executor network,
                         Clock clock, ResourceBundle bundle) {
        this.sessions = sessions;
        this.tasks = tasks;
        this.clock = clock;
        this.messages = new Messages(bundle);
        ClaimFormatter formatter = new ClaimFormatter(bundle);
        this.pasted = new PastedTokenViewModel(inspector, clock, messages, formatter);
        this.exchange = new ExchangeViewModel(tasks, network, clock, messages);
        this.result = new ResultViewModel(messages);
        this.countdown = new CountdownViewModel(clock, messages, formatter);
        this.claims = new ClaimsViewModel(clock, messages, formatter);
        this.wire = new WireExchangeViewModel(messages);
        this.negative = new NegativeTestsViewModel(tasks, network, messages);
        exchange.lastOutcomeProperty().addListener((obs, old, outcome) -> {
            wire.show(outcome == null ? null : outcome.exchange());
            countdown.tick(countdownNow());
        });
        this.shown = sessions.session(SessionRegistry.NO_PROFILE);
        this.display = new PairDisplay(result, countdown, claims, exchange, messages, this::countdownNow);
        this.logins = new LoginSources(form, tasks, network);
        this.tokenTest = new TokenTestViewModel(form, result, tasks, network, messages);
        pasted.inspectionProperty().addListener((obs, old, inspection) ->
                claims.showPasted(inspection, pasted.cleanedToken()));
        result.useApiHeaders(token -> form.kind().headerFormatProperty().get().apiHeaders(token,
                form.clientIdProperty().get(), form.clientSecretProperty().get(), form.tenantIdProperty().get()));
        result.useSaberVersion(() -> form.kind().saberVersionProperty().get());
        this.signature = new SignatureViewModel(tasks, network, clock, messages);
        claims.shownTokenProperty().addListener((obs, old, token) -> signature.showToken(token));
        wire.skewProperty().addListener((obs, old, skew) -> signature.setSkew(skew == null ? null : skew.offset()));
    }

    /**
     * Tells in the status area what auto-refresh does to the session on screen, and keeps the refresh
     * token input on the session's newest token after a refresh that happened on its own.
     *
     * @param status a profile's session status (the auto-refresher's)
     */
    public void followAutoRefresh(Function<String, SessionStatus> status) {
        this.statusOf = status;
        news = new SessionNews(tasks.ui(), () -> shown, exchange, pair -> {
            display.show(pair);
            pasted.inputProperty().set(shown.currentRefreshToken());
        }, clock, messages);
        sessions.addListener(news);
    }

    /** Marks, for each pair shown, the claims that changed since the session's previous pair. */
    public void followHistory(RefreshHistory refreshHistory) {
        display.followHistory(refreshHistory);
    }

    /** Shows a history row's answer again: its pair (or its failure in the status area) and its exchange. */
    public void showRecord(RefreshRecord record) {
        display.show(record);
        wire.show(record.outcome() == null ? null : record.outcome().exchange());
    }

    /** Runs {@code task} with the window's one-second tick (the profile selector's times left). */
    public void alsoEverySecond(Runnable task) {
        everySecond.add(task);
    }

    /** Sends the refresh with the pasted token and the form's settings; ignored while one is running. */
    public void refresh() {
        if (exchange.busyProperty().get()) {
            return;
        }
        String token = pasted.cleanedToken();
        if (token.isEmpty() && form.problem(messages).isEmpty()) {
            exchange.showProblem(new Messages.Text(messages.text("status.noRefreshToken"), "", ""));
            return;
        }
        send(TokenRequest.refreshParameters(token, form.scopeProperty().get()));
    }

    /**
     * Sends deliberately wrong variations of the refresh the form would send, through the sessions'
     * sender but not a session: the shown session's tokens stay as they are whatever comes back.
     */
    public void runNegativeTests(List<NegativeCase> cases) {
        String token = pasted.cleanedToken();
        var problem = form.problem(messages);
        if (problem.isPresent() || token.isEmpty()) {
            negative.showProblem(problem.map(Messages.Text::oneLine).orElse(messages.text("negative.noToken")));
            return;
        }
        TokenRequest refresh = form.toRequest(TokenRequest.refreshParameters(token, form.scopeProperty().get()));
        TlsTrust tls = form.tlsTrustProperty().get();
        ProxySetting proxy = form.proxyProperty().get();
        String access = shown.newest().map(p -> p.response().accessToken()).orElse(null);
        TokenSender sender = negativeSender;
        negative.run(cases, new NegativeTests(request -> sender.send(request, tls, proxy)),
                new NegativeTests.Inputs(refresh, access, null));
    }

    /** Obtains a first pair with the password grant, through the same settings as a refresh. */
    public void logIn(PasswordLogin login) {
        logIn(login, pair -> { }, failure -> { });
    }

    /**
     * Obtains a first pair with the password or captcha grant; the log-in dialog hears how it went.
     * A problem with the form (nothing was sent) counts as a failure with no {@link GatewayFailure}.
     */
    public void logIn(PasswordLogin login, Consumer<TokenPair> onPair, Consumer<GatewayFailure> onFailure) {
        if (!exchange.busyProperty().get()) {
            send(login.parameters(), login.requestHeaders(), onPair, onFailure);
        }
    }


    /** What the log-in dialog needs from the window for the profile shown: its captcha, guard and mode. */
    public LoginContext loginContext() {
        return logins.context(shown.profileId());
    }

    private void send(Map<String, String> grantParameters) {
        send(grantParameters, List.of(), pair -> { }, failure -> { });
    }

    private void send(Map<String, String> grantParameters, List<HeaderLine> requestHeaders,
                      Consumer<TokenPair> onPair, Consumer<GatewayFailure> onFailure) {
        var problem = form.problem(messages);
        if (problem.isPresent()) {
            exchange.showProblem(problem.get());
            onFailure.accept(null);
            return;
        }
        ProfileSession session = shown;
        exchange.send(session, form.toRequest(grantParameters, requestHeaders), form.tlsTrustProperty().get(),
                form.proxyProperty().get(), pair -> {
                    if (session == shown) {
                        display.show(pair);
                    }
                    onPair.accept(pair);
                }, onFailure);
    }

    /**
     * Shows the session of another profile: its pasted token, newest pair and remembered verification
     * key (read off the FX thread). The session shown
     * before keeps its pasted token. A token typed before any profile was selected (the profiles
     * were still loading) stays in the field.
     */
    public void showSession(String profileId) {
        ProfileSession next = sessions.session(profileId);
        if (next == shown) {
            return;
        }
        String typed = pasted.inputProperty().get();
        boolean firstChoice = SessionRegistry.NO_PROFILE.equals(shown.profileId());
        shown.setPastedToken(typed);
        shown = next;
        pasted.inputProperty().set(firstChoice && !typed.isBlank() ? typed : next.pastedToken());
        if (!firstChoice || next.newest().isPresent()) {
            display.show(next.newest().orElse(null));
        }
        if (news != null) {
            news.showStatusOf(statusOf.apply(profileId));
        }
        signature.showProfile(profileId);
    }

    /** The gateway's time when its clock is noticeably off this machine's (its tokens' exp are in its time). */
    private Instant countdownNow() {
        Instant now = clock.instant();
        ClockSkew skew = wire.skewProperty().get();
        return skew != null && skew.noticeable() ? skew.gatewayTime(now) : now;
    }

    /** Moves the new refresh token into the input, ready for the next refresh. */
    public void useNewRefreshToken() {
        String token = result.newRefreshTokenProperty().get();
        if (!token.isEmpty()) {
            pasted.inputProperty().set(token);
        }
    }

    /** Called every second. */
    public void tick() {
        Instant now = clock.instant();
        countdown.tick(countdownNow());
        everySecond.forEach(Runnable::run);
        autoLearnedForm.set(shown.autoLearnedForm(form.gatewayProperty().get(), form.tokenPathProperty().get()));
        if (now.getEpochSecond() - lastSlowTick >= SLOW_TICK_SECONDS) {
            lastSlowTick = now.getEpochSecond();
            claims.refresh();
            pasted.refreshNotice(now);
        }
    }

    /** Stops the request in flight (the window is closing). */
    public void cancel() {
        exchange.cancel();
    }

    /**
     * Auto already fell back to a form body for the shown session's gateway and path, so it sends the
     * form at once: the placement reads "Auto (form)". Read once a second.
     */
    public ReadOnlyBooleanProperty autoLearnedFormProperty() {
        return autoLearnedForm.getReadOnlyProperty();
    }

    public RequestForm form() {
        return form;
    }

    public PastedTokenViewModel pasted() {
        return pasted;
    }

    public ExchangeViewModel exchange() {
        return exchange;
    }

    public ResultViewModel result() {
        return result;
    }

    public CountdownViewModel countdown() {
        return countdown;
    }

    public ClaimsViewModel claims() {
        return claims;
    }

    public LoginSources logins() {
        return logins;
    }

    public TokenTestViewModel tokenTest() {
        return tokenTest;
    }

    /** Where the negative tests go: a sender that bypasses the sessions and the shared token cache. */
    public void setNegativeTestSender(TokenSender sender) {
        this.negativeSender = sender;
    }

    public SignatureViewModel signature() {
        return signature;
    }

    public NegativeTestsViewModel negativeTests() {
        return negative;
    }

    public WireExchangeViewModel wireExchange() {
        return wire;
    }

    /** The banner of session events (the window's side of the notifications). */
    public NoticeBannerViewModel notices() {
        return notices;
    }
}
