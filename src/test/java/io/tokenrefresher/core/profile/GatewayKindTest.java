package io.tokenrefresher.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.handoff.SaberVersion;
import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The family settings in the profiles file: written at the end, and files from before presets still load. */
class GatewayKindTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aFileFromBeforePresetsLoadsAsTheSeedGateway() throws Exception {
        String old = """
                {"id":"p1","name":"UAT","gateway":"http://10.1.2.3:8080","tokenPath":"/cams-auth/oauth/token",
                 "scope":"all","placement":"AUTO","clientId":"","tenantId":"","extraHeaders":[],"timeoutSeconds":15,
                 "tlsTrust":{"mode":"SYSTEM"},"proxy":{"mode":"SYSTEM"},"colour":"NONE","notes":"",
                 "rememberRefreshToken":true,"md5Password":true}
                """;

        GatewayProfile profile = mapper.readValue(old, GatewayProfile.class);

        assertThat(profile.kind()).isEqualTo(GatewayKind.DEFAULT);
        assertThat(profile.kind().preset()).isEqualTo(GatewayPreset.CAMS);
        assertThat(profile.kind().headerFormat()).isEqualTo(HeaderFormat.BEARER);
        assertThat(profile.client().md5Password()).isTrue();
        assertThat(profile.rememberRefreshToken()).isTrue();
    }

    @Test
    void everyFamilySettingSurvivesTheFile() throws Exception {
        GatewayProfile profile = GatewayProfile.newProfile("spring").withPreset(GatewayPreset.SPRINGBLADE);
        profile = profile.withKind(profile.kind().withCaptchaLogin(true).withCaptchaPath("/auth/captcha")
                .withSm2(true, "04abcdef").withHeaderFormat(HeaderFormat.BEARER)
                .withTestUrl("/blade-system/user/info").withSaberVersion(SaberVersion.SABER3));

        GatewayProfile read = mapper.readValue(mapper.writeValueAsString(profile), GatewayProfile.class);

        assertThat(read).isEqualTo(profile);
        assertThat(read.kind().preset()).isEqualTo(GatewayPreset.SPRINGBLADE);
        assertThat(read.kind().saberVersion()).isEqualTo(SaberVersion.SABER3);
        assertThat(mapper.readTree(mapper.writeValueAsString(profile)).path("preset").asText()).isEqualTo("springblade");
    }

    @Test
    void theSeedsKindWritesNoFamilyFieldsAndAnyOtherWritesThemAll() throws Exception {
        String seed = mapper.writeValueAsString(GatewayProfile.newProfile("seed"));
        String bladex = mapper.writeValueAsString(GatewayProfile.newProfile("b").withPreset(GatewayPreset.BLADEX));

        assertThat(seed).doesNotContain("preset", "captcha", "sm2", "headerFormat", "testUrl");
        assertThat(mapper.readTree(bladex).properties()).extracting(Map.Entry::getKey)
                .endsWith("md5Password", "preset", "captchaPath", "captchaLogin", "sm2Password", "sm2PublicKey",
                        "headerFormat", "testUrl", "saberVersion");
    }

    @Test
    void aPresetOrFormatFromANewerVersionFallsBackToDefaultsInsteadOfFailingTheFile() throws Exception {
        GatewayProfile profile = mapper.readValue(
                "{\"id\":\"p1\",\"name\":\"N\",\"preset\":\"keycloak\",\"headerFormat\":\"x-token\"}",
                GatewayProfile.class);

        assertThat(profile.kind().preset()).isEqualTo(GatewayPreset.CAMS);
        assertThat(profile.kind().headerFormat()).isEqualTo(HeaderFormat.BEARER);
    }
}
