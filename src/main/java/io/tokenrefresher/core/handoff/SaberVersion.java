package io.tokenrefresher.core.handoff;

import java.util.List;
import java.util.Locale;

/**
 * Which Saber front end the browser snippet logs in, by the cookie and storage names each version reads
 * (from the Saber sources). {@link #ALL} sets every known one: each version reads only its own.
 */
public enum SaberVersion {
    ALL("all", List.of("saber-access-token", "saber3-access-token", "x-access-token"),
            List.of("saber-refresh-token", "saber3-refresh-token"), true),
    /** Saber 3.6 on (Vue 2): {@code saber-access-token}/{@code saber-refresh-token} and localStorage. */
    SABER("saber", List.of("saber-access-token"), List.of("saber-refresh-token"), true),
    /** The Vue 3 line: {@code saber3-access-token}/{@code saber3-refresh-token}. */
    SABER3("saber3", List.of("saber3-access-token"), List.of("saber3-refresh-token"), false),
    /** Older Saber: the {@code x-access-token} cookie and localStorage. */
    LEGACY("legacy", List.of("x-access-token"), List.of(), true);

    private final String id;
    private final List<String> accessCookies;
    private final List<String> refreshCookies;
    private final boolean localStorage;

    SaberVersion(String id, List<String> accessCookies, List<String> refreshCookies, boolean localStorage) {
        this.id = id;
        this.accessCookies = accessCookies;
        this.refreshCookies = refreshCookies;
        this.localStorage = localStorage;
    }

    public String id() {
        return id;
    }

    public List<String> accessCookies() {
        return accessCookies;
    }

    public List<String> refreshCookies() {
        return refreshCookies;
    }

    /** Whether this version keeps the tokens in localStorage too ({@code saber-token}, {@code saber-refreshToken}). */
    public boolean localStorage() {
        return localStorage;
    }

    /** The version named {@code text} (any case); throws IllegalArgumentException naming the known ones. */
    public static SaberVersion parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (SaberVersion v : values()) {
            if (v.id.equals(wanted)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of all, saber, saber3, legacy");
    }
}
