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
     * The rule for a profile's name against the names of the <em>other</em> profiles: not blank, and
     * not one of theirs (compared without case and surrounding blanks). Pure, so the profile editor can
     * check as the user types without reaching the service.
     */
    public static NameCheck of(String name, Collection<String> otherNames) {
        if (name == null || name.isBlank()) {
            return BLANK;
        }
        String key = ProfileTransfer.nameKey(name);
        return otherNames.stream().anyMatch(other -> ProfileTransfer.nameKey(other).equals(key)) ? TAKEN : OK;
    }

    public String key() {
        return "profiles.name." + name().toLowerCase(Locale.ROOT);
    }
}
