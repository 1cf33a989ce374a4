package io.tokenrefresher.core.profile;

import java.util.Locale;

/** Whether a name can be given to a profile; {@link #key()} names the message for an invalid one. */
public enum NameCheck {
    OK,
    BLANK,
    /** Another profile has it (names compare without case). */
    TAKEN;

    public String key() {
        return "profiles.name." + name().toLowerCase(Locale.ROOT);
    }
}
