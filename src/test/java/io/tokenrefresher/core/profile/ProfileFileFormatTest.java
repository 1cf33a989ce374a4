package io.tokenrefresher.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files on disk are a contract: {@code profiles-v1.json} and {@code export-v1.json} were written by
 * the version before the profile's settings were grouped (flat, 16 fields). Reading them and writing
 * them again must give the same bytes: the same field names, in the same order, nothing added.
 */
class ProfileFileFormatTest {

    private static final String UAT_ID = "3f0c6a52-4b1e-4d6e-9a57-0c1d2e3f4a5b";

    @TempDir
    Path home;

    @Test
    void aProfilesFileWrittenBeforeIsReadAndWrittenAgainByteForByte() throws IOException {
        byte[] old = resource("profiles-v1.json");
        Path before = Files.createDirectories(home.resolve("before"));
        Files.write(before.resolve(ProfileStore.FILE_NAME), old);

        ProfileStore.Loaded loaded = new ProfileStore(before).load();
        assertThat(loaded.report().outcome()).isEqualTo(LoadReport.Outcome.LOADED);
        assertThat(loaded.contents().profiles()).extracting(GatewayProfile::name)
                .containsExactly("UAT", "DEV", "Example");

        ProfileStore after = new ProfileStore(home.resolve("after"));
        after.save(loaded.contents());
        assertThat(Files.readAllBytes(after.file())).isEqualTo(old);
    }

    @Test
    void anExportIsWrittenByteForByteAsBeforeAndImportsTheSameProfiles() throws Exception {
        Path dir = Files.createDirectories(home.resolve("export"));
        Files.write(dir.resolve(ProfileStore.FILE_NAME), resource("profiles-v1.json"));
        List<GatewayProfile> profiles = new ProfileStore(dir).load().contents().profiles();
        ProfileTransfer transfer = new ProfileTransfer(ProfileStore.mapper(),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

        String export = transfer.export(profiles, (id, kind) -> id.equals(UAT_ID));

        String old = new String(resource("export-v1.json"), StandardCharsets.UTF_8);
        assertThat(export).isEqualTo(old);
        assertThat(transfer.plan(old, List.of()).additions()).containsExactlyElementsOf(profiles);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ProfileFileFormatTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
