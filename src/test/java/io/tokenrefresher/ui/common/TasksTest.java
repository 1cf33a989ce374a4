package io.tokenrefresher.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TasksTest {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void sameThreadRunsWorkThenSuccessThenFinallyAtOnce() {
        Tasks.sameThread().call(() -> "value")
                .onSuccess(v -> events.add("success " + v))
                .onError(e -> events.add("error"))
                .andFinally(() -> events.add("finally"))
                .runOn(Runnable::run);

        assertThat(events).containsExactly("success value", "finally");
    }

    @Test
    void anExceptionReachesOnErrorWithItsOwnType() {
        Tasks.sameThread().run(() -> {
                    throw new IOException("disk full");
                })
                .onSuccess(v -> events.add("success"))
                .onError(e -> events.add(e.getClass().getSimpleName() + ": " + e.getMessage()))
                .andFinally(() -> events.add("finally"))
                .runOn(Runnable::run);

        assertThat(events).containsExactly("IOException: disk full", "finally");
    }

    @Test
    void callbacksRunOnTheUiExecutorNotTheWorker() throws Exception {
        LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
        Tasks tasks = new Tasks(uiQueue::add);

        tasks.call(() -> Thread.currentThread().getName())
                .onSuccess(workerName -> events.add("worked on " + (workerName.equals(Thread.currentThread().getName())
                        ? "ui" : "another thread")))
                .runOn(worker);

        Runnable callback = uiQueue.poll(5, TimeUnit.SECONDS);
        assertThat(callback).isNotNull();
        assertThat(events).isEmpty();
        callback.run();
        assertThat(events).containsExactly("worked on another thread");
    }

    @Test
    void cancelInterruptsTheWorkReportsCancelledOnceAndDropsTheResult() throws Exception {
        LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        Tasks.Running running = new Tasks(uiQueue::add).call(() -> {
                    started.countDown();
                    try {
                        Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                    }
                    return "late";
                })
                .onSuccess(v -> events.add("success"))
                .onCancelled(() -> events.add("cancelled"))
                .andFinally(() -> events.add("finally"))
                .runOn(worker);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        running.cancel();
        running.cancel();

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        worker.shutdown();
        assertThat(worker.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();
        assertThat(events).containsExactly("cancelled", "finally");
        assertThat(running.isDone()).isTrue();
    }
}
