package io.tokenrefresher.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderFormat;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.profile.GatewayProfile;
import io.tokenrefresher.core.secret.SecretRead;
import io.tokenrefresher.ui.common.Tasks;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Choosing a preset in the editor fills its defaults; loading a profile only shows its preset. */
class PresetChoiceTest {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.tokenrefresher.i18n.messages",
            Locale.ENGLISH);
    private final ProfileEditorViewModel viewModel = new ProfileEditorViewModel(Tasks.sameThread(), Runnable::run,
            BUNDLE);

    @Test
    void choosingSpringBladeFillsItsDefaultsAndKeepsTheGateway() {
        GatewayProfile profile = GatewayProfile.newProfile("dev");
        viewModel.load(profile.withEndpoint(profile.endpoint().withGateway("http://10.9.8.7")), List.of(),
                SecretRead.NotStored::new);

        viewModel.form().kind().presetProperty().set(GatewayPreset.SPRINGBLADE);

        GatewayProfile saved = viewModel.result().profile();
        assertThat(saved.endpoint().gateway()).isEqualTo("http://10.9.8.7");
        assertThat(saved.endpoint().tokenPath()).isEqualTo("/blade-auth/token");
        assertThat(saved.endpoint().placement()).isEqualTo(ParameterPlacement.FORM);
        assertThat(saved.client().clientId()).isEqualTo("saber");
        assertThat(saved.client().tenantId()).isEqualTo("000000");
        assertThat(saved.kind().preset()).isEqualTo(GatewayPreset.SPRINGBLADE);
        assertThat(saved.kind().headerFormat()).isEqualTo(HeaderFormat.BLADE_AUTH);
        assertThat(viewModel.result().clientSecret()).as("the family's usual secret, typed for the user")
                .isEqualTo("saber_secret");
    }

    @Test
    void sm2WithoutAValidKeyCannotBeSaved() {
        viewModel.load(GatewayProfile.newProfile("sm2"), List.of(), SecretRead.NotStored::new);

        viewModel.form().kind().sm2PasswordProperty().set(true);
        viewModel.form().kind().sm2PublicKeyProperty().set("04abc");

        assertThat(viewModel.problemProperty().get()).contains("SM2 public key");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        viewModel.form().kind().sm2PasswordProperty().set(false);
        assertThat(viewModel.problemProperty().get()).isEmpty();
    }

    @Test
    void loadingABladexProfileKeepsItsEditedValues() {
        GatewayProfile bladex = GatewayProfile.newProfile("uat").withPreset(GatewayPreset.BLADEX);
        bladex = bladex.withEndpoint(bladex.endpoint().withTokenPath("/auth/oauth/token"));

        viewModel.load(bladex, List.of(), SecretRead.NotStored::new);

        assertThat(viewModel.form().kind().presetProperty().get()).isEqualTo(GatewayPreset.BLADEX);
        assertThat(viewModel.result().profile().endpoint().tokenPath()).isEqualTo("/auth/oauth/token");
    }
}
