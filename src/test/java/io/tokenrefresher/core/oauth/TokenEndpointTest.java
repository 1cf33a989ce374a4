package io.tokenrefresher.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tokenrefresher.core.oauth.TokenEndpoint.InvalidGatewayException;
import io.tokenrefresher.core.oauth.TokenEndpoint.Reason;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenEndpointTest {
    private static final String PATH = TokenRequest.DEFAULT_TOKEN_PATH;

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            http://10.1.2.3:8080                                  | /cams-auth/oauth/token | http://10.1.2.3:8080/cams-auth/oauth/token
            http://10.1.2.3:8080/                                 | /cams-auth/oauth/token | http://10.1.2.3:8080/cams-auth/oauth/token
            http://10.1.2.3:8080///                               | /cams-auth/oauth/token | http://10.1.2.3:8080/cams-auth/oauth/token
            https://gw.test.example.com                           | /cams-auth/oauth/token | https://gw.test.example.com/cams-auth/oauth/token
            HTTPS://gw.test.example.com                           | /cams-auth/oauth/token | https://gw.test.example.com/cams-auth/oauth/token
            10.1.2.3:8080                                         | /cams-auth/oauth/token | http://10.1.2.3:8080/cams-auth/oauth/token
            localhost:18080                                       | /cams-auth/oauth/token | http://localhost:18080/cams-auth/oauth/token
            gw.test.example.com                                   | /cams-auth/oauth/token | http://gw.test.example.com/cams-auth/oauth/token
            http://10.1.2.3:8080/cams-auth/oauth/token            | /cams-auth/oauth/token | http://10.1.2.3:8080/cams-auth/oauth/token
            http://10.1.2.3:8080/cams-auth/oauth/token/           | /cams-auth/oauth/token | http://10.1.2.3:8080/cams-auth/oauth/token
            http://10.1.2.3:8080/blade-auth/oauth/token           | /cams-auth/oauth/token | http://10.1.2.3:8080/blade-auth/oauth/token
            http://10.1.2.3:8080/api                              | /cams-auth/oauth/token | http://10.1.2.3:8080/api/cams-auth/oauth/token
            http://10.1.2.3:8080/api/                             | blade-auth/oauth/token | http://10.1.2.3:8080/api/blade-auth/oauth/token
            http://10.1.2.3:8080                                  | '  /oauth/token  '     | http://10.1.2.3:8080/oauth/token
            http://10.1.2.3:8080                                  | ''                     | http://10.1.2.3:8080/cams-auth/oauth/token
            '  http://10.1.2.3:8080  '                            | /cams-auth/oauth/token | http://10.1.2.3:8080/cams-auth/oauth/token
            http://10.1.2.3:8080/cams-auth/oauth/token?tenant=1   | /cams-auth/oauth/token | http://10.1.2.3:8080/cams-auth/oauth/token?tenant=1
            http://[::1]:8080                                     | /cams-auth/oauth/token | http://[::1]:8080/cams-auth/oauth/token
            """)
    void resolvesWhatTestersType(String gateway, String tokenPath, String expected) throws Exception {
        assertThat(TokenEndpoint.resolve(gateway, tokenPath)).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void emptyGatewayIsEmpty(String gateway) {
        assertThat(reasonFor(gateway)).isEqualTo(Reason.EMPTY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'http://10.1.2.3 :8080'   | SPACES
            '10.1.2.3:8080\t/api'    | SPACES
            ftp://10.1.2.3            | SCHEME
            ws://10.1.2.3:8080        | SCHEME
            file:///etc/passwd        | SCHEME
            http:///cams-auth         | NO_HOST
            http://10.1.2.3:80{80}    | SYNTAX
            'http://gw|test'          | SYNTAX
            http://10.1.2.3:8080/%zz  | SYNTAX
            """)
    void badAddressesNameTheirReason(String gateway, Reason expected) {
        assertThat(reasonFor(gateway)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void lineBreakInsideIsSpaces() {
        assertThat(reasonFor("http://gw.test\n.example.com")).isEqualTo(Reason.SPACES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://", "https://:8080"})
    void schemeWithoutAnythingUsableIsRejected(String gateway) {
        // java.net.URI calls these syntax errors or host-less; either message tells the tester to fix the address
        assertThat(reasonFor(gateway)).isIn(Reason.NO_HOST, Reason.SYNTAX);
    }

    @org.junit.jupiter.api.Test
    void exceptionKeepsTheTrimmedInputForTheMessage() {
        InvalidGatewayException e = catchThrowableOfType(InvalidGatewayException.class,
                () -> TokenEndpoint.resolve("  ftp://10.1.2.3  ", PATH));
        assertThat(e.input()).isEqualTo("ftp://10.1.2.3");
        assertThat(e.reason()).isEqualTo(Reason.SCHEME);
    }

    private static Reason reasonFor(String gateway) {
        InvalidGatewayException e = catchThrowableOfType(InvalidGatewayException.class,
                () -> TokenEndpoint.resolve(gateway, PATH));
        assertThat(e).as("resolve(%s) should fail", gateway).isNotNull();
        return e.reason();
    }
}
