package io.tokenrefresher.core.jwt;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a token's signature is checked with. The algorithm belongs to the key (HMAC size chosen by the
 * user, RSA by the user or the JWK, EC by its curve), never to the token's header: a header that says
 * otherwise is reported as a mismatch, not followed (the classic HS/RS confusion).
 */
public sealed interface VerificationKey {
    Set<String> HMAC_ALGORITHMS = Set.of("HS256", "HS384", "HS512");
    Set<String> RSA_ALGORITHMS = Set.of("RS256", "RS384", "RS512");

    /** An HMAC secret's bytes and the algorithm to check with. {@code toString} hides the bytes. */
    record Hmac(byte[] secret, String algorithm) implements VerificationKey {
        @Override
        public String toString() {
            return "Hmac[" + algorithm + ", " + secret.length + " bytes]";
        }
    }

    /** An RSA or EC public key; {@code kid} names it in a key set (null for a PEM). */
    record Public(PublicKey key, String algorithm, String kid) implements VerificationKey {
    }

    /** The keys of a JWKS document, the one to use picked by the token's {@code kid}. */
    record KeySet(URI source, List<Public> keys) implements VerificationKey {
        public KeySet {
            keys = List.copyOf(keys);
        }
    }

    /** Why a key could not be read; {@code key} names the message ({@code signature.key.<key>}). */
    final class KeyProblem extends Exception {
        private final String key;

        public KeyProblem(String key, String detail) {
            super(detail, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * @param base64    the secret is written in Base64 (as SpringBlade's {@code BASE64_SECURITY}), else its
     *                  UTF-8 bytes are the key
     * @param algorithm HS256, HS384 or HS512; null for HS256
     */
    static Hmac hmac(String secret, boolean base64, String algorithm) throws KeyProblem {
        String alg = algorithm == null ? "HS256" : algorithm.toUpperCase(Locale.ROOT);
        if (!HMAC_ALGORITHMS.contains(alg)) {
            throw new KeyProblem("algorithmForKey", alg);
        }
        if (secret == null || secret.isEmpty()) {
            throw new KeyProblem("emptySecret", "");
        }
        if (!base64) {
            return new Hmac(secret.getBytes(StandardCharsets.UTF_8), alg);
        }
        try {
            String s = secret.replaceAll("\\s", "");
            boolean url = s.indexOf('-') >= 0 || s.indexOf('_') >= 0;
            byte[] bytes = (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(s);
            if (bytes.length == 0) {
                throw new KeyProblem("notBase64", "0 bytes");
            }
            return new Hmac(bytes, alg);
        } catch (IllegalArgumentException e) {
            throw new KeyProblem("notBase64", e.getMessage());
        }
    }

    /**
     * A PEM public key ({@code BEGIN PUBLIC KEY}) or certificate ({@code BEGIN CERTIFICATE}).
     *
     * @param algorithm for RSA: RS256 (the default), RS384 or RS512; EC keys take theirs from the curve
     */
    static Public pem(String pem, String algorithm) throws KeyProblem {
        String text = pem == null ? "" : pem;
        PublicKey key;
        if (text.contains("-----BEGIN CERTIFICATE-----")) {
            try {
                key = CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)))
                        .getPublicKey();
            } catch (CertificateException e) {
                throw new KeyProblem("badCertificate", e.getMessage());
            }
        } else if (text.contains("-----BEGIN PUBLIC KEY-----")) {
            key = spki(body(text, "PUBLIC KEY"));
        } else if (text.contains("-----BEGIN RSA PUBLIC KEY-----")) {
            throw new KeyProblem("pkcs1", "");
        } else if (text.contains("PRIVATE KEY-----")) {
            throw new KeyProblem("privateKey", "");
        } else {
            throw new KeyProblem("notPem", "");
        }
        return new Public(key, algorithmFor(key, algorithm), null);
    }

    /** The algorithm a public key checks with: EC by its curve, RSA as asked (RS256 by default). */
    static String algorithmFor(PublicKey key, String requested) throws KeyProblem {
        if (key instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            String alg = switch (bits) {
                case 256 -> "ES256";
                case 384 -> "ES384";
                case 521 -> "ES512";
                default -> throw new KeyProblem("unsupportedCurve", Integer.toString(bits));
            };
            if (requested != null && !requested.equalsIgnoreCase(alg)) {
                throw new KeyProblem("algorithmForKey", requested);
            }
            return alg;
        }
        if (key instanceof RSAPublicKey) {
            String alg = requested == null ? "RS256" : requested.toUpperCase(Locale.ROOT);
            if (!RSA_ALGORITHMS.contains(alg)) {
                throw new KeyProblem(alg.startsWith("PS") ? "unsupportedAlgorithm" : "algorithmForKey", alg);
            }
            return alg;
        }
        throw new KeyProblem("unsupportedKeyType", key.getAlgorithm());
    }

    private static byte[] body(String pem, String label) throws KeyProblem {
        int start = pem.indexOf("-----BEGIN " + label + "-----");
        int end = pem.indexOf("-----END " + label + "-----");
        if (start < 0 || end < start) {
            throw new KeyProblem("notPem", "");
        }
        String base64 = pem.substring(start + label.length() + 16, end).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new KeyProblem("notPem", e.getMessage());
        }
    }

    private static PublicKey spki(byte[] der) throws KeyProblem {
        for (String type : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next type; an Ed25519 key ends as unsupported below
            }
        }
        throw new KeyProblem("unsupportedKeyType", "");
    }
}
