package io.tokenrefresher.core.net;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops the JDK HTTP client's selector threads when a short-lived process is done with them.
 *
 * <p>Why: when a JDK 17 VM exits it waits up to 300 ms for every thread that is in native code
 * (JDK-8314243; configurable only from JDK 22 on). An {@link HttpClient}'s selector thread sits in
 * {@code epoll_wait} until the client is garbage-collected, so every command-line run paid 300 ms after
 * its output was written: a third of a refresh. {@code HttpClient.close()} exists only from JDK 21; on
 * 17 the selector thread ends its loop when interrupted (it checks its interrupt flag after every
 * {@code select}), which is what this does, for threads named the way the JDK names them. Anything
 * unexpected (another JDK, another name) leaves the threads alone: the cost is the 300 ms, never a
 * failure.
 */
public final class HttpClientShutdown {
    private static final String SELECTOR_THREAD_SUFFIX = "-SelectorManager";

    private HttpClientShutdown() {
    }

    /**
     * Closes the given clients where the JDK allows it (21+), then interrupts the remaining selector
     * threads and waits for them up to {@code waitMillis} in total. Only for a process that is about
     * to exit: the clients must not be used afterwards.
     */
    public static void stopForExit(List<HttpClient> clients, long waitMillis) {
        for (HttpClient client : clients) {
            if (client instanceof AutoCloseable closeable) { // JDK 21+
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // exiting anyway; the selector thread is handled below
                }
            }
        }
        List<Thread> selectors = selectorThreads();
        selectors.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        for (Thread t : selectors) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return;
            }
            try {
                t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static List<Thread> selectorThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 8];
        int n = root.enumerate(all, true);
        List<Thread> selectors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = all[i].getName();
            if (name.startsWith("HttpClient-") && name.endsWith(SELECTOR_THREAD_SUFFIX)) {
                selectors.add(all[i]);
            }
        }
        return selectors;
    }
}
