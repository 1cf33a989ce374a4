package io.tokenrefresher.core.expiry;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ResourceBundle;

/**
 * "in 59 min", "3 days ago", "just now", from the {@code rel.*} keys of the messages bundle, rounded
 * down to the largest whole unit as people say it.
 */
public final class RelativeTime {
    private final ResourceBundle bundle;

    public RelativeTime(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public String between(Instant now, Instant then) {
        Duration d = Duration.between(now, then);
        long seconds = Math.abs(d.getSeconds());
        if (seconds < 5) {
            return bundle.getString("rel.now");
        }
        String amount;
        if (seconds < 60) {
            amount = fmt("rel.seconds", seconds);
        } else if (seconds < 3600) {
            amount = fmt("rel.minutes", seconds / 60);
        } else if (seconds < 86_400) {
            long h = seconds / 3600;
            long m = seconds % 3600 / 60;
            amount = m == 0 || h >= 10 ? fmt("rel.hours", h) : fmt("rel.hoursMinutes", h, m);
        } else if (seconds < 86_400L * 60) {
            amount = fmt("rel.days", seconds / 86_400);
        } else if (seconds < 86_400L * 730) {
            amount = fmt("rel.months", seconds / (86_400L * 30));
        } else {
            amount = fmt("rel.years", seconds / (86_400L * 365));
        }
        return fmt(d.isNegative() ? "rel.past" : "rel.future", amount);
    }

    private String fmt(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
