package io.tokenrefresher.core.profile;

/**
 * An imported profile that would collide with a saved one: same id (the same profile, exported
 * earlier) or same name. The UI asks the user which {@link Resolution} to take.
 */
public record ImportConflict(GatewayProfile incoming, GatewayProfile existing, boolean sameId, boolean sameName) {

    public enum Resolution {
        /** The imported settings overwrite the saved profile; its id, secrets and selection stay. */
        REPLACE,
        /** Both are kept: the imported one under a fresh id and a name marked "(imported)". */
        KEEP_BOTH,
        /** The saved profile stays as it is. */
        SKIP
    }
}
