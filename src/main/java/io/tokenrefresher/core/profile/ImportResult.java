package io.tokenrefresher.core.profile;

import java.util.List;

/** What an applied import changed; {@code profiles} is the complete new list. */
public record ImportResult(List<GatewayProfile> profiles, List<GatewayProfile> added, List<GatewayProfile> replaced,
                           int skipped) {
    public ImportResult {
        profiles = List.copyOf(profiles);
        added = List.copyOf(added);
        replaced = List.copyOf(replaced);
    }
}
