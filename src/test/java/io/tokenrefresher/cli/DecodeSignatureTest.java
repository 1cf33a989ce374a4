package io.tokenrefresher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.tokenrefresher.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decode --secret/--public-key}: the verdict, the warnings, and exit 0 / 6 / 2, in both languages. */
class DecodeSignatureTest {
    private static final String SECRET = "a-gateway-secret-of-its-own-0123456789";

    @TempDir
    Path dir;

    @Test
    void theRightSecretVerifiesAndAWrongOneExitsWith6() {
        String token = new TestTokens(SECRET, Clock.systemUTC()).pair().accessToken();

        CliRunner.Result ok = new CliRunner().run("decode", token, "--secret", SECRET);
        CliRunner.Result bad = new CliRunner().run("decode", token, "--secret", "guess");
        CliRunner.Result zh = new CliRunner().locale(Locale.SIMPLIFIED_CHINESE).run("decode", token, "--secret", "guess");
        CliRunner.Result none = new CliRunner().run("decode", token);

        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Verified (HS256)");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INVALID_SIGNATURE).isEqualTo(6);
        assertThat(bad.out()).contains("Invalid signature (HS256)");
        assertThat(zh.exitCode()).isEqualTo(6);
        assertThat(zh.out()).contains("签名无效（HS256）");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("Not verified: no key given");
    }

    @Test
    void aBase64SecretAndTheDefaultKeyWarning() {
        String token = new TestTokens().pair().accessToken(); // signed with SpringBlade's default key
        String base64 = Base64.getEncoder().encodeToString(TestTokens.DEFAULT_SECRET.getBytes());

        CliRunner.Result r = new CliRunner().run("decode", token, "--secret", base64, "--secret-base64");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Verified (HS256)")
                .contains("This environment signs with SpringBlade's public default key: anyone can mint tokens.");
    }

    @Test
    void anRsaPublicKeyFileAndAnUnsignedToken() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path pem = dir.resolve("key.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(rsa.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        String token = JWT.create().withClaim("user_name", "a")
                .sign(Algorithm.RSA256((RSAPublicKey) rsa.getPublic(), (RSAPrivateKey) rsa.getPrivate()));
        String unsigned = JWT.create().withClaim("user_name", "admin").sign(Algorithm.none());

        CliRunner.Result ok = new CliRunner().run("decode", token, "--public-key", pem.toString());
        CliRunner.Result none = new CliRunner().run("decode", unsigned, "--public-key", pem.toString());

        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Verified (RS256)");
        assertThat(none.exitCode()).isEqualTo(6);
        assertThat(none.out()).contains("Invalid signature (RS256)")
                .contains("alg: none — the token is unsigned: anyone can forge it.")
                .contains("Algorithm mismatch: the token says none / RS256");
    }

    @Test
    void unusableKeysAreUsageErrors() throws Exception {
        String token = new TestTokens().pair().accessToken();
        Path notPem = Files.writeString(dir.resolve("x.pem"), "hello");

        CliRunner.Result twoKeys = new CliRunner().run("decode", token, "--secret", "a", "--public-key", notPem.toString());
        CliRunner.Result badPem = new CliRunner().run("decode", token, "--public-key", notPem.toString());
        CliRunner.Result badB64 = new CliRunner().locale(Locale.SIMPLIFIED_CHINESE)
                .run("decode", token, "--secret", "***", "--secret-base64");

        assertThat(twoKeys.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(twoKeys.err()).contains("Give one key");
        assertThat(badPem.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badPem.err()).contains("Not a PEM public key or certificate");
        assertThat(badB64.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badB64.err()).contains("密钥不是有效的 Base64");
    }
}
