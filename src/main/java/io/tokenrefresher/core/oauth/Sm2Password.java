package io.tokenrefresher.core.oauth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A password encrypted the way newer BladeX front ends send it: SM2 on the curve sm2p256v1 with the
 * deployment's public key, ciphertext in C1C3C2 order, as lower-case hex with C1's leading {@code 04}.
 * BouncyCastle's lightweight API does the cryptography; a fresh random makes each encryption differ.
 */
public final class Sm2Password {
    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(),
            CURVE.getN(), CURVE.getH());

    private Sm2Password() {
    }

    /** The SM2 curve's parameters (for tests that decrypt, and key generation). */
    public static ECDomainParameters domain() {
        return DOMAIN;
    }

    /**
     * @param publicKeyHex uncompressed ({@code 04} + X + Y, 130 hex digits), or X + Y without the {@code 04}
     *                     (128), as deployments publish it; spaces are ignored
     * @throws IllegalArgumentException when the key is not a point on the curve
     */
    public static String encrypt(String password, String publicKeyHex) {
        ECPoint point = publicKey(publicKeyHex);
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(true, new ParametersWithRandom(new ECPublicKeyParameters(point, DOMAIN), new SecureRandom()));
        byte[] plain = password.getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(engine.processBlock(plain, 0, plain.length));
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM2 encryption failed", e);
        }
    }

    /** Whether {@code publicKeyHex} is a usable SM2 public key (for the editor and the command line). */
    public static boolean isValidKey(String publicKeyHex) {
        try {
            publicKey(publicKeyHex);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ECPoint publicKey(String hex) {
        String h = hex == null ? "" : hex.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (h.length() == 128) {
            h = "04" + h;
        }
        if (!h.matches("04[0-9a-f]{128}")) {
            throw new IllegalArgumentException("not an uncompressed SM2 public key (04 + 128 hex digits)");
        }
        try {
            ECPoint point = CURVE.getCurve().decodePoint(HexFormat.of().parseHex(h));
            if (!point.isValid()) {
                throw new IllegalArgumentException("the SM2 public key is not a point on sm2p256v1");
            }
            return point;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the SM2 public key is not a point on sm2p256v1", e);
        }
    }
}
