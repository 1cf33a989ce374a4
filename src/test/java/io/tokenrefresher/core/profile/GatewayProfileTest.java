package io.tokenrefresher.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayProfileTest {

    private final ObjectMapper mapper = ProfileStore.mapper();

    static GatewayProfile uat() {
        return GatewayProfile.newProfile("UAT")
                .withGateway("https://uat.example.test:8443")
                .withTokenPath("/blade-auth/oauth/token")
                .withScope("server")
                .withPlacement(ParameterPlacement.FORM)
                .withClientId("saber")
                .withTenantId("000000")
                .withExtraHeaders(List.of(new HeaderLine("X-Env", "uat")))
                .withTimeoutSeconds(7)
                .withTlsTrust(TlsTrust.caFile("/etc/ssl/uat-ca.pem"))
                .withProxy(ProxySetting.manual("proxy.corp", 3128))
                .withColour(EnvironmentColour.RED)
                .withNotes("pre-production")
                .withRememberRefreshToken(true)
                .withMd5Password(true);
    }

    @Test
    void aNewProfileHasTheSeedDefaultsAndAnEmptyGateway() {
        GatewayProfile example = GatewayProfile.example();
        assertThat(example.name()).isEqualTo("Example");
        assertThat(example.gateway()).isEmpty();
        assertThat(example.tokenPath()).isEqualTo("/cams-auth/oauth/token");
        assertThat(example.scope()).isEqualTo("all");
        assertThat(example.placement()).isEqualTo(ParameterPlacement.AUTO);
        assertThat(example.timeoutSeconds()).isEqualTo(15);
        assertThat(example.tlsTrust()).isEqualTo(TlsTrust.SYSTEM);
        assertThat(example.proxy()).isEqualTo(ProxySetting.SYSTEM);
        assertThat(example.colour()).isEqualTo(EnvironmentColour.NONE);
        assertThat(example.rememberRefreshToken()).isFalse();
        assertThat(example.id()).matches("[0-9a-f-]{36}").isNotEqualTo(GatewayProfile.example().id());
    }

    @Test
    void theRefreshRequestCarriesEveryValueOfTheProfile() {
        TokenRequest request = uat().toRefreshRequest("eyJ.refresh.token", "s3cret");
        assertThat(request.gateway()).isEqualTo("https://uat.example.test:8443");
        assertThat(request.tokenPath()).isEqualTo("/blade-auth/oauth/token");
        assertThat(request.parameters()).containsExactly(
                java.util.Map.entry("grant_type", "refresh_token"),
                java.util.Map.entry("refresh_token", "eyJ.refresh.token"),
                java.util.Map.entry("scope", "server"));
        assertThat(request.placement()).isEqualTo(ParameterPlacement.FORM);
        assertThat(request.clientId()).isEqualTo("saber");
        assertThat(request.clientSecret()).isEqualTo("s3cret");
        assertThat(request.tenantId()).isEqualTo("000000");
        assertThat(request.extraHeaders()).containsExactly(new HeaderLine("X-Env", "uat"));
        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void anEmptyScopeSendsNoScope() {
        TokenRequest request = GatewayProfile.newProfile("x").withScope("").toRefreshRequest("t", "");
        assertThat(request.parameters()).doesNotContainKey("scope");
    }

    @Test
    void jsonRoundTripKeepsEveryFieldAndWritesNoHelperProperties() throws Exception {
        GatewayProfile profile = uat();
        String json = mapper.writeValueAsString(profile);
        assertThat(mapper.readValue(json, GatewayProfile.class)).isEqualTo(profile);
        assertThat(json).doesNotContain("insecure", "complete", "hostPort", "usable");
    }

    @Test
    void valuesThisVersionDoesNotKnowFallBackToDefaults() throws Exception {
        String json = """
                {"id":"p1","name":"Future","placement":"MULTIPART","colour":"TEAL",
                 "tlsTrust":{"mode":"PINNED","pin":"abc"},"proxy":{"mode":"PAC","url":"http://pac"},
                 "timeoutSeconds":-3,"newField":{"nested":true}}
                """;
        GatewayProfile profile = mapper.readValue(json, GatewayProfile.class);
        assertThat(profile.placement()).isEqualTo(ParameterPlacement.AUTO);
        assertThat(profile.colour()).isEqualTo(EnvironmentColour.NONE);
        assertThat(profile.tlsTrust()).isEqualTo(TlsTrust.SYSTEM);
        assertThat(profile.proxy().mode()).isEqualTo(ProxySetting.Mode.SYSTEM);
        assertThat(profile.timeoutSeconds()).isEqualTo(15);
        assertThat(profile.tokenPath()).isEqualTo("/cams-auth/oauth/token");
    }

    @Test
    void proxyHostPortIsParsedAndShown() {
        assertThat(ProxySetting.parseHostPort(" proxy.corp:3128 ")).isEqualTo(ProxySetting.manual("proxy.corp", 3128));
        assertThat(ProxySetting.parseHostPort("[::1]:8080").hostPort()).isEqualTo("[::1]:8080");
        assertThat(ProxySetting.parseHostPort("proxy.corp")).isNull();
        assertThat(ProxySetting.parseHostPort("proxy.corp:99999")).isNull();
        assertThat(ProxySetting.parseHostPort(":80")).isNull();
        assertThat(TlsTrust.TRUST_ALL.isInsecure()).isTrue();
        assertThat(TlsTrust.caFile("ca.pem").isInsecure()).isFalse();
    }
}
