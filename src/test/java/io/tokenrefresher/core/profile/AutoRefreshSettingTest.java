package io.tokenrefresher.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Auto-refresh and its lead time in the flat file: written only when set, read back, absent in old files. */
class AutoRefreshSettingTest {
    private final ObjectMapper mapper = ProfileStore.mapper();

    @Test
    void anOldFileLoadsWithAutoRefreshOff() throws Exception {
        try (InputStream in = ProfileFileFormatTest.class.getResourceAsStream("profiles-v1.json")) {
            ProfilesFile file = mapper.readValue(in, ProfilesFile.class);
            assertThat(file.profiles()).isNotEmpty().allSatisfy(p -> assertThat(p.autoRefresh())
                    .isEqualTo(AutoRefresh.OFF));
        }
    }

    @Test
    void theSettingIsWrittenAtTheEndAndReadBack() throws Exception {
        GatewayProfile on = GatewayProfile.newProfile("UAT").withAutoRefresh(new AutoRefresh(true, 90));

        String json = mapper.writeValueAsString(on);

        assertThat(json.replaceAll("\\s", ""))
                .endsWith("\"md5Password\":false,\"autoRefresh\":true,\"autoRefreshLeadSeconds\":90}");
        assertThat(mapper.readValue(json, GatewayProfile.class)).isEqualTo(on);
        assertThat(mapper.writeValueAsString(GatewayProfile.newProfile("DEV"))).doesNotContain("autoRefresh");
    }

    @Test
    void theLeadIsAMinuteOrATenthOfShortLifetimesAndNeverMoreThanHalf() {
        AutoRefresh automatic = new AutoRefresh(true, 0);
        assertThat(automatic.leadFor(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(60));
        assertThat(automatic.leadFor(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(30));
        assertThat(automatic.leadFor(null)).isEqualTo(Duration.ofSeconds(60));
        assertThat(new AutoRefresh(true, 300).leadFor(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(5));
        assertThat(new AutoRefresh(true, 300).leadFor(Duration.ofMinutes(4))).isEqualTo(Duration.ofMinutes(2));
        assertThat(List.of(new AutoRefresh(true, -5).leadSeconds())).containsExactly(0);
    }
}
