package io.tokenrefresher.testing;

import io.tokenrefresher.core.oauth.FailureHint;
import io.tokenrefresher.core.oauth.GatewayFailure;
import io.tokenrefresher.core.oauth.OAuthError;
import io.tokenrefresher.core.oauth.TokenEndpoint;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Instances of every kind of {@link GatewayFailure}, for tests that must cover them all (their words,
 * their exit codes). Java 17 cannot check an instanceof chain over a sealed type for completeness, so
 * those tests compare {@link #all()} with {@link #permittedTypes()}: a new failure type without a
 * sample here fails them, and so does one the code under test has no branch for.
 */
public final class GatewayFailureSamples {
    private GatewayFailureSamples() {
    }

    /** The concrete types a {@link GatewayFailure} can be, through nested sealed types if any appear. */
    public static Set<Class<?>> permittedTypes() {
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(GatewayFailure.class, types);
        return types;
    }

    private static void collect(Class<?> sealed, Set<Class<?>> into) {
        for (Class<?> c : sealed.getPermittedSubclasses()) {
            if (!c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                into.add(c);
            }
            if (c.isSealed()) {
                collect(c, into);
            }
        }
    }

    /** At least one per type, and one per message key: every enum value and flag that picks other words. */
    public static List<GatewayFailure> all() {
        List<GatewayFailure> samples = new ArrayList<>();
        for (TokenEndpoint.Reason reason : TokenEndpoint.Reason.values()) {
            samples.add(new GatewayFailure.InvalidUrl("ftp://x", reason));
        }
        samples.add(new GatewayFailure.InvalidHeader("Connection"));
        samples.add(new GatewayFailure.UnknownHost("gateway.invalid"));
        samples.add(new GatewayFailure.ConnectionRefused("127.0.0.1", 18080));
        samples.add(new GatewayFailure.Timeout(Duration.ofSeconds(15), true));
        samples.add(new GatewayFailure.Timeout(Duration.ofSeconds(15), false));
        for (GatewayFailure.TlsProblem problem : GatewayFailure.TlsProblem.values()) {
            samples.add(new GatewayFailure.TlsFailure(problem, "gw.test.example.com", "detail"));
        }
        samples.add(new GatewayFailure.NetworkError("connection reset"));
        samples.add(GatewayFailure.NetworkError.closedMidAnswer());
        for (GatewayFailure.ProxyProblem problem : GatewayFailure.ProxyProblem.values()) {
            samples.add(new GatewayFailure.ProxyFailure(problem, "proxy.test", 3128, "HTTP/1.1 403 Forbidden"));
        }
        for (GatewayFailure.SetupProblem problem : GatewayFailure.SetupProblem.values()) {
            samples.add(new GatewayFailure.ConnectionSetup(problem, "/home/qa/ca.pem", "detail"));
        }
        samples.add(new GatewayFailure.Redirect(302, "https://sso.example.com/login"));
        for (FailureHint hint : FailureHint.values()) {
            samples.add(new GatewayFailure.ServerRefused(400, new OAuthError("invalid_grant", "x", null), hint, "", true));
        }
        samples.add(new GatewayFailure.ServerRefused(502, null, null, "<html>", false));
        samples.add(new GatewayFailure.NotJson(200, "text/html", "<html>", true));
        samples.add(new GatewayFailure.NotJson(200, "text/plain", "OK", false));
        samples.add(new GatewayFailure.MalformedJson(200, "Unexpected end-of-input", "{", true));
        samples.add(new GatewayFailure.MalformedJson(200, "Unrecognized token", "{x}", false));
        samples.add(new GatewayFailure.MissingAccessToken(200, List.of("code", "msg")));
        samples.add(new GatewayFailure.ResponseTooLarge(TokenEndpointClient.MAX_BODY_BYTES, -1));
        samples.add(new GatewayFailure.Cancelled());
        samples.add(new GatewayFailure.RateLimited(429, Duration.ofSeconds(30)));
        samples.add(new GatewayFailure.RateLimited(429, null));
        samples.add(GatewayFailure.ConnectionCut.resetBeforeAnswer());
        samples.add(new GatewayFailure.ConnectionCut(true, 406, 813));
        samples.add(new GatewayFailure.ConnectionCut(false, 100, -1));
        samples.add(new GatewayFailure.BodyTimeout(Duration.ofSeconds(3), 200, 120));
        for (int status : new int[] {502, 503, 504, 500}) {
            samples.add(new GatewayFailure.UpstreamUnavailable(status, status + " Bad Gateway", "text/html",
                    "<html>", true));
        }
        samples.add(new GatewayFailure.ServerFault(500, new OAuthError("server_error", null, null), "", true));
        samples.add(new GatewayFailure.ServerFault(500, null, "Internal Server Error", false));
        samples.add(new GatewayFailure.ServerRefused(401, null, FailureHint.SET_CLIENT_CREDENTIALS, "", false));
        return samples;
    }
}
