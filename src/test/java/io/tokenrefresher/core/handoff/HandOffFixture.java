package io.tokenrefresher.core.handoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.core.session.cache.SharedRefresh;
import io.tokenrefresher.testing.FakeGateway;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A data folder with a profile "UAT" that remembers a valid refresh token of a real gateway rotating
 * refresh tokens with reuse detection, and the {@link AccessTokenSource} over it that an endpoint serves.
 */
final class HandOffFixture implements AutoCloseable {
    static final ObjectMapper MAPPER = new ObjectMapper();

    final Path home;
    final FakeCredentialStore keyring = new FakeCredentialStore();
    final FakeGateway gateway = FakeGateway.builder().rotateWithReuseDetection().start();
    final ProfileService service;
    final GatewayProfile uat;
    final String remembered;

    HandOffFixture(Path home) {
        this.home = home;
        service = new ProfileService(new ProfileStore(home), keyring);
        service.load();
        uat = service.update(profile("UAT").withRememberRefreshToken(true));
        remembered = gateway.validRefreshToken();
        service.afterRefresh(uat.id(), remembered);
    }

    /** A new profile against this gateway (not yet remembering anything). */
    GatewayProfile profile(String name) {
        return service.create(name).withEndpoint(Endpoint.defaults()
                .withGateway(gateway.baseUrl()).withPlacement(ParameterPlacement.FORM));
    }

    /** What an endpoint serves: call after the profiles are all in place. */
    AccessTokenSource tokens() {
        Clock clock = Clock.systemUTC();
        TokenSender network = TokenSender.over(
                () -> new TokenEndpointClient(TokenEndpointClient::defaultHttpClient, MAPPER, clock, "test"),
                HttpClients::new);
        return new AccessTokenSource(service, SharedRefresh.inDataFolder(home, keyring, MAPPER, clock), network, clock);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
