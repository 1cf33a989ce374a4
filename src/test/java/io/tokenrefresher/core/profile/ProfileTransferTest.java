package io.tokenrefresher.core.profile;

import static io.tokenrefresher.core.profile.TestProfiles.named;
import static io.tokenrefresher.core.profile.TestProfiles.withGateway;
import static io.tokenrefresher.core.profile.TestProfiles.withNotes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenrefresher.core.secret.SecretKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTransferTest {

    private final ProfileTransfer transfer = new ProfileTransfer(ProfileStore.mapper(),
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void anExportNamesItsFormatAndPutsPlaceholdersWhereSecretsAre() throws Exception {
        GatewayProfile withSecrets = GatewayProfileTest.uat();
        GatewayProfile without = GatewayProfile.newProfile("DEV");

        String json = transfer.export(List.of(withSecrets, without), (id, kind) -> id.equals(withSecrets.id()));

        JsonNode root = ProfileStore.mapper().readTree(json);
        assertThat(root.get("format").asText()).isEqualTo("token-refresher-profiles");
        assertThat(root.get("exportedAt").asText()).isEqualTo("2026-11-25T10:00:00Z");
        JsonNode first = root.get("profiles").get(0);
        assertThat(first.get("clientSecret").asText()).isEqualTo("<secret not exported>");
        assertThat(first.get("refreshToken").asText()).isEqualTo("<secret not exported>");
        assertThat(first.get("gateway").asText()).isEqualTo("https://uat.example.test:8443");
        JsonNode second = root.get("profiles").get(1);
        assertThat(second.has("clientSecret")).isFalse();
        assertThat(second.has("refreshToken")).isFalse();
    }

    @Test
    void importingIntoAnEmptyListAddsEverythingAsExported() throws Exception {
        GatewayProfile uat = GatewayProfileTest.uat();
        String json = transfer.export(List.of(uat), (id, kind) -> kind == SecretKind.CLIENT_SECRET);

        ImportPlan plan = transfer.plan(json, List.of());

        assertThat(plan.additions()).containsExactly(uat);
        assertThat(plan.conflicts()).isEmpty();
        assertThat(plan.needSecret()).containsExactly("UAT");
        ImportResult result = ProfileTransfer.apply(List.of(), plan, c -> ImportConflict.Resolution.REPLACE);
        assertThat(result.profiles()).containsExactly(uat);
        assertThat(result.added()).containsExactly(uat);
    }

    @Test
    void sameIdOrSameNameIsAConflictAndNothingIsOverwrittenWithoutAnAnswer() throws Exception {
        GatewayProfile savedUat = named("UAT", "https://old-uat");
        GatewayProfile savedDev = GatewayProfile.newProfile("DEV");
        GatewayProfile incomingSameId = withGateway(savedUat, "https://new-uat");
        GatewayProfile incomingSameName = named("dev ", "https://their-dev");
        GatewayProfile incomingNew = GatewayProfile.newProfile("SIT");
        String json = transfer.export(List.of(incomingSameId, incomingSameName, incomingNew), (id, kind) -> false);
        List<GatewayProfile> saved = List.of(savedUat, savedDev);

        ImportPlan plan = transfer.plan(json, saved);

        assertThat(plan.additions()).containsExactly(incomingNew);
        assertThat(plan.conflicts()).hasSize(2);
        assertThat(plan.conflicts().get(0)).isEqualTo(new ImportConflict(incomingSameId, savedUat, true, true));
        assertThat(plan.conflicts().get(1)).isEqualTo(
                new ImportConflict(plan.conflicts().get(1).incoming(), savedDev, false, true));

        ImportResult unanswered = ProfileTransfer.apply(saved, plan, c -> null);
        assertThat(unanswered.profiles()).containsExactly(savedUat, savedDev, incomingNew);
        assertThat(unanswered.skipped()).isEqualTo(2);

        ImportResult answered = ProfileTransfer.apply(saved, plan,
                c -> c.sameId() ? ImportConflict.Resolution.REPLACE : ImportConflict.Resolution.KEEP_BOTH);
        assertThat(answered.replaced()).containsExactly(incomingSameId);
        assertThat(answered.profiles()).extracting(GatewayProfile::name)
                .containsExactly("UAT", "DEV", "dev (imported)", "SIT");
        assertThat(answered.profiles().get(0).endpoint().gateway()).isEqualTo("https://new-uat");
        assertThat(answered.profiles().get(0).id()).isEqualTo(savedUat.id());
    }

    @Test
    void replacingASameNameProfileKeepsTheSavedId() throws Exception {
        GatewayProfile saved = GatewayProfile.newProfile("UAT");
        GatewayProfile incoming = withNotes(GatewayProfile.newProfile("UAT"), "theirs");
        ImportPlan plan = transfer.plan(transfer.export(List.of(incoming), (id, kind) -> false), List.of(saved));

        ImportResult result = ProfileTransfer.apply(List.of(saved), plan, c -> ImportConflict.Resolution.REPLACE);

        assertThat(result.profiles()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(saved.id());
            assertThat(p.presentation().notes()).isEqualTo("theirs");
        });
    }

    @Test
    void keepBothTwiceGivesDistinctNames() throws Exception {
        GatewayProfile saved = GatewayProfile.newProfile("UAT");
        GatewayProfile alreadyImported = GatewayProfile.newProfile("UAT (imported)");
        String json = transfer.export(List.of(saved), (id, kind) -> false);
        ImportPlan plan = transfer.plan(json, List.of(saved, alreadyImported));

        ImportResult result = ProfileTransfer.apply(List.of(saved, alreadyImported), plan,
                c -> ImportConflict.Resolution.KEEP_BOTH);

        GatewayProfile kept = result.added().get(0);
        assertThat(kept.name()).isEqualTo("UAT (imported 2)");
        assertThat(kept.id()).isNotEqualTo(saved.id());
    }

    @Test
    void repeatsInsideOneImportAreMadeDistinctAndBadEntriesCounted() throws Exception {
        String json = """
                {"profiles": [{"id": "a", "name": "X"}, {"id": "a", "name": "X"}, 42, {"name": "Y", "timeoutSeconds": "soon"}]}
                """;
        ImportPlan plan = transfer.plan(json, List.of());

        assertThat(plan.additions()).extracting(GatewayProfile::name).containsExactly("X", "X (imported)");
        assertThat(plan.additions().get(1).id()).isNotEqualTo("a");
        assertThat(plan.unreadableEntries()).isEqualTo(2);
    }

    @Test
    void filesThatAreNotExportsAreRefusedWithAReason() {
        assertThatThrownBy(() -> transfer.plan("{not json", List.of()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.NOT_JSON));
        assertThatThrownBy(() -> transfer.plan("{\"format\": \"other-app\", \"profiles\": []}", List.of()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.key()).isEqualTo("profiles.import.not_a_profile_export"));
        assertThatThrownBy(() -> transfer.plan("{\"access_token\": \"x\"}", List.of()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.NOT_A_PROFILE_EXPORT));
        assertThatThrownBy(() -> transfer.plan("{\"profiles\": []}", List.of()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.NO_PROFILES));
    }
}
