package io.tokenrefresher.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.Md5;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.PasswordLogin;
import io.tokenrefresher.core.oauth.TokenRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayProfileTest {

    private final ObjectMapper mapper = ProfileStore.mapper();

    static GatewayProfile uat() {
        return GatewayProfile.newProfile("UAT")
                .withEndpoint(new Endpoint("https://uat.example.test:8443", "/blade-auth/oauth/token", "server",
                        ParameterPlacement.FORM, List.of(new HeaderLine("X-Env", "uat")), 7))
                .withClient(new Client("saber", "000000", true))
                .withConnection(new Connection(TlsTrust.caFile("/etc/ssl/uat-ca.pem"),
                        ProxySetting.manual("proxy.corp", 3128)))
                .withPresentation(new Presentation(EnvironmentColour.RED, "pre-production"))
                .withRememberRefreshToken(true);
    }

    @Test
    void aNewProfileHasTheSeedDefaultsAndAnEmptyGateway() {
        GatewayProfile example = GatewayProfile.example();
        assertThat(example.name()).isEqualTo("Example");
        assertThat(example.endpoint().gateway()).isEmpty();
        assertThat(example.endpoint().tokenPath()).isEqualTo("/cams-auth/oauth/token");
        assertThat(example.endpoint().scope()).isEqualTo("all");
        assertThat(example.endpoint().placement()).isEqualTo(ParameterPlacement.AUTO);
        assertThat(example.endpoint().timeoutSeconds()).isEqualTo(15);
        assertThat(example.client()).isEqualTo(new Client("", "", false));
        assertThat(example.connection().tlsTrust()).isEqualTo(TlsTrust.SYSTEM);
        assertThat(example.connection().proxy()).isEqualTo(ProxySetting.SYSTEM);
        assertThat(example.presentation().colour()).isEqualTo(EnvironmentColour.NONE);
        assertThat(example.rememberRefreshToken()).isFalse();
        assertThat(example.id()).matches("[0-9a-f-]{36}").isNotEqualTo(GatewayProfile.example().id());
    }

    @Test
    void eachPartGivesMissingValuesTheirDefaultsAndTrimsWhatIsTyped() {
        assertThat(new Endpoint(" http://gw:8080 ", " ", null, null,
                Arrays.asList(new HeaderLine("X-A", "1"), null, new HeaderLine(" ", "x")), -1))
                .isEqualTo(new Endpoint("http://gw:8080", "/cams-auth/oauth/token", "all", ParameterPlacement.AUTO,
                        List.of(new HeaderLine("X-A", "1")), 15));
        assertThat(new Endpoint(null, null, " ", null, null, 0).scope()).as("empty: send none").isEmpty();
        assertThat(new Client(" saber ", null, true)).isEqualTo(new Client("saber", "", true));
        assertThat(new Connection(null, null)).isEqualTo(Connection.SYSTEM);
        assertThat(new Presentation(null, null)).isEqualTo(Presentation.NONE);
        GatewayProfile blank = new GatewayProfile(" ", " Name ", null, null, null, null, false);
        assertThat(blank.id()).matches("[0-9a-f-]{36}");
        assertThat(blank.name()).isEqualTo("Name");
        assertThat(blank.withId(null).id()).isNotEqualTo(blank.id());
        assertThat(blank).isEqualTo(GatewayProfile.newProfile("Name").withId(blank.id()));
    }

    @Test
    void withersChangeOneValueAndKeepTheRest() {
        GatewayProfile uat = uat();
        GatewayProfile edited = uat.withEndpoint(uat.endpoint().withScope(""))
                .withClient(uat.client().withMd5Password(false))
                .withConnection(uat.connection().withProxy(ProxySetting.NONE))
                .withPresentation(uat.presentation().withNotes("edited"));
        assertThat(edited.id()).isEqualTo(uat.id());
        assertThat(edited.endpoint()).isEqualTo(new Endpoint("https://uat.example.test:8443",
                "/blade-auth/oauth/token", "", ParameterPlacement.FORM, List.of(new HeaderLine("X-Env", "uat")), 7));
        assertThat(edited.client()).isEqualTo(new Client("saber", "000000", false));
        assertThat(edited.connection()).isEqualTo(new Connection(TlsTrust.caFile("/etc/ssl/uat-ca.pem"),
                ProxySetting.NONE));
        assertThat(edited.presentation()).isEqualTo(new Presentation(EnvironmentColour.RED, "edited"));
        assertThat(edited.rememberRefreshToken()).isTrue();
        assertThat(edited.withName("PRE").withNewId()).satisfies(copy -> {
            assertThat(copy.name()).isEqualTo("PRE");
            assertThat(copy.id()).isNotEqualTo(uat.id());
            assertThat(copy.endpoint()).isEqualTo(edited.endpoint());
        });
    }

    @Test
    void theRefreshRequestCarriesEveryValueOfTheProfile() {
        GatewayProfile uat = uat();
        TokenRequest request = uat.toRequest(
                TokenRequest.refreshParameters("eyJ.refresh.token", uat.endpoint().scope()), "s3cret");
        assertThat(request.gateway()).isEqualTo("https://uat.example.test:8443");
        assertThat(request.tokenPath()).isEqualTo("/blade-auth/oauth/token");
        assertThat(request.parameters()).containsExactly(
                Map.entry("grant_type", "refresh_token"),
                Map.entry("refresh_token", "eyJ.refresh.token"),
                Map.entry("scope", "server"));
        assertThat(request.placement()).isEqualTo(ParameterPlacement.FORM);
        assertThat(request.clientId()).isEqualTo("saber");
        assertThat(request.clientSecret()).isEqualTo("s3cret");
        assertThat(request.tenantId()).isEqualTo("000000");
        assertThat(request.extraHeaders()).containsExactly(new HeaderLine("X-Env", "uat"));
        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aPasswordLogInGoesThroughTheSameEndpointClientAndHeaders() {
        GatewayProfile uat = uat();
        PasswordLogin login = new PasswordLogin("tester", "pw", uat.endpoint().scope(), uat.client().md5Password());

        TokenRequest request = uat.toRequest(login.parameters(), "");

        assertThat(request.parameters()).containsExactly(
                Map.entry("grant_type", "password"),
                Map.entry("username", "tester"),
                Map.entry("password", Md5.hex("pw")),
                Map.entry("scope", "server"));
        assertThat(request.clientSecret()).isEmpty();
        assertThat(request.gateway()).isEqualTo("https://uat.example.test:8443");
        assertThat(request.clientId()).isEqualTo("saber");
        assertThat(request.tenantId()).isEqualTo("000000");
        assertThat(request.extraHeaders()).containsExactly(new HeaderLine("X-Env", "uat"));
    }

    @Test
    void anEmptyScopeSendsNoScope() {
        GatewayProfile profile = GatewayProfile.newProfile("x");
        profile = profile.withEndpoint(profile.endpoint().withScope(""));
        TokenRequest request = profile.toRequest(TokenRequest.refreshParameters("t", profile.endpoint().scope()), "");
        assertThat(request.parameters()).doesNotContainKey("scope");
        assertThat(request.clientId()).as("a blank client id is not sent").isNull();
        assertThat(request.tenantId()).isNull();
    }

    @Test
    void jsonRoundTripKeepsEveryFieldFlatAndWritesNoHelperProperties() throws Exception {
        GatewayProfile profile = uat();
        String json = mapper.writeValueAsString(profile);
        assertThat(mapper.readValue(json, GatewayProfile.class)).isEqualTo(profile);
        assertThat(json).doesNotContain("insecure", "complete", "hostPort", "usable");
        assertThat(mapper.readTree(json).properties()).extracting(Map.Entry::getKey).containsExactly(
                "id", "name", "gateway", "tokenPath", "scope", "placement", "clientId", "tenantId", "extraHeaders",
                "timeoutSeconds", "tlsTrust", "proxy", "colour", "notes", "rememberRefreshToken", "md5Password");
    }

    @Test
    void valuesThisVersionDoesNotKnowFallBackToDefaults() throws Exception {
        String json = """
                {"id":"p1","name":"Future","placement":"MULTIPART","colour":"TEAL",
                 "tlsTrust":{"mode":"PINNED","pin":"abc"},"proxy":{"mode":"PAC","url":"http://pac"},
                 "timeoutSeconds":-3,"newField":{"nested":true}}
                """;
        GatewayProfile profile = mapper.readValue(json, GatewayProfile.class);
        assertThat(profile.endpoint().placement()).isEqualTo(ParameterPlacement.AUTO);
        assertThat(profile.presentation().colour()).isEqualTo(EnvironmentColour.NONE);
        assertThat(profile.connection().tlsTrust()).isEqualTo(TlsTrust.SYSTEM);
        assertThat(profile.connection().proxy().mode()).isEqualTo(ProxySetting.Mode.SYSTEM);
        assertThat(profile.endpoint().timeoutSeconds()).isEqualTo(15);
        assertThat(profile.endpoint().tokenPath()).isEqualTo("/cams-auth/oauth/token");
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
