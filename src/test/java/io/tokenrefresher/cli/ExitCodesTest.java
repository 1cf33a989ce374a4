package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.testing.GatewayFailureSamples;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of {@link GatewayFailure} has a documented exit code, and the same one it had when the
 * codes were methods on the failures ({@code GatewayFailure#exitCode()}, removed when they moved here).
 */
class ExitCodesTest {
    /** What each type's {@code exitCode()} returned before the codes moved to the command line. */
    private static final Map<Class<?>, Integer> BEFORE_THE_MOVE = Map.ofEntries(
            Map.entry(GatewayFailure.InvalidUrl.class, 2),
            Map.entry(GatewayFailure.InvalidHeader.class, 2),
            Map.entry(GatewayFailure.UnknownHost.class, 4),
            Map.entry(GatewayFailure.ConnectionRefused.class, 4),
            Map.entry(GatewayFailure.Timeout.class, 4),
            Map.entry(GatewayFailure.TlsFailure.class, 4),
            Map.entry(GatewayFailure.ProxyFailure.class, 4),
            Map.entry(GatewayFailure.ConnectionSetup.class, 2),
            Map.entry(GatewayFailure.NetworkError.class, 4),
            Map.entry(GatewayFailure.Redirect.class, 3),
            Map.entry(GatewayFailure.ServerRefused.class, 3),
            Map.entry(GatewayFailure.NotJson.class, 5),
            Map.entry(GatewayFailure.MalformedJson.class, 5),
            Map.entry(GatewayFailure.MissingAccessToken.class, 5),
            Map.entry(GatewayFailure.ResponseTooLarge.class, 5),
            Map.entry(GatewayFailure.Cancelled.class, 4),
            // new since the move: a rate limit is passing, like a network fault
            Map.entry(GatewayFailure.RateLimited.class, 4),
            // issue 16: a cut connection or a stalled body is a network fault; a 5xx from inside the gateway
            // may pass like one; a proxy's error page is an answer without tokens, like any non-JSON answer
            Map.entry(GatewayFailure.ConnectionCut.class, 4),
            Map.entry(GatewayFailure.BodyTimeout.class, 4),
            Map.entry(GatewayFailure.ServerFault.class, 4),
            Map.entry(GatewayFailure.UpstreamUnavailable.class, 5));

    @Test
    void everyPermittedFailureTypeHasASample() {
        Set<Class<?>> sampled = GatewayFailureSamples.all().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(GatewayFailureSamples.permittedTypes());
    }

    @Test
    void everyFailureMapsToADocumentedCode() {
        // 3 refused by the server, 4 network / timeout / TLS / proxy, 5 unreadable answer; 2 when nothing
        // could be sent (address, header, connection settings), like other usage errors
        List<Integer> documented = List.of(ExitCodes.USAGE, ExitCodes.SERVER_REFUSED, ExitCodes.NETWORK,
                ExitCodes.UNREADABLE_ANSWER);
        for (GatewayFailure failure : GatewayFailureSamples.all()) {
            assertThat(ExitCodes.of(failure)).as("%s", failure).isIn(documented);
        }
    }

    @Test
    void theCodesAreTheOnesTheFailuresUsedToGive() {
        assertThat(BEFORE_THE_MOVE.keySet()).containsExactlyInAnyOrderElementsOf(GatewayFailureSamples.permittedTypes());
        for (GatewayFailure failure : GatewayFailureSamples.all()) {
            assertThat(ExitCodes.of(failure)).as("%s", failure).isEqualTo(BEFORE_THE_MOVE.get(failure.getClass()));
        }
    }

    @Test
    void theFailureClassesThatMatterMostHaveTheirFixedCodes() {
        assertThat(ExitCodes.of(new GatewayFailure.ServerRefused(401, null, null, "", false))).isEqualTo(3);
        assertThat(ExitCodes.of(GatewayFailure.NetworkError.closedMidAnswer())).isEqualTo(4);
        assertThat(ExitCodes.of(new GatewayFailure.MissingAccessToken(200, List.of()))).isEqualTo(5);
    }
}
