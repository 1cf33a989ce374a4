package io.tokenrefresher.core.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.secret.SecretKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Export and import of profiles as JSON, so a team can share its environment list. An export never
 * holds a secret: where a profile has one, {@link #SECRET_PLACEHOLDER} stands in its place. An import
 * is first a {@link ImportPlan}; nothing changes until {@link #apply} with the user's choices.
 */
public final class ProfileTransfer {

    public static final String FORMAT = "token-refresher-profiles";
    public static final String SECRET_PLACEHOLDER = "<secret not exported>";
    static final String IMPORTED_SUFFIX = " (imported)";

    private final ObjectMapper mapper;
    private final Clock clock;

    public ProfileTransfer(ObjectMapper mapper, Clock clock) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ProfileTransfer() {
        this(ProfileStore.mapper(), Clock.systemUTC());
    }

    /**
     * The export file's text. {@code hasSecret} says which secrets a profile has, so the placeholder
     * shows the receiver what to fill in; the secret values are never asked for.
     */
    public String export(List<GatewayProfile> profiles, BiPredicate<String, SecretKind> hasSecret) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("schemaVersion", ProfilesFile.CURRENT_SCHEMA_VERSION);
        root.put("exportedAt", clock.instant().toString());
        ArrayNode list = root.putArray("profiles");
        for (GatewayProfile profile : profiles) {
            ObjectNode node = mapper.valueToTree(profile);
            if (hasSecret.test(profile.id(), SecretKind.CLIENT_SECRET)) {
                node.put("clientSecret", SECRET_PLACEHOLDER);
            }
            if (profile.rememberRefreshToken() && hasSecret.test(profile.id(), SecretKind.REFRESH_TOKEN)) {
                node.put("refreshToken", SECRET_PLACEHOLDER);
            }
            list.add(node);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profiles always serialise", e);
        }
    }

    /** Reads an export (or a whole profiles.json) and compares it with the saved profiles. */
    public ImportPlan plan(String json, List<GatewayProfile> existing) throws ImportException {
        JsonNode root;
        try {
            root = mapper.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new ImportException(ImportException.Reason.NOT_JSON,
                    e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject()) {
            throw new ImportException(ImportException.Reason.NOT_A_PROFILE_EXPORT, "not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format != null && !FORMAT.equals(format.asText())) {
            throw new ImportException(ImportException.Reason.NOT_A_PROFILE_EXPORT, "format " + format.asText());
        }
        JsonNode entries = root.get("profiles");
        if (entries == null || !entries.isArray()) {
            throw new ImportException(ImportException.Reason.NOT_A_PROFILE_EXPORT, "no profiles list");
        }
        if (entries.isEmpty()) {
            throw new ImportException(ImportException.Reason.NO_PROFILES, "");
        }
        List<GatewayProfile> additions = new ArrayList<>();
        List<ImportConflict> conflicts = new ArrayList<>();
        List<String> needSecret = new ArrayList<>();
        Set<String> takenIds = new HashSet<>();
        Set<String> takenNames = new HashSet<>();
        existing.forEach(p -> takenNames.add(nameKey(p.name())));
        int unreadable = 0;
        for (JsonNode entry : entries) {
            GatewayProfile incoming = readProfile(entry);
            if (incoming == null) {
                unreadable++;
                continue;
            }
            if (entry.has("clientSecret")) {
                needSecret.add(incoming.name());
            }
            GatewayProfile sameId = existing.stream().filter(p -> p.id().equals(incoming.id())).findFirst().orElse(null);
            GatewayProfile sameName = existing.stream().filter(p -> nameKey(p.name()).equals(nameKey(incoming.name())))
                    .findFirst().orElse(null);
            if (sameId != null || sameName != null) {
                GatewayProfile other = sameId != null ? sameId : sameName;
                conflicts.add(new ImportConflict(incoming, other, sameId != null,
                        nameKey(other.name()).equals(nameKey(incoming.name()))));
                takenIds.add(incoming.id());
                continue;
            }
            // Repeats inside the import itself are kept, made distinct.
            GatewayProfile addition = takenIds.add(incoming.id()) ? incoming : incoming.withNewId();
            if (!takenNames.add(nameKey(addition.name()))) {
                addition = addition.withName(uniqueName(addition.name(), takenNames));
                takenNames.add(nameKey(addition.name()));
            }
            additions.add(addition);
        }
        return new ImportPlan(additions, conflicts, needSecret, unreadable);
    }

    /**
     * Applies a plan: additions go to the end, each conflict as {@code choice} says (a null choice
     * means {@link ImportConflict.Resolution#SKIP}: nothing is overwritten without an answer).
     */
    public static ImportResult apply(List<GatewayProfile> existing, ImportPlan plan,
                                     Function<ImportConflict, ImportConflict.Resolution> choice) {
        List<GatewayProfile> profiles = new ArrayList<>(existing);
        List<GatewayProfile> added = new ArrayList<>();
        List<GatewayProfile> replaced = new ArrayList<>();
        Set<String> takenNames = new HashSet<>();
        Set<String> takenIds = new HashSet<>();
        existing.forEach(p -> {
            takenNames.add(nameKey(p.name()));
            takenIds.add(p.id());
        });
        int skipped = 0;
        for (ImportConflict conflict : plan.conflicts()) {
            ImportConflict.Resolution resolution = choice.apply(conflict);
            int at = indexOf(profiles, conflict.existing().id());
            if (resolution == ImportConflict.Resolution.REPLACE && at >= 0) {
                GatewayProfile replacement = conflict.incoming().withId(conflict.existing().id());
                profiles.set(at, replacement);
                replaced.add(replacement);
            } else if (resolution == ImportConflict.Resolution.KEEP_BOTH) {
                GatewayProfile copy = conflict.incoming();
                if (takenIds.contains(copy.id())) {
                    copy = copy.withNewId();
                }
                copy = copy.withName(uniqueName(copy.name(), takenNames));
                takenNames.add(nameKey(copy.name()));
                takenIds.add(copy.id());
                profiles.add(copy);
                added.add(copy);
            } else {
                skipped++;
            }
        }
        for (GatewayProfile addition : plan.additions()) {
            GatewayProfile fresh = takenIds.add(addition.id()) ? addition : addition.withNewId();
            if (!takenNames.add(nameKey(fresh.name()))) {
                fresh = fresh.withName(uniqueName(fresh.name(), takenNames));
                takenNames.add(nameKey(fresh.name()));
            }
            profiles.add(fresh);
            added.add(fresh);
        }
        return new ImportResult(profiles, added, replaced, skipped);
    }

    /** {@code "Name (imported)"}, then {@code "Name (imported 2)"}, ... whichever is free. */
    static String uniqueName(String name, Set<String> takenNameKeys) {
        String candidate = name + IMPORTED_SUFFIX;
        for (int n = 2; takenNameKeys.contains(nameKey(candidate)); n++) {
            candidate = name + " (imported " + n + ")";
        }
        return candidate;
    }

    /** Names compare without case and surrounding blanks: "UAT" and "uat " would confuse anyone. */
    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private GatewayProfile readProfile(JsonNode entry) {
        if (!entry.isObject()) {
            return null;
        }
        try {
            return mapper.treeToValue(entry, GatewayProfile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static int indexOf(List<GatewayProfile> profiles, String id) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
