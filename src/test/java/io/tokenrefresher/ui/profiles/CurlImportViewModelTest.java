package io.tokenrefresher.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The cURL dialog's preview and problems as the user pastes, in both languages; secrets masked. */
class CurlImportViewModelTest {
    private static final String CURL = "curl 'http://10.1.2.3:8080/blade-auth/oauth/token' "
            + "-H 'Authorization: Basic c2FiZXI6c2FiZXJfc2VjcmV0' -H 'Tenant-Id: 000000' "
            + "--data-raw 'grant_type=password&username=admin&password=e10adc3949ba59abbe56e057f20f883e&scope=all'";

    @Test
    void previewShowsTheProfileWithTheSecretMaskedAndNoPassword() {
        CurlImportViewModel vm = new CurlImportViewModel(Messages.forLocale(Locale.ENGLISH), "New profile");

        vm.commandProperty().set(CURL);

        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get().profile().name()).isEqualTo("New profile");
        assertThat(vm.resultProperty().get().profile().kind().captchaLogin()).isFalse();
        assertThat(vm.previewProperty().get()).contains("BladeX").contains("http://10.1.2.3:8080/blade-auth/oauth/token")
                .contains("Form body").contains("tenant 000000").contains("MD5 password: yes")
                .doesNotContain("saber_secret").doesNotContain("e10adc3949ba59abbe56e057f20f883e");
    }

    @Test
    void problemsAreNamedInChineseToo() {
        CurlImportViewModel vm = new CurlImportViewModel(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), "新配置");

        vm.commandProperty().set("wget http://x/oauth/token");

        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.problemProperty().get()).isEqualTo("这不是 curl 命令：应以 curl 开头，但开头是“wget”。");
    }
}
