package io.tokenrefresher.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordLoginTest {

    @Test
    void md5IsLowerCaseHexOfTheUtf8Bytes() {
        // reference values: RFC 1321's test suite, and md5sum of the UTF-8 bytes of "密码"
        assertThat(Md5.hex("")).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(Md5.hex("abc")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(Md5.hex("密码")).isEqualTo("a8105204604a0b11e916f3879aae3b0b");
    }

    @Test
    void parametersAreThePasswordGrantInOrderWithThePasswordAsTypedOrHashed() {
        PasswordLogin plain = new PasswordLogin("admin", "admin", "all", false);
        PasswordLogin hashed = new PasswordLogin("admin", "admin", "all", true);

        assertThat(plain.parameters()).containsExactly(
                Map.entry("grant_type", "password"), Map.entry("username", "admin"),
                Map.entry("password", "admin"), Map.entry("scope", "all"));
        assertThat(hashed.parameters()).containsEntry("password", "21232f297a57a5a743894a0e4a801fc3");
    }

    @Test
    void theRequestCarriesTheGrantAndNeverShowsThePassword() {
        PasswordLogin login = new PasswordLogin("admin", "s3cret!", "", true);

        TokenRequest request = new TokenRequest("http://gw:8080", null, login.parameters(), ParameterPlacement.FORM,
                null, null, null, List.of(), null);

        assertThat(request.grantType()).isEqualTo("password");
        assertThat(request.parameters()).doesNotContainKey("scope");
        assertThat(request.placement()).isEqualTo(ParameterPlacement.FORM);
        assertThat(login.toString()).doesNotContain("s3cret").doesNotContain(login.wirePassword());
        assertThat(request.toString()).doesNotContain("s3cret").doesNotContain(login.wirePassword());
    }
}
