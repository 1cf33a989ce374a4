package io.tokenrefresher.core.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where the main window was when the app last closed. The UI must check that the rectangle is still
 * on a screen before using it (a monitor may have been unplugged since).
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** False for a size no window could have, e.g. from a hand-edited file. */
    @JsonIgnore
    public boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= 100 && height >= 100
                && width < 100_000 && height < 100_000;
    }
}
