package io.tokenrefresher.ui.common;

import java.util.Locale;

/** The tone of a status message; the view maps it to a style class. */
public enum StatusKind {
    NEUTRAL, BUSY, SUCCESS, WARNING, ERROR;

    public String styleClass() {
        return "status-" + name().toLowerCase(Locale.ROOT);
    }
}
