package io.tokenrefresher.ui.main;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.negative.NegativeCase;
import io.tokenrefresher.core.negative.NegativeTests;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.ui.common.LoginContext;
import io.tokenrefresher.ui.common.RequestForm;
import io.tokenrefresher.ui.login.LoginSources;
import io.tokenrefresher.ui.negative.NegativeTestsViewModel;
import io.tokenrefresher.ui.request.ExchangeViewModel;
import io.tokenrefresher.ui.request.PastedTokenViewModel;
import io.tokenrefresher.ui.result.ResultViewModel;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the window sends: the refresh, a log-in and the negative tests, each built from the form and the
 * pasted token and sent through the session on screen. A new pair goes on screen while its session still
 * is (the user may have switched profiles meanwhile).
 */
public final class WindowRequests {
    private final RequestForm form;
    private final PastedTokenViewModel pasted;
    private final ExchangeViewModel exchange;
    private final ResultViewModel result;
    private final NegativeTestsViewModel negative;
    private final PairDisplay display;
    private final Messages messages;
    private final LoginSources logins;
    private final Supplier<ProfileSession> shown;
    private Supplier<String> expiredRefreshToken = () -> null;
    /** Past the sessions and the shared token cache: no negative test's answer may become tokens. */
    private TokenSender negativeSender = (request, tls, proxy) -> {
        throw new IllegalStateException("no sender for the negative tests");
    };

    WindowRequests(RequestForm form, PastedTokenViewModel pasted, ExchangeViewModel exchange, ResultViewModel result,
                   NegativeTestsViewModel negative, PairDisplay display, Messages messages, LoginSources logins,
                   Supplier<ProfileSession> shown) {
        this.form = form;
        this.pasted = pasted;
        this.exchange = exchange;
        this.result = result;
        this.negative = negative;
        this.display = display;
        this.messages = messages;
        this.logins = logins;
        this.shown = shown;
    }

    /** Where the negative tests go: a sender that bypasses the sessions and the shared token cache. */
    public void useNegativeTestSender(TokenSender sender) {
        this.negativeSender = sender;
    }

    /** Where the negative tests find a refresh token that has expired (this run's history), else null. */
    public void useExpiredRefreshTokens(Supplier<String> source) {
        this.expiredRefreshToken = source;
    }

    /** The log-in guard and captcha source the log-in dialogs share. */
    public LoginSources logins() {
        return logins;
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
        String access = shown.get().newest().map(p -> p.response().accessToken()).orElse(null);
        TokenSender sender = negativeSender;
        negative.run(cases, new NegativeTests(request -> sender.send(request, tls, proxy)),
                new NegativeTests.Inputs(refresh, access, expiredRefreshToken.get()));
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
        return logins.context(shown.get().profileId());
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
        ProfileSession session = shown.get();
        exchange.send(session, form.toRequest(grantParameters, requestHeaders), form.tlsTrustProperty().get(),
                form.proxyProperty().get(), pair -> {
                    if (session == shown.get()) {
                        display.show(pair);
                    }
                    onPair.accept(pair);
                }, onFailure);
    }

    /** Moves the new refresh token into the input, ready for the next refresh. */
    public void useNewRefreshToken() {
        String token = result.newRefreshTokenProperty().get();
        if (!token.isEmpty()) {
            pasted.inputProperty().set(token);
        }
    }
}
