package io.tokenrefresher.testing;

import io.tokenrefresher.core.session.RefreshScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A wall clock and a scheduler in virtual time, stepped by the test. {@link #advance} moves both, as
 * time passes on a running machine; {@link #sleep} moves only the wall clock, as a suspended machine
 * does (scheduler delays run on a monotonic clock that stops while it sleeps).
 */
public final class VirtualTime extends Clock implements RefreshScheduler {
    private record Task(long seq, Duration due, Runnable run, boolean[] cancelled) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            Comparator.comparing(Task::due).thenComparingLong(Task::seq));
    private final List<Duration> delaysAsked = new ArrayList<>();
    private volatile Instant wall;
    private Duration monotonic = Duration.ZERO;
    private long seq;

    public VirtualTime(Instant start) {
        this.wall = start;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        delaysAsked.add(delay);
        boolean[] cancelled = {false};
        tasks.add(new Task(seq++, monotonic.plus(delay), task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Lets {@code d} pass, running each task when its time comes (the clock then reads its time). */
    public void advance(Duration d) {
        Duration end;
        synchronized (this) {
            end = monotonic.plus(d);
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due().compareTo(end) > 0) {
                    wall = wall.plus(end.minus(monotonic));
                    monotonic = end;
                    return;
                }
                tasks.poll();
                wall = wall.plus(next.due().minus(monotonic));
                monotonic = next.due();
            }
            if (!next.cancelled()[0]) {
                next.run().run();
            }
        }
    }

    /** The machine sleeps for {@code d}: the wall clock jumps, pending delays do not move on. */
    public void sleep(Duration d) {
        wall = wall.plus(d);
    }

    /** The longest delay anyone asked the scheduler for. */
    public synchronized Duration longestDelayAsked() {
        return delaysAsked.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    @Override
    public void close() {
    }

    @Override
    public Instant instant() {
        return wall;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("virtual time is UTC");
    }
}
