import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The yardstick for the CLI's start-up: the least a Java program can do for one refresh, one
 * HttpClient POST of the seed's JSON body, printing the answer as it came. No JSON library, no
 * argument parsing, no error handling. Compiled into a jar by cli-bench.sh so both sides start alike.
 *
 * Usage: java -cp bare-refresh.jar BareRefresh TOKEN_URL REFRESH_TOKEN
 */
public final class BareRefresh {
    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + args[1] + "\",\"scope\":\"all\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0]))
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.body());
        if (response.statusCode() != 200) {
            System.exit(3);
        }
    }
}
