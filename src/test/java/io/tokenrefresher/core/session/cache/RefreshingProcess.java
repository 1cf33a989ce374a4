package io.tokenrefresher.core.session.cache;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.net.HttpClients;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import io.tokenrefresher.core.secret.CredentialStore;
import io.tokenrefresher.core.session.TokenSender;
import io.tokenrefresher.testing.TestRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One process of {@link CrossProcessRefreshTest}: builds what a window or command line builds over a
 * data folder, says it is ready, waits for the go file, refreshes once, prints what it ended with (the
 * refresh token's {@code jti}, never the token).
 *
 * <p>Arguments: {@code shared|direct dataFolder gatewayBaseUrl refreshToken readyFile goFile}.
 * {@code direct} sends without cache and lock, as the app did before them.
 */
public final class RefreshingProcess {
    public static void main(String[] args) throws Exception {
        boolean shared = "shared".equals(args[0]);
        Path dataFolder = Path.of(args[1]);
        TokenRequest request = TestRequests.refresh(args[2], TokenRequest.DEFAULT_TOKEN_PATH, args[3],
                TokenRequest.DEFAULT_SCOPE, ParameterPlacement.FORM);
        Path ready = Path.of(args[4]);
        Path go = Path.of(args[5]);

        ObjectMapper mapper = new ObjectMapper();
        HttpClients httpClients = new HttpClients();
        httpClients.defaultClient();
        TokenEndpointClient client = new TokenEndpointClient(httpClients::defaultClient, mapper, Clock.systemUTC(),
                "TokenRefresher/test-process");
        TokenSender network = TokenSender.over(() -> client, () -> httpClients);
        SharedRefresh refresh = SharedRefresh.inDataFolder(dataFolder, CredentialStore.none("none"), mapper,
                Clock.systemUTC());

        Files.createFile(ready);
        while (!Files.exists(go)) {
            Thread.sleep(2);
        }
        TokenOutcome outcome;
        String how;
        if (shared) {
            SharedRefresh.Exchange exchange = refresh.exchange("profile-1", request, TlsTrust.SYSTEM,
                    ProxySetting.NONE, network);
            outcome = exchange.outcome();
            how = exchange.how().name();
        } else {
            outcome = network.send(request, TlsTrust.SYSTEM, ProxySetting.NONE);
            how = "DIRECT";
        }
        System.out.println("HOW=" + how);
        if (outcome instanceof TokenOutcome.Success success) {
            System.out.println("REFRESH_JTI=" + JWT.decode(success.response().refreshToken()).getId());
        } else {
            System.out.println("FAILED=" + ((TokenOutcome.Failure) outcome).failure().getClass().getSimpleName());
        }
        System.exit(0);
    }
}
