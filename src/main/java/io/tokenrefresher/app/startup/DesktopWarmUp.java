package io.tokenrefresher.app.startup;

import io.tokenrefresher.core.jwt.JwtInspector;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * What the window warms up in the background once its first frame is laid out: the JSON/JWT
 * machinery, by running a made-up token through the decoder once, then the HTTP client, by one
 * exchange with a loopback responder ({@link LoopbackWarmUp}). The first refresh then does not pay
 * for loading the JSON parser and JWT classes (it did: about a second of the first refresh on a busy
 * 2-core machine). The services are handed over as suppliers and built here, in this order, on the
 * calling (background) thread.
 */
public final class DesktopWarmUp {
    /** An unsigned, made-up JWT shaped like a gateway's refresh token; never sent anywhere. */
    static final String WARM_UP_TOKEN = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
            + base64Url("{\"user_name\":\"warm-up\",\"scope\":[\"all\"],\"ati\":\"a\",\"exp\":1,\"jti\":\"j\","
                    + "\"authorities\":[\"x\"],\"client_id\":\"c\"}") + ".c2ln";

    private DesktopWarmUp() {
    }

    /** Runs the warm-up on the calling thread; call it off the FX thread. */
    public static void run(Supplier<JwtInspector> inspector, Supplier<TokenEndpointClient> endpointClient,
                           Supplier<HttpClient> http) {
        inspector.get().inspect(WARM_UP_TOKEN);
        LoopbackWarmUp.run(endpointClient.get(), http.get());
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
