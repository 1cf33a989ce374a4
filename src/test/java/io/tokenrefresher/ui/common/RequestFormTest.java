package io.tokenrefresher.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.TokenRequest;
import io.tokenrefresher.core.profile.Client;
import io.tokenrefresher.core.profile.Connection;
import io.tokenrefresher.core.profile.Endpoint;
import io.tokenrefresher.core.profile.EnvironmentColour;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.profile.Presentation;
import io.tokenrefresher.core.profile.ProxySetting;
import io.tokenrefresher.core.profile.TlsTrust;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestFormTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RequestForm form = new RequestForm();

    private static GatewayProfile uat() {
        return GatewayProfile.newProfile("UAT")
                .withEndpoint(new Endpoint("http://10.1.2.3:8080", "/blade-auth/oauth/token", "server",
                        ParameterPlacement.FORM, List.of(new HeaderLine("X-Env", "uat")), 30))
                .withClient(new Client("saber", "000000", false))
                .withConnection(new Connection(TlsTrust.TRUST_ALL, ProxySetting.NONE))
                .withPresentation(new Presentation(EnvironmentColour.values()[EnvironmentColour.values().length - 1],
                        "shared with the team"));
    }

    @Test
    void loadThenToProfileGivesTheSameProfileBack() {
        GatewayProfile profile = uat();

        form.load(profile);

        assertThat(form.gatewayProperty().get()).isEqualTo("http://10.1.2.3:8080");
        assertThat(form.extraHeadersProperty().get()).isEqualTo("X-Env: uat");
        assertThat(form.toProfile(profile)).isEqualTo(profile);
    }

    @Test
    void editsLandOnTheProfileAndKeepItsIdentityAndPresentation() {
        GatewayProfile profile = uat();
        form.load(profile);

        form.gatewayProperty().set("https://gw.test.example.com");
        form.timeoutSecondsProperty().set(5);
        form.extraHeadersProperty().set("X-Env: uat\nBlade-Auth: bearer x");
        GatewayProfile edited = form.toProfile(profile);

        assertThat(edited.id()).isEqualTo(profile.id());
        assertThat(edited.name()).isEqualTo("UAT");
        assertThat(edited.presentation()).isEqualTo(profile.presentation());
        assertThat(edited.endpoint().gateway()).isEqualTo("https://gw.test.example.com");
        assertThat(edited.endpoint().timeoutSeconds()).isEqualTo(5);
        assertThat(edited.endpoint().extraHeaders()).extracting(HeaderLine::name)
                .containsExactly("X-Env", "Blade-Auth");
    }

    @Test
    void theRequestCarriesEveryFieldAndTheSecretTypedBesideThem() {
        form.load(uat());
        form.clientSecretProperty().set("saber_secret");

        TokenRequest request = form.toRequest(TokenRequest.refreshParameters("rt", "server"));

        assertThat(request.gateway()).isEqualTo("http://10.1.2.3:8080");
        assertThat(request.tokenPath()).isEqualTo("/blade-auth/oauth/token");
        assertThat(request.placement()).isEqualTo(ParameterPlacement.FORM);
        assertThat(request.clientId()).isEqualTo("saber");
        assertThat(request.clientSecret()).isEqualTo("saber_secret");
        assertThat(request.tenantId()).isEqualTo("000000");
        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(request.parameters()).containsEntry("grant_type", "refresh_token").containsEntry("scope", "server");
    }

    @Test
    void anEmptyGatewayIsAProblemWithTheAddressHint() {
        assertThat(form.problem(messages)).hasValueSatisfying(t ->
                assertThat(t.oneLine()).contains("Not a valid gateway address").contains("Type the gateway address"));
    }

    @Test
    void aHeaderLineWithoutColonIsAProblemNamingTheLine() {
        form.gatewayProperty().set("http://10.1.2.3:8080");
        form.extraHeadersProperty().set("X-Env: uat\nBlade-Auth");

        assertThat(form.problem(messages)).hasValueSatisfying(t ->
                assertThat(t.headline()).isEqualTo("Extra header line 2 is not \"Name: value\": Blade-Auth"));
    }

    @Test
    void aCompleteFormHasNoProblem() {
        form.load(uat());

        assertThat(form.problem(messages)).isEmpty();
    }
}
