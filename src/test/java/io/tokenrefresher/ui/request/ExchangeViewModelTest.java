package io.tokenrefresher.ui.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.TokenPair;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.SessionFixture;
import io.tokenrefresher.testing.TestRequests;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.common.Tasks;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exchange view-model against a real token endpoint; work and callbacks on the test's thread. */
class ExchangeViewModelTest {
    private final SessionFixture fixture = SessionFixture.start();
    private final FakeGateway gateway = fixture.gateway();
    private final ProfileSession session = fixture.sessions().session("uat");
    private final List<TokenPair> pairs = new ArrayList<>();
    private final ExchangeViewModel exchange = new ExchangeViewModel(Tasks.sameThread(), Runnable::run,
            Clock.systemUTC(), Messages.forLocale(Locale.ENGLISH));

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void send(TokenRequest request) {
        exchange.send(session, request, TlsTrust.SYSTEM, ProxySetting.NONE, pairs::add);
    }

    @Test
    void startsReady() {
        assertThat(exchange.statusProperty().get()).isNotEmpty();
        assertThat(exchange.statusKindProperty().get()).isEqualTo(StatusKind.NEUTRAL);
        assertThat(exchange.busyProperty().get()).isFalse();
    }

    @Test
    void aSuccessHandsOverThePairAndSaysWhoAndHowLong() {
        send(TestRequests.refresh(gateway.baseUrl(), gateway.validRefreshToken()));

        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).response().accessToken()).startsWith("eyJ");
        assertThat(exchange.statusProperty().get()).matches("HTTP 200 in \\d+ ms — new tokens for bullfrog_cpms\\.");
        assertThat(exchange.statusKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
        assertThat(exchange.statusDetailsProperty().get()).isEmpty();
        assertThat(exchange.busyProperty().get()).isFalse();
    }

    @Test
    void aRefusalIsAnErrorWithTheServersWordsAndNoPair() {
        send(TestRequests.refresh(gateway.baseUrl(), "not-a-token"));

        assertThat(pairs).isEmpty();
        assertThat(exchange.statusProperty().get())
                .startsWith("HTTP 401 — the server refused: invalid_token")
                .endsWith("The token is damaged or was signed by another environment.");
        assertThat(exchange.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
    }

    @Test
    void aRefusedConnectionIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }

        send(TestRequests.refresh("http://127.0.0.1:" + closedPort, "rt"));

        assertThat(exchange.statusProperty().get())
                .startsWith("Connection refused by 127.0.0.1:" + closedPort + ": nothing is listening there.");
        assertThat(exchange.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
    }

    @Test
    void aProblemFoundBeforeSendingIsShownAsAnError() {
        exchange.showProblem(new Messages.Text("Paste a refresh token first.", "details", "a hint"));

        assertThat(exchange.statusProperty().get()).isEqualTo("Paste a refresh token first. — a hint");
        assertThat(exchange.statusDetailsProperty().get()).isEqualTo("details");
        assertThat(exchange.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void cancelStopsASlowRequestAtOnceAndASecondSendWhileBusyIsIgnored() throws Exception {
        gateway.enqueue(FakeGateway.Fault.delay(Duration.ofSeconds(20)));
        ExecutorService network = Executors.newSingleThreadExecutor();
        // callbacks straight from the worker: no FX thread here, and the properties are not bound to nodes
        ExchangeViewModel slow = new ExchangeViewModel(new Tasks(Runnable::run), network, Clock.systemUTC(),
                Messages.forLocale(Locale.ENGLISH));
        try {
            TokenRequest request = TestRequests.refresh(gateway.baseUrl(), gateway.validRefreshToken());
            slow.send(session, request, TlsTrust.SYSTEM, ProxySetting.NONE, pairs::add);
            assertThat(slow.busyProperty().get()).isTrue();
            assertThat(slow.statusKindProperty().get()).isEqualTo(StatusKind.BUSY);
            slow.send(session, request, TlsTrust.SYSTEM, ProxySetting.NONE, pairs::add);

            slow.cancel();

            assertThat(slow.statusProperty().get()).isEqualTo("Cancelled.");
            assertThat(slow.statusKindProperty().get()).isEqualTo(StatusKind.WARNING);
            assertThat(slow.busyProperty().get()).isFalse();
            network.shutdown();
            assertThat(network.awaitTermination(10, TimeUnit.SECONDS)).as("the request stops when cancelled").isTrue();
            assertThat(pairs).isEmpty();
            assertThat(session.isSending()).isFalse();
        } finally {
            network.shutdownNow();
        }
    }
}
