package io.tokenrefresher.core.curl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenrefresher.core.oauth.GatewayPreset;
import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.profile.GatewayProfile;
import org.junit.jupiter.api.Test;

/** Token requests as DevTools, Postman and Apifox copy them, bash and cmd, read into profiles. */
class CurlImportTest {
    private static final String MD5 = "e10adc3949ba59abbe56e057f20f883e";
    private static final String RT = "eyJhbGciOiJIUzI1NiJ9.eyJhdGkiOiJhYmMifQ.c2lnbmF0dXJl";

    @Test
    void chromeBashFormPostToBladeX() {
        String curl = """
                curl 'http://10.1.2.3:8080/blade-auth/oauth/token?tenantId=000000&username=admin&password=%s&grant_type=captcha&scope=all&type=account' \\
                  -X 'POST' \\
                  -H 'Accept: application/json, text/plain, */*' \\
                  -H 'Authorization: Basic c2FiZXI6c2FiZXJfc2VjcmV0' \\
                  -H 'Tenant-Id: 000000' \\
                  -H 'Captcha-Key: 8f1d2c' \\
                  -H 'Captcha-Code: 1234' \\
                  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64)' \\
                  --compressed \\
                  --insecure
                """.formatted(MD5);

        CurlImport.Result r = CurlImport.read(curl, "uat");

        GatewayProfile p = r.profile();
        assertThat(p.kind().preset()).isEqualTo(GatewayPreset.BLADEX);
        assertThat(p.endpoint().gateway()).isEqualTo("http://10.1.2.3:8080");
        assertThat(p.endpoint().tokenPath()).isEqualTo("/blade-auth/oauth/token");
        assertThat(p.endpoint().placement()).isEqualTo(ParameterPlacement.QUERY);
        assertThat(p.endpoint().scope()).isEqualTo("all");
        assertThat(p.endpoint().extraHeaders()).isEmpty();
        assertThat(p.client().clientId()).isEqualTo("saber");
        assertThat(p.client().tenantId()).isEqualTo("000000");
        assertThat(p.client().md5Password()).isTrue();
        assertThat(r.clientSecret()).isEqualTo("saber_secret");
        assertThat(r.username()).isEqualTo("admin");
        assertThat(p.kind().captchaLogin()).as("a captcha grant was copied").isTrue();
        assertThat(p.toString() + p.endpoint() + p.client()).doesNotContain(MD5);
    }

    @Test
    void chromeBashJsonWithDataRawToTheSeedGateway() {
        String curl = "curl 'https://gw.uat.example.com/cams-auth/oauth/token' \\\n"
                + "  -H 'content-type: application/json;charset=UTF-8' \\\n"
                + "  -H 'sec-ch-ua-platform: \"Windows\"' \\\n"
                + "  --data-raw '{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + RT + "\",\"scope\":\"all\"}'";

        CurlImport.Result r = CurlImport.read(curl, "seed");

        assertThat(r.profile().kind().preset()).isEqualTo(GatewayPreset.CAMS);
        assertThat(r.profile().endpoint().placement()).isEqualTo(ParameterPlacement.JSON);
        assertThat(r.profile().endpoint().gateway()).isEqualTo("https://gw.uat.example.com");
        assertThat(r.refreshToken()).as("offered for the token field").isEqualTo(RT);
        assertThat(r.grantType()).isEqualTo("refresh_token");
        assertThat(r.profile().endpoint().extraHeaders()).isEmpty();
    }

    @Test
    void chromeCmdWithCaretsAndEscapedQuotes() {
        String curl = "curl \"http://10.1.2.3:8080/cams-auth/oauth/token\" ^\r\n"
                + "  -H \"Content-Type: application/json\" ^\r\n"
                + "  -H \"X-Env: uat\" ^\r\n"
                + "  --data-raw \"^{^\\^\"grant_type^\\^\":^\\^\"password^\\^\",^\\^\"username^\\^\":^\\^\"tester^\\^\",^\\^\"password^\\^\":^\\^\"" + MD5 + "^\\^\"^}\" ^\r\n"
                + "  --compressed";

        CurlImport.Result r = CurlImport.read(curl, "cmd");

        assertThat(r.profile().endpoint().placement()).isEqualTo(ParameterPlacement.JSON);
        assertThat(r.grantType()).isEqualTo("password");
        assertThat(r.username()).isEqualTo("tester");
        assertThat(r.profile().client().md5Password()).isTrue();
        assertThat(r.profile().endpoint().extraHeaders()).containsExactly(new HeaderLine("X-Env", "uat"));
    }

    @Test
    void postmanSpringBladeFormWithChineseHeaderValue() {
        String curl = """
                curl --location --request POST 'http://192.168.1.20/blade-auth/token' \\
                --header 'Authorization: Basic c2FiZXI6c2FiZXJfc2VjcmV0' \\
                --header 'User-Type: web' \\
                --header 'X-Team: 测试组' \\
                --header 'Content-Type: application/x-www-form-urlencoded' \\
                --data-urlencode 'grantType=password' \\
                --data-urlencode 'tenantId=000000' \\
                --data-urlencode 'account=admin' \\
                --data-urlencode 'password=admin'
                """;

        CurlImport.Result r = CurlImport.read(curl, "spring");

        assertThat(r.profile().kind().preset()).isEqualTo(GatewayPreset.SPRINGBLADE);
        assertThat(r.profile().endpoint().placement()).isEqualTo(ParameterPlacement.FORM);
        assertThat(r.profile().client().tenantId()).isEqualTo("000000");
        assertThat(r.profile().client().md5Password()).isFalse();
        assertThat(r.username()).isEqualTo("admin");
        assertThat(r.profile().endpoint().extraHeaders())
                .containsExactly(new HeaderLine("User-Type", "web"), new HeaderLine("X-Team", "测试组"));
    }

    @Test
    void dashUGivesTheClientAndAStandardServerGetsTheOAuth2Preset() {
        String curl = "curl -s -u 'my-app:s3cr3t with space' -d grant_type=client_credentials "
                + "-d scope=openid https://sso.example.com/realms/test/protocol/openid-connect/token";

        CurlImport.Result r = CurlImport.read(curl, "kc");

        assertThat(r.profile().kind().preset()).isEqualTo(GatewayPreset.OAUTH2);
        assertThat(r.profile().client().clientId()).isEqualTo("my-app");
        assertThat(r.clientSecret()).isEqualTo("s3cr3t with space");
        assertThat(r.profile().endpoint().tokenPath()).isEqualTo("/realms/test/protocol/openid-connect/token");
        assertThat(r.profile().endpoint().scope()).isEqualTo("openid");
    }

    @Test
    void apifoxDoubleQuotesAndAnsiCQuotedBody() {
        String curl = "curl --location --request POST \"http://10.0.0.5:8000/blade-auth/oauth/token\" "
                + "--header \"Tenant-Id: 000000\" --header \"Authorization: Basic c2FiZXI6c2FiZXJfc2VjcmV0\" "
                + "--data-raw $'grant_type=refresh_token&refresh_token=" + RT + "&scope=all'";

        CurlImport.Result r = CurlImport.read(curl, "apifox");

        assertThat(r.profile().kind().preset()).isEqualTo(GatewayPreset.BLADEX);
        assertThat(r.profile().endpoint().placement()).isEqualTo(ParameterPlacement.FORM);
        assertThat(r.refreshToken()).isEqualTo(RT);
        assertThat(r.profile().client().tenantId()).isEqualTo("000000");
    }

    @Test
    void notACurlCommandSaysSoWithoutEchoingALongToken() {
        assertThatThrownBy(() -> CurlImport.read(RT, "x")).isInstanceOfSatisfying(CurlImportException.class, e -> {
            assertThat(e.problem()).isEqualTo(CurlImportException.Problem.NOT_CURL);
            assertThat(e.detail()).hasSizeLessThanOrEqualTo(13);
        });
        assertThatThrownBy(() -> CurlImport.read("   ", "x"))
                .hasFieldOrPropertyWithValue("problem", CurlImportException.Problem.EMPTY);
    }

    @Test
    void notATokenCallUnclosedQuotesAndMissingUrlsAreNamed() {
        assertThatThrownBy(() -> CurlImport.read("curl 'http://10.1.2.3/blade-system/user/info' -H 'Blade-Auth: bearer x'", "x"))
                .hasFieldOrPropertyWithValue("problem", CurlImportException.Problem.NOT_A_TOKEN_CALL);
        assertThatThrownBy(() -> CurlImport.read("curl 'http://10.1.2.3/oauth/token", "x"))
                .hasFieldOrPropertyWithValue("problem", CurlImportException.Problem.UNCLOSED_QUOTE);
        assertThatThrownBy(() -> CurlImport.read("curl -X POST -H 'A: b'", "x"))
                .hasFieldOrPropertyWithValue("problem", CurlImportException.Problem.NO_URL);
        assertThatThrownBy(() -> CurlImport.read("curl ftp://files.example.com/token", "x"))
                .hasFieldOrPropertyWithValue("problem", CurlImportException.Problem.BAD_URL);
    }
}
