package io.tokenrefresher.core.net;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Run in a fresh JVM by {@link HttpClientShutdownTest}: one exchange with the given address, then
 * {@link HttpClientShutdown#stopForExit}; prints how many selector threads were alive before and after.
 * (In the test JVM itself it would stop the other tests' clients too.)
 */
public final class SelectorThreadsProbe {
    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(args[0])).build(),
                HttpResponse.BodyHandlers.ofString());
        long before = aliveSelectors();
        HttpClientShutdown.stopForExit(List.of(client), 5000);
        System.out.println("status=" + response.statusCode() + " before=" + before + " after=" + aliveSelectors());
    }

    private static long aliveSelectors() {
        return HttpClientShutdown.selectorThreads().stream().filter(Thread::isAlive).count();
    }
}
