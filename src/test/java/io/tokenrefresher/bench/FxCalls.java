package io.tokenrefresher.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs a call on the FX thread from a benchmark's main thread and waits for its result. */
final class FxCalls {
    private FxCalls() {
    }

    interface FxCall<T> {
        T call() throws Exception;
    }

    static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
