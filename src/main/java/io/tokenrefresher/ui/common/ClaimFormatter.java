package io.tokenrefresher.ui.common;

import io.tokenrefresher.core.expiry.RelativeTime;
import io.tokenrefresher.core.jwt.ClaimRow;
import io.tokenrefresher.core.jwt.DecodedToken;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** Turns decoded claims into table rows: times as local date-time plus relative time, raw kept. */
public final class ClaimFormatter {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ResourceBundle bundle;
    private final RelativeTime relative;

    public ClaimFormatter(ResourceBundle bundle) {
        this.bundle = bundle;
        this.relative = new RelativeTime(bundle);
    }

    public List<ClaimRowView> rows(DecodedToken token, Instant now, ZoneId zone) {
        List<ClaimRowView> rows = new ArrayList<>();
        String header = bundle.getString("claims.section.header");
        String payload = bundle.getString("claims.section.payload");
        for (ClaimRow r : token.header()) {
            rows.add(new ClaimRowView(header, r.name(), r.value(), r.raw()));
        }
        for (ClaimRow r : token.payload()) {
            rows.add(new ClaimRowView(payload, r.name(), display(r, now, zone), r.raw()));
        }
        return rows;
    }

    public String dateTime(Instant instant, Instant now, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone)) + "  (" + relative.between(now, instant) + ")";
    }

    public String relative(Instant now, Instant then) {
        return relative.between(now, then);
    }

    private String display(ClaimRow r, Instant now, ZoneId zone) {
        if (r.kind() == ClaimRow.Kind.TIME && r.instant() != null) {
            return dateTime(r.instant(), now, zone);
        }
        return r.value();
    }
}
