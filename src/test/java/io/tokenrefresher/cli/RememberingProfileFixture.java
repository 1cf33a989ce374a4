package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.ProfileService;
import io.tokenrefresher.core.profile.ProfileStore;
import io.tokenrefresher.core.secret.FakeCredentialStore;
import io.tokenrefresher.testing.FakeGateway;
import java.nio.file.Path;

/**
 * A data folder with one profile "UAT" that remembers a valid refresh token of a gateway rotating
 * refresh tokens with reuse detection; {@link #process()} is a new command line over the same folder.
 */
final class RememberingProfileFixture implements AutoCloseable {
    final Path home;
    final FakeGateway gateway = FakeGateway.builder().rotateWithReuseDetection().start();
    final FakeCredentialStore keyring = new FakeCredentialStore();
    final GatewayProfile profile;
    final String remembered;

    RememberingProfileFixture(Path home) {
        this.home = home;
        ProfileService service = service();
        profile = service.update(service.create("UAT")
                .withEndpoint(Endpoint.defaults().withGateway(gateway.baseUrl()).withPlacement(ParameterPlacement.FORM))
                .withRememberRefreshToken(true));
        remembered = gateway.validRefreshToken();
        service.afterRefresh(profile.id(), remembered);
    }

    /** The profiles as a process starting now would load them. */
    ProfileService service() {
        ProfileService service = new ProfileService(new ProfileStore(home), keyring);
        service.load();
        return service;
    }

    /** A new process: its own profile service over the same folder and keyring. */
    CliRunner process() {
        return new CliRunner().profiles(new ProfileService(new ProfileStore(home), keyring));
    }

    @Override
    public void close() {
        gateway.close();
    }
}
