package io.tokenrefresher.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.history.RefreshHistory;
import io.tokenrefresher.core.history.RefreshRecord;
import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.negative.NegativeCase;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.SessionFixture;
import io.tokenrefresher.testing.TestTokens;
import io.tokenrefresher.ui.claims.ClaimsSource;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.common.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The composer: what goes where after a refresh, and one session per profile. */
class MainViewModelTest {
    private final SessionFixture fixture = SessionFixture.start();
    private final FakeGateway gateway = fixture.gateway();
    private final MainViewModel main = new MainViewModel(fixture.sessions(), SessionFixture::inspector,
            Tasks.sameThread(), Runnable::run, Clock.systemUTC(), Messages.bundle(Locale.ENGLISH));

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void fillIn(String refreshToken) {
        main.form().gatewayProperty().set(gateway.baseUrl());
        main.pasted().inputProperty().set(refreshToken);
    }

    @Test
    void aRefreshFillsTheResultTheCountdownAndTheClaims() {
        fillIn(gateway.validRefreshToken());

        main.requests().refresh();

        assertThat(main.exchange().statusKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
        assertThat(main.result().accessTokenProperty().get()).startsWith("eyJ");
        assertThat(main.countdown().countdownProperty().get()).matches("00:59:\\d\\d|01:00:00");
        assertThat(main.claims().sourceProperty().get()).isEqualTo(ClaimsSource.NEW_ACCESS);
        assertThat(main.claims().rows()).isNotEmpty();
        assertThat(gateway.lastRequest().contentType()).isEqualTo("application/json;charset=UTF-8");
    }

    @Test
    void aHistoryRowShowsItsOwnPairAndItsOwnExchangeAgain() {
        RefreshHistory history = new RefreshHistory();
        fixture.sessions().addListener(history);
        main.followHistory(history);
        fillIn(gateway.validRefreshToken());
        main.requests().refresh();
        String firstAccess = main.result().accessTokenProperty().get();
        main.requests().useNewRefreshToken();
        main.form().scopeProperty().set("server");
        main.requests().refresh();
        assertThat(main.wireExchange().textProperty().get()).contains("\"scope\":\"server\"");

        main.showRecord(history.records().stream().min(Comparator.comparingLong(RefreshRecord::number)).orElseThrow());

        assertThat(main.result().accessTokenProperty().get()).isEqualTo(firstAccess);
        assertThat(main.wireExchange().textProperty().get()).contains("\"scope\":\"all\"")
                .doesNotContain("\"scope\":\"server\"");
    }

    @Test
    void theExpiredRefreshTokenNegativeTestTakesAnExpiredOneFromTheHistory() {
        // the window's clock eight days on: the seven-day refresh tokens of this run have expired by it
        MainViewModel later = new MainViewModel(fixture.sessions(), SessionFixture::inspector, Tasks.sameThread(),
                Runnable::run, Clock.offset(Clock.systemUTC(), Duration.ofDays(8)), Messages.bundle(Locale.ENGLISH));
        HttpClients http = new HttpClients();
        TokenEndpointClient client = new TokenEndpointClient(http::defaultClient, new ObjectMapper(),
                Clock.systemUTC(), "TokenRefresher/test");
        later.requests().useNegativeTestSender(TokenSender.over(() -> client, () -> http));
        RefreshHistory history = new RefreshHistory();
        fixture.sessions().addListener(history);
        later.followHistory(history);
        later.form().gatewayProperty().set(gateway.baseUrl());
        later.pasted().inputProperty().set(gateway.validRefreshToken());
        later.requests().refresh();
        String used = later.result().newRefreshTokenProperty().get();
        gateway.clearRequests();

        later.requests().runNegativeTests(List.of(NegativeCase.EXPIRED_REFRESH));

        assertThat(gateway.requests()).hasSize(1);
        assertThat(gateway.lastRequest().bodyText()).contains(used);
        assertThat(later.negativeTests().rows()).singleElement()
                .satisfies(row -> assertThat(row.result()).doesNotContainIgnoringCase("skipped"));
    }

    @Test
    void withoutATokenNothingIsSentAndTheStatusSaysWhatIsMissing() {
        fillIn("  ");

        main.requests().refresh();

        assertThat(main.exchange().statusProperty().get()).isEqualTo("Paste a refresh token first.");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void withoutAGatewayTheStatusAsksForTheAddress() {
        main.pasted().inputProperty().set(gateway.validRefreshToken());

        main.requests().refresh();

        assertThat(main.exchange().statusProperty().get()).startsWith("Not a valid gateway address");
        assertThat(main.exchange().statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void aBadHeaderLineIsNamedBeforeSending() {
        fillIn(gateway.validRefreshToken());
        main.form().extraHeadersProperty().set("Blade-Auth");

        main.requests().refresh();

        assertThat(main.exchange().statusProperty().get()).startsWith("Extra header line 1 is not");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void useForNextRefreshMovesTheNewRefreshTokenIntoTheInput() {
        fillIn(gateway.validRefreshToken());
        main.requests().refresh();

        main.requests().useNewRefreshToken();

        assertThat(main.pasted().inputProperty().get()).isEqualTo(main.result().newRefreshTokenProperty().get());
        assertThat(main.pasted().noticeKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
    }

    @Test
    void aPasswordLogInShowsItsPairLikeARefresh() {
        main.form().gatewayProperty().set(gateway.baseUrl());

        main.requests().logIn(new PasswordLogin(TestTokens.USER_NAME, "bullfrog_password", "all", false));

        assertThat(gateway.lastRequest().bodyText()).contains("\"grant_type\":\"password\"");
        assertThat(main.exchange().statusKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
        assertThat(main.result().accessTokenProperty().get()).startsWith("eyJ");
        assertThat(main.claims().rows()).isNotEmpty();
    }

    @Test
    void eachProfileKeepsItsOwnPastedTokenAndResult() {
        main.shown().show("uat");
        fillIn(gateway.validRefreshToken());
        main.requests().refresh();
        String uatAccess = main.result().accessTokenProperty().get();

        main.shown().show("dev");
        assertThat(main.pasted().inputProperty().get()).isEmpty();
        assertThat(main.result().hasResultProperty().get()).isFalse();
        assertThat(main.countdown().countdownProperty().get()).isEqualTo("--:--:--");
        main.pasted().inputProperty().set("dev token");

        main.shown().show("uat");
        assertThat(main.result().accessTokenProperty().get()).isEqualTo(uatAccess);
        assertThat(main.pasted().inputProperty().get()).isNotEqualTo("dev token").startsWith("eyJ");
        main.shown().show("dev");
        assertThat(main.pasted().inputProperty().get()).isEqualTo("dev token");
    }

    @Test
    void aTokenTypedBeforeTheFirstProfileIsSelectedStaysInTheField() {
        main.pasted().inputProperty().set("typed while loading");

        main.shown().show("uat");

        assertThat(main.pasted().inputProperty().get()).isEqualTo("typed while loading");
    }
}
