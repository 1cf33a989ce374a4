package io.tokenrefresher.core.oauth.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.ParameterPlacement;
import io.tokenrefresher.core.oauth.exchange.RequestCommands.Shell;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The four copy-as forms of a request: secrets only with secrets, variables otherwise, and quoting that
 * survives Chinese text, both quotes, {@code $}, {@code %} and newlines. The bash form is checked by bash
 * itself: {@code printf} prints each argument as the shell passed it to the program.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RequestCommandsTest {
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhdGkiOiJ4In0.c2lnbmF0dXJl";
    private static final String TRICKY = "租户 \"a\" 'b' $HOME %PATH% `x` & | ^ !\nline2\\";
    private static final String BASIC = "Basic c2FiZXI6c2FiZXJfc2VjcmV0"; // saber:saber_secret

    private static WireRequest formRequest(String tenant) {
        String body = "grant_type=refresh_token&refresh_token=" + TOKEN + "&scope=all";
        return new WireRequest("POST", URI.create("http://127.0.0.1:8080/cams-auth/oauth/token"),
                ParameterPlacement.FORM,
                List.of(new HeaderLine("Host", "127.0.0.1:8080"), new HeaderLine("Content-Length", "90"),
                        new HeaderLine("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8"),
                        new HeaderLine("Authorization", BASIC), new HeaderLine("Tenant-Id", tenant)),
                body, "saber", List.of(new WireRequest.SecretSpot("REFRESH_TOKEN", TOKEN)));
    }

    @Test
    void withoutSecretsTheTokenAndClientSecretAreVariables() {
        String curl = RequestCommands.render(formRequest("000000"), Shell.CURL_BASH, false);

        assertThat(curl).isEqualTo("curl --http1.1 -sS 'http://127.0.0.1:8080/cams-auth/oauth/token' \\\n"
                + "  -H 'Content-Type: application/x-www-form-urlencoded;charset=UTF-8' \\\n"
                + "  -H 'Tenant-Id: 000000' \\\n"
                + "  -u 'saber:'\"$CLIENT_SECRET\" \\\n"
                + "  --data-raw 'grant_type=refresh_token&refresh_token='\"$REFRESH_TOKEN\"'&scope=all'");
        for (Shell shell : Shell.values()) {
            String text = RequestCommands.render(formRequest("000000"), shell, false);
            assertThat(text).as(shell.name()).doesNotContain(TOKEN).doesNotContain(BASIC).doesNotContain("c2FiZXI6");
        }
    }

    @Test
    void withSecretsTheExactHeaderAndBodyAreWritten() {
        String curl = RequestCommands.render(formRequest("000000"), Shell.CURL_BASH, true);

        assertThat(curl).contains("-H 'Authorization: " + BASIC + "'")
                .contains("--data-raw 'grant_type=refresh_token&refresh_token=" + TOKEN + "&scope=all'")
                .doesNotContain("-u ").doesNotContain("Host:").doesNotContain("Content-Length");
    }

    @Test
    void bashReceivesTrickyTextExactly() throws Exception {
        String curl = RequestCommands.render(formRequest(TRICKY), Shell.CURL_BASH, false);
        // the command's arguments, one per line, as bash hands them to the program
        String printed = bash("set -- " + curl.substring("curl".length()).replace("\\\n", "")
                + "; for a in \"$@\"; do printf '[%s]' \"$a\"; done",
                Map.of("CLIENT_SECRET", "s3cr$t", "REFRESH_TOKEN", TOKEN));

        assertThat(printed).contains("[Tenant-Id: " + TRICKY + "]")
                .contains("[saber:s3cr$t]")
                .contains("[grant_type=refresh_token&refresh_token=" + TOKEN + "&scope=all]");
    }

    @Test
    void windowsCmdEscapesWithCaretsAndKeepsVariables() {
        String cmd = RequestCommands.render(formRequest("租户 \"a\" %PATH% & x"), Shell.CURL_CMD, false);

        assertThat(cmd).startsWith("curl.exe --http1.1 -sS ^\"http://127.0.0.1:8080/cams-auth/oauth/token^\" ^\n")
                .contains("-H ^\"Tenant-Id: ^租^户 ^\\^\"a^\\^\" ^%^PATH^% ^& x^\"")
                .contains("-u ^\"saber:%CLIENT_SECRET%^\"")
                .contains("--data-raw ^\"grant_type=refresh_token^&refresh_token=%REFRESH_TOKEN%^&scope=all^\"");
        String newline = RequestCommands.render(formRequest("a\nb"), Shell.CURL_CMD, false);
        assertThat(newline).contains("-H ^\"Tenant-Id: a^\n\nb^\"");
    }

    @Test
    void powerShellQuotesSingleAndSendsUtf8Bytes() {
        String ps = RequestCommands.render(formRequest("it's $x ‘q’"), Shell.POWERSHELL, false);

        assertThat(ps).startsWith("Invoke-RestMethod -Method Post -Uri 'http://127.0.0.1:8080/cams-auth/oauth/token'")
                .contains("-Headers @{ 'Tenant-Id' = 'it''s $x ‘‘q’’'; 'Authorization' = 'Basic ' + "
                        + "[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes(('saber:' + $env:CLIENT_SECRET))) }")
                .contains("-ContentType 'application/x-www-form-urlencoded;charset=UTF-8'")
                .contains("-Body ([Text.Encoding]::UTF8.GetBytes(('grant_type=refresh_token&refresh_token=' + "
                        + "$env:REFRESH_TOKEN + '&scope=all')))");
    }

    @Test
    void httpieUsesHeaderItemsAndRawBody() {
        String http = RequestCommands.render(formRequest("000000"), Shell.HTTPIE, false);

        assertThat(http).isEqualTo("http --ignore-stdin POST 'http://127.0.0.1:8080/cams-auth/oauth/token' \\\n"
                + "  'Content-Type:application/x-www-form-urlencoded;charset=UTF-8' \\\n"
                + "  'Tenant-Id:000000' \\\n"
                + "  -a 'saber:'\"$CLIENT_SECRET\" \\\n"
                + "  --raw 'grant_type=refresh_token&refresh_token='\"$REFRESH_TOKEN\"'&scope=all'");
    }

    @Test
    void aTokenInATypedHeaderAndTypedBasicCredentialsBecomeVariables() {
        WireRequest typed = new WireRequest("POST", URI.create("http://h/t?refresh_token=" + TOKEN),
                ParameterPlacement.QUERY, List.of(new HeaderLine("Blade-Auth", "bearer " + TOKEN),
                new HeaderLine("Authorization", BASIC)), "", null,
                List.of(new WireRequest.SecretSpot("REFRESH_TOKEN", TOKEN)));

        String curl = RequestCommands.render(typed, Shell.CURL_BASH, false);

        assertThat(curl).contains("'http://h/t?refresh_token='\"$REFRESH_TOKEN\"")
                .contains("-H 'Blade-Auth: bearer '\"$ACCESS_TOKEN\"")
                .contains("-H 'Authorization: Basic '\"$BASIC_CREDENTIALS\"")
                .contains("--data-raw ''");
    }

    static String bash(String script, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
