package io.tokenrefresher.bench;

import static io.tokenrefresher.bench.FxCalls.onFx;

import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.testing.FakeGatewayMain;
import io.tokenrefresher.ui.main.MainViewModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Refresh timing of the real main window (not a test: {@code bench/run.sh} runs it under Xvfb with
 * the GTK glass, never Monocle). How long from {@code viewModel.requests().refresh()} on the FX thread until the
 * first frame laid out after the new access token arrived, compared with the server's own answer time.
 *
 * <p>Three JVMs, so that each figure only holds what it claims:
 * <ul>
 *   <li>the fake gateway ({@link FakeGatewayMain}) runs in its own process: its CPU (JSON, HS256 signing)
 *   is not charged to the app's JVM, just like a real gateway;</li>
 *   <li>"the server's own answer time" is the median of warm POSTs of the identical request from a plain
 *   {@link HttpClient} in a separate probe process ({@code --probe}); measuring it in this JVM would load
 *   and JIT-compile the JDK HTTP client before the app's first refresh and flatter it;</li>
 *   <li>this JVM holds only the app, started exactly as {@code TokenRefresherApp.start} does.</li>
 * </ul>
 * Prints a table and {@code key=value} lines that {@code bench/run.sh} reads.
 */
public final class RefreshBench {
    private static final String JSON_UTF8 = "application/json;charset=UTF-8";
    private static final String TOKEN_PATH = "/cams-auth/oauth/token";
    private static final int PROBE_WARM_UP = 20;
    private static final int PROBE_SAMPLES = 40;

    private RefreshBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "--probe".equals(args[0])) {
            probe(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        int warmRefreshes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int port = freePort();
        Process gateway = java(List.of("-Dsun.net.httpserver.nodelay=true", FakeGatewayMain.class.getName(),
                Integer.toString(port)));
        try {
            run(gateway, "http://127.0.0.1:" + port, warmRefreshes);
        } finally {
            gateway.destroy();
            Platform.exit();
        }
        System.exit(0);
    }

    private static void run(Process gateway, String baseUrl, int warmRefreshes) throws Exception {
        String refreshToken;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(gateway.getInputStream(),
                StandardCharsets.UTF_8))) {
            refreshToken = out.readLine();
        }
        if (refreshToken == null || !refreshToken.startsWith("eyJ")) {
            throw new IllegalStateException("the fake gateway did not start");
        }
        // warms the server (its JIT) and measures its answer time before the window exists
        List<Double> server = new ArrayList<>(probeProcess(baseUrl, refreshToken, PROBE_WARM_UP, PROBE_SAMPLES));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        TokenRefresherApp app = new TokenRefresherApp();
        Scene scene = onFx(() -> {
            Stage stage = new Stage();
            app.start(stage); // the real start: context, theme, FXML view, show, background warm-up
            return stage.getScene();
        });
        MainViewModel vm = onFx(() -> app.mainController().viewModel());
        Thread.sleep(2000); // a user takes at least this long to paste; the background warm-up runs meanwhile
        onFx(() -> {
            vm.form().gatewayProperty().set(baseUrl);
            vm.pasted().inputProperty().set(refreshToken);
            return null;
        });
        Thread.sleep(500);

        Timing firstTiming = timeRefresh(scene, vm);
        double first = firstTiming.total();
        List<Double> warm = new ArrayList<>();
        List<Double> warmAnswered = new ArrayList<>();
        List<Double> warmOnFx = new ArrayList<>();
        for (int i = 0; i < warmRefreshes; i++) {
            Thread.sleep(100);
            Timing t = timeRefresh(scene, vm);
            warm.add(t.total());
            warmAnswered.add(t.answered());
            warmOnFx.add(t.onFxThread());
        }
        // the server measured again after the refreshes, in case the machine's load changed meanwhile
        server.addAll(probeProcess(baseUrl, refreshToken, PROBE_WARM_UP, PROBE_SAMPLES));

        double serverMedian = percentile(server, 50);
        double warmMedian = percentile(warm, 50);
        double warmP90 = percentile(warm, 90);
        System.out.printf(Locale.ROOT, "%-40s %9s %12s %8s%n", "", "ms", "over server", "target");
        System.out.printf(Locale.ROOT, "%-40s %9.1f%n", "server's own answer, median of " + server.size(),
                serverMedian);
        System.out.printf(Locale.ROOT, "%-40s %9.1f %12.1f %8s%n", "first refresh in the window", first,
                first - serverMedian, "<=150");
        System.out.printf(Locale.ROOT, "%-40s %9.1f %12.1f %8s%n", "warm refresh, median of " + warm.size(),
                warmMedian, warmMedian - serverMedian, "<=20");
        System.out.printf(Locale.ROOT, "%-40s %9.1f %12.1f%n", "warm refresh, p90", warmP90, warmP90 - serverMedian);
        System.out.printf(Locale.ROOT, "%-40s %9.1f .. %.1f%n", "warm refresh, min .. max", Collections.min(warm),
                Collections.max(warm));
        System.out.printf(Locale.ROOT, "%-40s %9.1f / %.1f%n", "  of which answer on FX thread, first/warm",
                firstTiming.answered(), percentile(warmAnswered, 50));
        System.out.printf(Locale.ROOT, "%-40s %9.1f / %.1f%n", "  of which showing it (FX), first/warm",
                firstTiming.onFxThread(), percentile(warmOnFx, 50));
        System.out.printf(Locale.ROOT, "server_answer_median_ms=%.1f%n", serverMedian);
        System.out.printf(Locale.ROOT, "first_refresh_ms=%.1f%n", first);
        System.out.printf(Locale.ROOT, "first_over_server_ms=%.1f%n", first - serverMedian);
        System.out.printf(Locale.ROOT, "warm_median_over_server_ms=%.1f%n", warmMedian - serverMedian);
        System.out.printf(Locale.ROOT, "warm_p90_over_server_ms=%.1f%n", warmP90 - serverMedian);
        System.out.flush();
    }

    /**
     * Milliseconds from calling refresh() on the FX thread to the end of the first pulse (layout done,
     * frame about to be rendered) after the access token property took the new token.
     */
    @SuppressWarnings("unchecked") // the generic array only holds one listener, to let it refer to itself
    private static Timing timeRefresh(Scene scene, MainViewModel vm) throws Exception {
        CompletableFuture<Timing> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            boolean[] changed = new boolean[1];
            long[] start = new long[1];
            long[] answered = new long[1];
            ChangeListener<String> onToken = (obs, old, now) -> changed[0] = true;
            Runnable[] pulse = new Runnable[1];
            ChangeListener<Boolean>[] onBusy = new ChangeListener[1];
            Runnable cleanUp = () -> {
                vm.result().accessTokenProperty().removeListener(onToken);
                vm.exchange().busyProperty().removeListener(onBusy[0]);
                scene.removePostLayoutPulseListener(pulse[0]);
            };
            pulse[0] = () -> {
                if (changed[0]) {
                    long end = System.nanoTime();
                    cleanUp.run();
                    done.complete(new Timing((end - start[0]) / 1e6, (answered[0] - start[0]) / 1e6));
                }
            };
            // apply() runs right after busy turns false; if the token did not change by the next pulse it failed
            onBusy[0] = (obs, was, busy) -> {
                if (!busy) {
                    answered[0] = System.nanoTime();
                    Platform.runLater(() -> {
                        if (!changed[0]) {
                            cleanUp.run();
                            done.completeExceptionally(new IllegalStateException(
                                    "refresh gave no new access token: " + vm.exchange().statusProperty().get()));
                        }
                    });
                }
            };
            vm.result().accessTokenProperty().addListener(onToken);
            vm.exchange().busyProperty().addListener(onBusy[0]);
            scene.addPostLayoutPulseListener(pulse[0]);
            start[0] = System.nanoTime();
            vm.requests().refresh();
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /** total: refresh() to the laid-out frame; answered: refresh() to the answer reaching the FX thread. */
    private record Timing(double total, double answered) {
        double onFxThread() {
            return total - answered;
        }
    }

    /** Runs the probe in its own JVM and returns its sample times in ms. */
    private static List<Double> probeProcess(String baseUrl, String refreshToken, int warmUp, int samples)
            throws IOException, InterruptedException {
        Process probe = java(List.of(RefreshBench.class.getName(), "--probe", baseUrl, refreshToken,
                Integer.toString(warmUp), Integer.toString(samples)));
        List<Double> times = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                times.add(Double.parseDouble(line));
            }
        }
        if (probe.waitFor() != 0 || times.size() != samples) {
            throw new IllegalStateException("the server probe failed (exit " + probe.exitValue() + ")");
        }
        return times;
    }

    /** The probe process: warm plain HttpClient POSTs of the request the app sends; prints one time per line. */
    private static void probe(String baseUrl, String refreshToken, int warmUp, int samples) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + TOKEN_PATH))
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"refresh_token\",\"refresh_token\":\""
                        + refreshToken + "\",\"scope\":\"all\"}", StandardCharsets.UTF_8))
                .setHeader("Content-Type", JSON_UTF8)
                .setHeader("Accept", "application/json")
                .setHeader("User-Agent", "TokenRefresher/bench")
                .build();
        for (int i = 0; i < warmUp + samples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200 || !response.body().contains("\"access_token\"")) {
                throw new IllegalStateException("the fake gateway answered HTTP " + response.statusCode());
            }
            if (i >= warmUp) {
                System.out.println(ms);
            }
            Thread.sleep(20);
        }
    }

    private static Process java(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
