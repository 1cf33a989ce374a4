package io.tokenrefresher.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.junit.jupiter.api.Test;

/** SM2 passwords decrypt with the private key (BouncyCastle, C1C3C2) to what the user typed. */
class Sm2PasswordTest {
    private final AsymmetricCipherKeyPair keys = keyPair();

    private static AsymmetricCipherKeyPair keyPair() {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(Sm2Password.domain(), new SecureRandom()));
        return generator.generateKeyPair();
    }

    private String publicHex() {
        return HexFormat.of().formatHex(((ECPublicKeyParameters) keys.getPublic()).getQ().getEncoded(false));
    }

    private String decrypt(String hex) throws Exception {
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(false, (ECPrivateKeyParameters) keys.getPrivate());
        byte[] cipher = HexFormat.of().parseHex(hex);
        return new String(engine.processBlock(cipher, 0, cipher.length), StandardCharsets.UTF_8);
    }

    @Test
    void encryptedPasswordIsHexWithLeading04AndDecryptsToThePassword() throws Exception {
        String encrypted = Sm2Password.encrypt("bullfrog_password", publicHex());

        assertThat(encrypted).startsWith("04").matches("[0-9a-f]+");
        // C1 (65 bytes) + C3 (32) + C2 (as long as the text)
        assertThat(encrypted).hasSize(2 * (65 + 32 + "bullfrog_password".length()));
        assertThat(decrypt(encrypted)).isEqualTo("bullfrog_password");
        assertThat(Sm2Password.encrypt("bullfrog_password", publicHex())).as("fresh randomness each time")
                .isNotEqualTo(encrypted);
    }

    @Test
    void aKeyWithoutThe04PrefixWorksAndAMd5dPasswordIsWhatIsEncrypted() throws Exception {
        PasswordLogin login = new PasswordLogin("u", "密码 with spaces", "all", true, publicHex().substring(2), null);

        assertThat(decrypt(login.parameters().get("password"))).isEqualTo(Md5.hex("密码 with spaces"));
        assertThat(login.toString()).doesNotContain("密码");
    }

    @Test
    void aKeyThatIsNoPointOnTheCurveIsRefusedWithAReason() {
        assertThat(Sm2Password.isValidKey(publicHex())).isTrue();
        assertThat(Sm2Password.isValidKey("04" + "ab".repeat(64))).isFalse();
        assertThatThrownBy(() -> Sm2Password.encrypt("p", "not-hex")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("04 + 128 hex digits");
    }
}
