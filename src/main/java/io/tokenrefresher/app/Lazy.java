package io.tokenrefresher.app;

import java.util.function.Supplier;

/**
 * A value built once, on first use, by whichever thread asks first; every later call gets the same
 * one. For the services {@link AppContext} builds by hand: several are too slow to build before the
 * window shows, and the background warm-up and the first refresh may ask for one at the same time.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
