package io.tokenrefresher.core.profile;

import java.util.Collection;
import java.util.Locale;

/** Whether a name can be given to a profile; {@link #key()} names the message for an invalid one. */
public enum NameCheck {
    OK,
    BLANK,
    /** Another profile has it (names compare without case). */
    TAKEN;

    /**
     * Whether {@code name} can be given to the profile {@code exceptProfileId} (null for a new one)
     * among {@code profiles}. Pure, so the window checks it as the user types, without the service.
     */
    public static NameCheck of(String name, Collection<GatewayProfile> profiles, String exceptProfileId) {
        if (name == null || name.isBlank()) {
            return BLANK;
        }
        String key = ProfileTransfer.nameKey(name);
        boolean taken = profiles.stream()
                .anyMatch(p -> !p.id().equals(exceptProfileId) && ProfileTransfer.nameKey(p.name()).equals(key));
        return taken ? TAKEN : OK;
    }

    public String key() {
        return "profiles.name." + name().toLowerCase(Locale.ROOT);
    }
}
