package io.tokenrefresher.core.session.cache;

import java.util.regex.Pattern;

/** File names for a profile's cache entry and lock: its id when that is a plain UUID-like name, else a hash. */
final class CacheFileNames {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private CacheFileNames() {
    }

    /** {@code <profileId><suffix>}; an id with other characters (from a hand-edited file) is hashed. */
    static String of(String profileId, String suffix) {
        String name = SAFE_ID.matcher(profileId).matches() ? profileId
                : "id-" + CachedTokens.fingerprint(profileId).substring(0, 32);
        return name + suffix;
    }
}
