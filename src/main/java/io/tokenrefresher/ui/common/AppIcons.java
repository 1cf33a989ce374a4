package io.tokenrefresher.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javafx.scene.image.Image;

/**
 * The application icon at the sizes rendered by {@code icons/generate.sh} into
 * {@code /io/tokenrefresher/icons/icon-<size>.png}. Images are loaded on first use and then cached.
 *
 * <pre>{@code
 * stage.getIcons().setAll(AppIcons.all());        // window / task bar / Alt-Tab
 * new ImageView(AppIcons.of(64));                 // about box
 * }</pre>
 */
public final class AppIcons {

    /** The sizes in pixels that exist as resources, smallest first. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static final String PATH = "/io/tokenrefresher/icons/icon-%d.png";
    private static final ConcurrentMap<Integer, Image> CACHE = new ConcurrentHashMap<>();

    private AppIcons() {
    }

    /** Every size, smallest first: the window manager picks the one that fits. */
    public static List<Image> all() {
        List<Image> images = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
            images.add(load(size));
        }
        return Collections.unmodifiableList(images);
    }

    /**
     * The icon rendered at {@code size} pixels if that size exists, otherwise the smallest larger one
     * (or the largest one for sizes above 256), so that it is scaled down rather than blown up.
     */
    public static Image of(int size) {
        for (int s : SIZES) {
            if (s >= size) {
                return load(s);
            }
        }
        return load(SIZES.get(SIZES.size() - 1));
    }

    private static Image load(int size) {
        return CACHE.computeIfAbsent(size, s -> {
            String path = String.format(PATH, s);
            try (InputStream in = AppIcons.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing icon resource " + path);
                }
                return new Image(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read icon resource " + path, e);
            }
        });
    }
}
