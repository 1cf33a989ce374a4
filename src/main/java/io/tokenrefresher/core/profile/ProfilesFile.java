package io.tokenrefresher.core.profile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.tokenrefresher.core.secret.SecretKind;
import io.tokenrefresher.core.secret.StoredSecret;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code profiles.json} holds. Unknown fields are ignored, so an older version of the app reads
 * a file written by a newer one; missing fields get defaults, so a newer version reads an older file.
 *
 * @param schemaVersion           {@link #CURRENT_SCHEMA_VERSION} when written by this version; 0 when absent
 * @param lastUsedProfileId       the profile selected when the app last closed
 * @param window                  the main window's last bounds, or null
 * @param profiles                in the user's order
 * @param secrets                 by profile id: which secret is saved, and where; values only for
 *                                secrets kept in this file (no usable OS credential store)
 * @param secretsInFileNoticeShown the user was told once that secrets are kept in this file
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfilesFile(
        int schemaVersion,
        String lastUsedProfileId,
        WindowBounds window,
        List<GatewayProfile> profiles,
        Map<String, Map<SecretKind, StoredSecret>> secrets,
        boolean secretsInFileNoticeShown) {

    /**
     * 1: the first format. Raise it when a field changes meaning (not when one is added: added fields
     * are read with defaults) and migrate older files in {@link ProfileStore}.
     */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public ProfilesFile {
        profiles = profiles == null ? List.of() : profiles.stream().filter(p -> p != null).toList();
        secrets = withoutNulls(secrets);
    }

    /** The first-run file: one example profile with the seed's defaults and an empty gateway address. */
    public static ProfilesFile firstRun() {
        GatewayProfile example = GatewayProfile.example();
        return new ProfilesFile(CURRENT_SCHEMA_VERSION, example.id(), null, List.of(example), Map.of(), false);
    }

    /** Drops entries a newer or hand-edited file may hold that this version cannot read (unknown kinds, nulls). */
    private static Map<String, Map<SecretKind, StoredSecret>> withoutNulls(
            Map<String, Map<SecretKind, StoredSecret>> source) {
        Map<String, Map<SecretKind, StoredSecret>> clean = new TreeMap<>();
        if (source != null) {
            source.forEach((profileId, entries) -> {
                if (profileId == null || entries == null) {
                    return;
                }
                Map<SecretKind, StoredSecret> kept = new EnumMap<>(SecretKind.class);
                entries.forEach((kind, stored) -> {
                    if (kind != null && stored != null && stored.storedIn() != null) {
                        kept.put(kind, stored);
                    }
                });
                if (!kept.isEmpty()) {
                    clean.put(profileId, Collections.unmodifiableMap(kept));
                }
            });
        }
        return Collections.unmodifiableMap(clean);
    }
}
