package io.tokenrefresher.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.PasswordLogin;
import org.junit.jupiter.api.Test;

class LoginViewModelTest {

    @Test
    void startsWithTheWindowsScopeTheProfilesMd5AndTheLastUser() {
        LoginViewModel viewModel = new LoginViewModel("server", true, "bullfrog");

        assertThat(viewModel.scopeProperty().get()).isEqualTo("server");
        assertThat(viewModel.md5Property().get()).isTrue();
        assertThat(viewModel.usernameProperty().get()).isEqualTo("bullfrog");
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.startsWithPassword()).isTrue();
    }

    @Test
    void withoutALastUserTheUserNameComesFirst() {
        LoginViewModel viewModel = new LoginViewModel("all", false, null);

        assertThat(viewModel.usernameProperty().get()).isEmpty();
        assertThat(viewModel.startsWithPassword()).isFalse();
    }

    @Test
    void canSubmitOnlyWithUserNameAndPassword() {
        LoginViewModel viewModel = new LoginViewModel("all", false, null);
        assertThat(viewModel.canSubmitProperty().get()).isFalse();

        viewModel.usernameProperty().set("bullfrog");
        assertThat(viewModel.canSubmitProperty().get()).isFalse();

        viewModel.passwordProperty().set("secret");
        assertThat(viewModel.canSubmitProperty().get()).isTrue();

        viewModel.usernameProperty().set("");
        assertThat(viewModel.canSubmitProperty().get()).isFalse();
    }

    @Test
    void theLoginCarriesWhatWasTypedWithTheUserNameStripped() {
        LoginViewModel viewModel = new LoginViewModel("all", true, null);
        viewModel.usernameProperty().set("  bullfrog ");
        viewModel.passwordProperty().set(" pass word ");
        viewModel.scopeProperty().set("server");
        viewModel.md5Property().set(false);

        assertThat(viewModel.toLogin()).isEqualTo(new PasswordLogin("bullfrog", " pass word ", "server", false));
    }

    @Test
    void clearingForgetsThePasswordButKeepsTheRest() {
        LoginViewModel viewModel = new LoginViewModel("all", true, "bullfrog");
        viewModel.passwordProperty().set("secret");

        viewModel.clearPassword();

        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.usernameProperty().get()).isEqualTo("bullfrog");
        assertThat(viewModel.canSubmitProperty().get()).isFalse();
    }

    @Test
    void aNullScopeBecomesEmpty() {
        assertThat(new LoginViewModel(null, false, "u").scopeProperty().get()).isEmpty();
    }
}
