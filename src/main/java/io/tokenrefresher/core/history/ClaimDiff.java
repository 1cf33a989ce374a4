package io.tokenrefresher.core.history;

import io.tokenrefresher.core.jwt.ClaimRow;
import io.tokenrefresher.core.jwt.DecodedToken;
import io.tokenrefresher.core.jwt.TokenInspection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The payload claims that changed, appeared or went away between two tokens, in the newer token's order. */
public final class ClaimDiff {
    private ClaimDiff() {
    }

    /** Empty when either side is not a JWT (nothing to compare claim by claim). */
    public static List<ClaimChange> between(String part, TokenInspection before, TokenInspection after) {
        if (!(before instanceof TokenInspection.Jwt b) || !(after instanceof TokenInspection.Jwt a)) {
            return List.of();
        }
        return between(part, b.token(), a.token());
    }

    public static List<ClaimChange> between(String part, DecodedToken before, DecodedToken after) {
        Map<String, String> old = raw(before);
        Map<String, String> now = raw(after);
        List<ClaimChange> changes = new ArrayList<>();
        now.forEach((name, value) -> {
            if (!old.containsKey(name)) {
                changes.add(new ClaimChange(part, name, ClaimChange.Kind.ADDED, null, value));
            } else if (!Objects.equals(old.get(name), value)) {
                changes.add(new ClaimChange(part, name, ClaimChange.Kind.CHANGED, old.get(name), value));
            }
        });
        old.forEach((name, value) -> {
            if (!now.containsKey(name)) {
                changes.add(new ClaimChange(part, name, ClaimChange.Kind.REMOVED, value, null));
            }
        });
        return List.copyOf(changes);
    }

    private static Map<String, String> raw(DecodedToken token) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ClaimRow row : token.payload()) {
            m.put(row.name(), row.raw());
        }
        return m;
    }
}
