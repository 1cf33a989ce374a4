package io.tokenrefresher.core.profile;

import java.time.Duration;

/**
 * Whether the window keeps this profile's token alive by itself, and how long before the access token
 * expires it refreshes.
 *
 * @param leadSeconds 0 for automatic: 60 s, or a tenth of the lifetime for tokens shorter than 10 min
 */
public record AutoRefresh(boolean enabled, int leadSeconds) {
    public static final AutoRefresh OFF = new AutoRefresh(false, 0);
    public static final Duration DEFAULT_LEAD = Duration.ofSeconds(60);

    public AutoRefresh {
        leadSeconds = Math.max(0, leadSeconds);
    }

    public AutoRefresh withEnabled(boolean on) {
        return new AutoRefresh(on, leadSeconds);
    }

    public AutoRefresh withLeadSeconds(int seconds) {
        return new AutoRefresh(enabled, seconds);
    }

    /**
     * How long before expiry to refresh a token that lives {@code lifetime} (null when unknown). Never
     * more than half the lifetime: a lead longer than the token's life would refresh without pause.
     */
    public Duration leadFor(Duration lifetime) {
        Duration lead = leadSeconds > 0 ? Duration.ofSeconds(leadSeconds) : DEFAULT_LEAD;
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            return lead;
        }
        if (leadSeconds == 0 && lifetime.compareTo(DEFAULT_LEAD.multipliedBy(10)) < 0) {
            lead = lifetime.dividedBy(10);
        }
        Duration half = lifetime.dividedBy(2);
        return lead.compareTo(half) > 0 ? half : lead;
    }
}
