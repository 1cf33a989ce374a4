package io.tokenrefresher.core.profile;

import java.util.List;

/**
 * What an import would do, before anything changes: profiles that can be added as they are, and
 * conflicts the user must decide (an import never overwrites a profile without asking).
 *
 * @param additions          new profiles, no collision
 * @param conflicts          collisions with saved profiles
 * @param needSecret         names of imported profiles whose client secret was left out of the
 *                           export: the user has to enter it
 * @param unreadableEntries  entries of the file that were not profiles and were skipped
 */
public record ImportPlan(List<GatewayProfile> additions, List<ImportConflict> conflicts, List<String> needSecret,
                         int unreadableEntries) {

    public ImportPlan {
        additions = List.copyOf(additions);
        conflicts = List.copyOf(conflicts);
        needSecret = List.copyOf(needSecret);
    }

    public boolean isEmpty() {
        return additions.isEmpty() && conflicts.isEmpty();
    }
}
