package io.tokenrefresher.cli;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import java.time.Duration;
import java.util.List;

/**
 * What a saved profile contributes to a command; every field may be null (not set in the profile).
 *
 * @param md5Password the profile's "send password as MD5" toggle
 */
record ProfileSettings(String name, String gateway, String tokenPath, String scope, ParameterPlacement placement,
                       String clientId, String clientSecret, String tenantId, List<HeaderLine> headers,
                       Duration timeout, boolean md5Password) {

    static final ProfileSettings NONE =
            new ProfileSettings(null, null, null, null, null, null, null, null, List.of(), null, false);

    ProfileSettings {
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    @Override
    public String toString() {
        return "ProfileSettings[" + name + ", " + gateway + "]";
    }
}
