package io.tokenrefresher.ui.main;

import io.tokenrefresher.core.history.RefreshHistory;
import io.tokenrefresher.core.history.RefreshRecord;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.jwt.ClockSkew;
import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.session.SessionRegistry;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.ui.claims.ClaimsViewModel;
import io.tokenrefresher.ui.claims.SignatureViewModel;
import io.tokenrefresher.ui.common.ClaimFormatter;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.common.Tasks;
import io.tokenrefresher.ui.exchange.WireExchangeViewModel;
import io.tokenrefresher.ui.login.LoginSources;
import io.tokenrefresher.ui.negative.NegativeTestsViewModel;
import io.tokenrefresher.ui.notice.NoticeBannerViewModel;
import io.tokenrefresher.ui.request.ExchangeViewModel;
import io.tokenrefresher.ui.request.PastedTokenViewModel;
import io.tokenrefresher.ui.result.CountdownViewModel;
import io.tokenrefresher.ui.result.ResultViewModel;
import io.tokenrefresher.ui.result.TokenTestViewModel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The main window's state, composed of one small view-model per part (request form, pasted token,
 * exchange, result, countdown, claims, signature, raw exchange, negative tests, notice banner, Test token)
 * and three routers: {@link ShownSession} (which profile's session is on screen), {@link WindowRequests}
 * (what the window sends) and {@link PairDisplay} (a pair on screen). It builds them, ties the parts that
 * follow one another, and runs the one-second tick.
 */
public final class MainViewModel {
    /** Relative times in the claims and under the pasted token move on this often, not every second. */
    private static final long SLOW_TICK_SECONDS = 15;

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
    private final NoticeBannerViewModel notices = new NoticeBannerViewModel();
    private final List<Runnable> everySecond = new ArrayList<>();
    private final ShownSession shown;
    private final PairDisplay display;
    private final WindowRequests requests;
    private final TokenTestViewModel tokenTest;
    private long lastSlowTick;

    /** @param network where token requests run; callbacks come back through {@code tasks} */
    public MainViewModel(SessionRegistry sessions, Supplier<JwtInspector> inspector, Tasks tasks, Executor network,
                         Clock clock, ResourceBundle bundle) {
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
        this.display = new PairDisplay(result, countdown, claims, exchange, messages, this::countdownNow);
        this.shown = new ShownSession(sessions, form, pasted, exchange, display, tasks, clock, messages);
        this.requests = new WindowRequests(form, pasted, exchange, result, negative, display, messages,
                new LoginSources(form, tasks, network), shown::session);
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

    /** Marks, for each pair shown, the claims that changed since the session's previous pair. */
    public void followHistory(RefreshHistory refreshHistory) {
        display.followHistory(refreshHistory);
        requests.useExpiredRefreshTokens(() -> expiredRefreshToken(refreshHistory));
    }

    /** The newest refresh token of this run's history that has expired by now, for the negative tests. */
    private String expiredRefreshToken(RefreshHistory refreshHistory) {
        Instant now = clock.instant();
        List<RefreshRecord> records = refreshHistory.records();
        for (int i = records.size() - 1; i >= 0; i--) {
            TokenPair pair = records.get(i).pair();
            if (pair != null && pair.response().refreshToken() != null && !pair.response().refreshToken().isEmpty()
                    && pair.refreshExpiryIfKnown().map(e -> !e.expiresAt().isAfter(now)).orElse(false)) {
                return pair.response().refreshToken();
            }
        }
        return null;
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

    /** The gateway's time when its clock is noticeably off this machine's (its tokens' exp are in its time). */
    private Instant countdownNow() {
        Instant now = clock.instant();
        ClockSkew skew = wire.skewProperty().get();
        return skew != null && skew.noticeable() ? skew.gatewayTime(now) : now;
    }

    /** Called every second. */
    public void tick() {
        Instant now = clock.instant();
        countdown.tick(countdownNow());
        everySecond.forEach(Runnable::run);
        shown.tick();
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

    /** The profile's session on screen: switching, auto-refresh news, "Auto (form)". */
    public ShownSession shown() {
        return shown;
    }

    /** Refresh, log in, negative tests: what the window sends. */
    public WindowRequests requests() {
        return requests;
    }

    public TokenTestViewModel tokenTest() {
        return tokenTest;
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
