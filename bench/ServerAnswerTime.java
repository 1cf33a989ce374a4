import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * The server's own answer time for the first-refresh figure: the same refresh POST as BareRefresh, sent
 * warm from this separate JVM (20 unmeasured, then SAMPLES measured, sequentially), so neither the app's
 * JVM nor its JIT is involved. Prints {@code server_answer_median_ms=<ms>}.
 *
 * Usage: java bench/ServerAnswerTime.java TOKEN_URL REFRESH_TOKEN [SAMPLES]
 */
public final class ServerAnswerTime {
    public static void main(String[] args) throws Exception {
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + args[1] + "\",\"scope\":\"all\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0]))
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        double[] ms = new double[samples];
        for (int i = -20; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("server_answer_median_ms=%.1f%n", ms[samples / 2]);
    }
}
