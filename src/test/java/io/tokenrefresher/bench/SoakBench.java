package io.tokenrefresher.bench;

import static io.tokenrefresher.bench.FxCalls.onFx;

import io.tokenrefresher.app.TokenRefresherApp;
import io.tokenrefresher.testing.FakeGatewayMain;
import io.tokenrefresher.ui.common.StatusKind;
import io.tokenrefresher.ui.main.MainViewModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * Soak of one window session (issue 16), not a test: {@code bench/soak.sh} runs it under Xvfb. The real
 * main window, against a fake gateway in its own process minting short-lived tokens, is driven by clicks
 * (Refresh, then "Use for next refresh", as a tester would) for N refreshes; after 0, N/2 and N the heap
 * in use after full collections and the live threads are measured. Every refresh must succeed. Prints a table and {@code key=value} lines.
 */
public final class SoakBench {
    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        int refreshes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process gateway = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FakeGatewayMain.class.getName(), Integer.toString(port),
                "--access-lifetime", "PT30S").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int code = 1;
        try {
            String refreshToken;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(gateway.getInputStream(),
                    StandardCharsets.UTF_8))) {
                refreshToken = out.readLine();
            }
            if (refreshToken == null || !refreshToken.startsWith("eyJ")) {
                throw new IllegalStateException("the fake gateway did not start");
            }
            code = soak("http://127.0.0.1:" + port, refreshToken, refreshes) ? 0 : 3;
        } finally {
            gateway.destroy();
            Platform.exit();
        }
        System.exit(code);
    }

    private record Sample(int after, long heapBytes, int threads) {
    }

    private static boolean soak(String baseUrl, String refreshToken, int refreshes) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        TokenRefresherApp app = new TokenRefresherApp();
        Scene scene = onFx(() -> {
            Stage stage = new Stage();
            app.start(stage);
            return stage.getScene();
        });
        MainViewModel vm = onFx(() -> app.mainController().viewModel());
        onFx(() -> {
            vm.form().gatewayProperty().set(baseUrl);
            vm.pasted().inputProperty().set(refreshToken);
            return null;
        });
        Thread.sleep(1000);
        Button refresh = (Button) scene.lookup("#refreshButton");
        Button useNext = (Button) scene.lookup("#useRefreshButton");

        // one refresh first, so that what is measured at 0 already holds what any refresh loads once
        click(vm, refresh, useNext);
        List<Sample> samples = new ArrayList<>();
        samples.add(measure(0));
        for (int i = 1; i <= refreshes; i++) {
            click(vm, refresh, useNext);
            if (i == refreshes / 2 || i == refreshes) {
                samples.add(measure(i));
            }
        }
        System.out.printf(Locale.ROOT, "%-22s %14s %8s%n", "after refreshes", "heap after GC", "threads");
        for (Sample s : samples) {
            System.out.printf(Locale.ROOT, "%-22d %11.1f MB %8d%n", s.after(), s.heapBytes() / 1048576.0, s.threads());
        }
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        for (Sample s : samples) {
            System.out.printf(Locale.ROOT, "heap_after_gc_mb_%d=%.1f%nthreads_%d=%d%n", s.after(),
                    s.heapBytes() / 1048576.0, s.after(), s.threads());
        }
        // "does not grow": within 2 MB of heap (collector and JIT noise) and not one thread more
        boolean heapFlat = last.heapBytes() - first.heapBytes() < 2L * 1024 * 1024;
        boolean threadsFlat = last.threads() <= first.threads();
        System.out.println("heap_flat=" + heapFlat);
        System.out.println("threads_flat=" + threadsFlat);
        return heapFlat && threadsFlat;
    }

    /** Clicks Refresh, waits for the answer and the new access token shown, then clicks "Use for next refresh". */
    private static void click(MainViewModel vm, Button refresh, Button useNext) throws Exception {
        String before = onFx(() -> vm.result().accessTokenProperty().get());
        CompletableFuture<Void> answered = new CompletableFuture<>();
        Platform.runLater(() -> {
            ChangeListener<Boolean>[] onBusy = newListenerArray();
            onBusy[0] = (obs, was, busy) -> {
                if (!busy) {
                    vm.exchange().busyProperty().removeListener(onBusy[0]);
                    answered.complete(null);
                }
            };
            vm.exchange().busyProperty().addListener(onBusy[0]);
            refresh.fire();
        });
        answered.get(30, TimeUnit.SECONDS);
        // the new pair reaches the result area through the session's listener, a hop of its own
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            boolean shown = onFx(() -> {
                String now = vm.result().accessTokenProperty().get();
                return vm.exchange().statusKindProperty().get() == StatusKind.SUCCESS && now != null
                        && !now.isEmpty() && !now.equals(before);
            });
            if (shown) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no new access token: " + onFx(() -> vm.exchange().statusProperty().get()));
            }
            Thread.sleep(5);
        }
        onFx(() -> {
            useNext.fire();
            return null;
        });
    }

    @SuppressWarnings("unchecked") // one listener that removes itself
    private static ChangeListener<Boolean>[] newListenerArray() {
        return new ChangeListener[1];
    }

    private static Sample measure(int after) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        Thread.sleep(1000); // idle connections and worker threads past their keep-alive go first
        System.gc();
        Thread.sleep(300);
        return new Sample(after, memory.getHeapMemoryUsage().getUsed(), ManagementFactory.getThreadMXBean().getThreadCount());
    }
}
