package io.tokenrefresher.app.startup;

import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenOutcome;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One token exchange with a throw-away responder on the loopback address, run in the background after
 * the window shows. The JDK client's first send loads and compiles its whole HTTP/1.1 path (~100 ms on
 * a small machine), and so does the answer's parsing; doing that here keeps it out of the user's first
 * refresh. Nothing leaves the machine, and no real token is involved. The installer's training run
 * ({@link StartupArchiveTraining}) uses the same responder.
 */
public final class LoopbackWarmUp {
    private static final String ANSWER = "{\"access_token\":\"warm-up\",\"token_type\":\"bearer\","
            + "\"refresh_token\":\"warm-up\",\"expires_in\":3599,\"scope\":\"all\",\"user_name\":\"warm-up\"}";

    private LoopbackWarmUp() {
    }

    /** Returns whether the exchange completed; failures are swallowed, as a warm-up must never bother the user. */
    public static boolean run(TokenEndpointClient client, HttpClient http) {
        Boolean done = withResponder(ANSWER, gateway -> {
            TokenRequest request = new TokenRequest(gateway, TokenRequest.DEFAULT_TOKEN_PATH,
                    TokenRequest.refreshParameters("warm-up", "all"), ParameterPlacement.JSON, null, null, null,
                    List.of(), Duration.ofSeconds(5));
            try {
                return client.send(request, http) instanceof TokenOutcome.Success;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return Boolean.TRUE.equals(done);
    }

    /**
     * Runs {@code exchange} with the address ({@code http://127.0.0.1:PORT}) of a loopback responder that
     * answers one request with {@code answer} as JSON, and returns its result; {@code null} when the
     * responder could not be set up or the exchange threw.
     */
    static <T> T withResponder(String answer, Function<String, T> exchange) {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(5000);
            Thread responder = new Thread(() -> answerOnce(server, answer), "token-refresher-warm-up");
            responder.setDaemon(true);
            responder.start();
            T result = exchange.apply("http://127.0.0.1:" + server.getLocalPort());
            responder.join(1000);
            return result;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void answerOnce(ServerSocket server, String answer) {
        try (Socket socket = server.accept()) {
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            int contentLength = readHeaders(in);
            in.readNBytes(Math.max(0, contentLength));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            // the client side reports the failure; a warm-up has nothing to tell the user
        }
    }

    private static int readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
            if (n > 16_384) {
                break;
            }
        }
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }
}
