package io.tokenrefresher.core.history;

import io.tokenrefresher.core.session.ProfileSession;
import io.tokenrefresher.core.session.SessionAnswer;
import io.tokenrefresher.core.session.SessionListener;
import java.util.ArrayDeque;
import io.tokenrefresher.core.session.TokenPair;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every refresh and log-in of every session in this run, newest last, in memory only. Holds at most
 * {@link #LIMIT} records: a window left auto-refreshing for days must not grow without end.
 */
public final class RefreshHistory implements SessionListener {
    public static final int LIMIT = 500;

    private final Deque<RefreshRecord> records = new ArrayDeque<>();
    private final List<Consumer<RefreshRecord>> listeners = new CopyOnWriteArrayList<>();
    private long count;

    @Override
    public void answered(ProfileSession session, SessionAnswer answer) {
        RefreshRecord record;
        synchronized (this) {
            record = RefreshRecord.of(++count, session.profileId(), answer);
            records.addLast(record);
            if (records.size() > LIMIT) {
                records.removeFirst();
            }
        }
        listeners.forEach(l -> l.accept(record));
    }

    public synchronized List<RefreshRecord> records() {
        return List.copyOf(records);
    }

    /** The claims that changed with {@code pair} (the record that brought it); empty when it is not here. */
    public synchronized List<ClaimChange> changesFor(TokenPair pair) {
        Iterator<RefreshRecord> newestFirst = records.descendingIterator();
        while (newestFirst.hasNext()) {
            RefreshRecord r = newestFirst.next();
            if (r.pair() == pair) {
                return r.changes();
            }
        }
        return List.of();
    }

    /** Hears each new record on the thread that got the answer (a worker): hop to the UI thread yourself. */
    public void addListener(Consumer<RefreshRecord> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
