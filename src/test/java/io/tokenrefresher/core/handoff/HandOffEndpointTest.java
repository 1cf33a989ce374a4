package io.tokenrefresher.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenrefresher.core.secret.FakeCredentialStore;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's switchable endpoint: on, off, on again on another port, with the install's key. */
class HandOffEndpointTest {
    @TempDir
    Path home;

    private final HttpClient client = HttpClient.newHttpClient();
    private HandOffFixture fixture;
    private FakeCredentialStore keyring;
    private HandOffEndpoint endpoint;

    @BeforeEach
    void setUp() {
        fixture = new HandOffFixture(home);
        keyring = fixture.keyring;
        endpoint = new HandOffEndpoint(fixture.tokens(), new HandOffKey(keyring), HandOffFixture.MAPPER,
                Clock.systemUTC(), Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        endpoint.close();
        fixture.close();
    }

    private int status(int port, String key) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/profiles/UAT/access-token"))
                .header(HandOffServer.KEY_HEADER, key).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void turnedOffItRefusesConnectionsAndTurnedOnAgainItServesWithTheSameKeyAndListeners() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        endpoint.addListener(h -> heard.add(h.profile()));
        int first = endpoint.start(0);
        String key = endpoint.key();
        assertThat(status(first, key)).isEqualTo(200);

        endpoint.stop();
        assertThat(endpoint.running()).isFalse();
        assertThat(endpoint.recent()).isEmpty();
        assertThatThrownBy(() -> status(first, key)).isInstanceOf(ConnectException.class);

        int second = endpoint.start(0);
        assertThat(status(second, key)).isEqualTo(200);
        assertThat(heard).containsExactly("UAT", "UAT");
        assertThat(endpoint.recent()).hasSize(1);
        assertThat(keyring.entries()).containsEntry(HandOffKey.ACCOUNT, key);
    }

    @Test
    void aRegeneratedKeyReplacesTheOldOneWhileServing() throws Exception {
        int port = endpoint.start(0);
        String old = endpoint.key();
        String fresh = endpoint.regenerateKey();

        assertThat(status(port, old)).isEqualTo(401);
        assertThat(status(port, fresh)).isEqualTo(200);
    }

    @Test
    void aCredentialStoreThatCannotKeepTheKeyStartsNothing() {
        keyring.mode(FakeCredentialStore.Mode.FAILING);

        assertThatThrownBy(() -> endpoint.start(0)).isInstanceOf(HandOffKey.Unavailable.class);
        assertThat(endpoint.running()).isFalse();
    }
}
