package io.tokenrefresher.core.jwt;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a JWT's signature with a key the user gave, and what else about it a gateway tester should
 * see whether or not a key was given: {@code alg: none}, SpringBlade's public default key, and time
 * claims that disagree with each other or with this machine's clock.
 *
 * <p>The algorithm is the key's ({@link VerificationKey}); the header's is only compared with it.
 */
public final class SignatureVerifier {
    /** iat ahead by less than this is ordinary clock jitter. */
    static final Duration TOLERANCE = Duration.ofSeconds(5);
    static final Duration LONG_ACCESS = Duration.ofDays(1);
    static final Duration LONG_REFRESH = Duration.ofDays(30);

    private final JWT decoder = new JWT();

    /**
     * @param key  null: not verified, the other checks still run
     * @param now  this machine's clock
     * @param skew the gateway's clock minus this machine's (from an answer's {@code Date}), or null
     * @throws IllegalArgumentException when the text is not a JWT
     */
    public SignatureCheck check(String token, VerificationKey key, Instant now, Duration skew) {
        DecodedJWT jwt;
        try {
            jwt = decoder.decodeJwt(token == null ? "" : token.strip());
        } catch (JWTDecodeException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
        String headerAlg = jwt.getAlgorithm() == null ? "" : jwt.getAlgorithm();
        List<SignatureCheck.Finding> findings = new ArrayList<>();
        if (headerAlg.equalsIgnoreCase("none") || headerAlg.isEmpty()) {
            findings.add(new SignatureCheck.Finding(SignatureCheck.Kind.ALG_NONE, headerAlg));
        }
        if (headerAlg.startsWith("PS") || headerAlg.equalsIgnoreCase("EdDSA")) {
            findings.add(new SignatureCheck.Finding(SignatureCheck.Kind.UNSUPPORTED_ALGORITHM, headerAlg));
        }
        if (VerificationKey.HMAC_ALGORITHMS.contains(headerAlg)
                && verifies(hmac(headerAlg, KnownSigningKeys.springBlade()), jwt)) {
            findings.add(new SignatureCheck.Finding(SignatureCheck.Kind.PUBLIC_DEFAULT_KEY, headerAlg));
        }
        timeFindings(jwt, now, skew, findings);
        if (key == null) {
            return new SignatureCheck(SignatureCheck.Verdict.NOT_VERIFIED, headerAlg, null, findings);
        }
        VerificationKey chosen = key;
        if (key instanceof VerificationKey.KeySet set) {
            chosen = pick(set, jwt, findings);
            if (chosen == null) {
                return new SignatureCheck(SignatureCheck.Verdict.NOT_VERIFIED, headerAlg, null, findings);
            }
        }
        String keyAlg = algorithmOf(chosen);
        if (!keyAlg.equals(headerAlg)) {
            findings.add(0, new SignatureCheck.Finding(SignatureCheck.Kind.ALGORITHM_MISMATCH, headerAlg + " / " + keyAlg));
            return new SignatureCheck(SignatureCheck.Verdict.INVALID_SIGNATURE, headerAlg, keyAlg, findings);
        }
        boolean valid = verifies(algorithm(chosen), jwt);
        return new SignatureCheck(valid ? SignatureCheck.Verdict.VERIFIED : SignatureCheck.Verdict.INVALID_SIGNATURE,
                headerAlg, keyAlg, findings);
    }

    /** The key of a set for this token: by its kid, else the first of the header's algorithm. */
    private static VerificationKey.Public pick(VerificationKey.KeySet set, DecodedJWT jwt,
                                               List<SignatureCheck.Finding> findings) {
        String kid = jwt.getKeyId();
        if (kid != null) {
            for (VerificationKey.Public k : set.keys()) {
                if (kid.equals(k.kid())) {
                    return k;
                }
            }
            findings.add(new SignatureCheck.Finding(SignatureCheck.Kind.NO_KEY_FOR_KID, kid));
            return null;
        }
        for (VerificationKey.Public k : set.keys()) {
            if (k.algorithm().equals(jwt.getAlgorithm())) {
                return k;
            }
        }
        return set.keys().get(0); // reported as a mismatch: no key of the header's algorithm
    }

    private static String algorithmOf(VerificationKey key) {
        if (key instanceof VerificationKey.Hmac h) {
            return h.algorithm();
        }
        return ((VerificationKey.Public) key).algorithm();
    }

    private static Algorithm algorithm(VerificationKey key) {
        if (key instanceof VerificationKey.Hmac h) {
            return hmac(h.algorithm(), h.secret());
        }
        VerificationKey.Public p = (VerificationKey.Public) key;
        if (p.key() instanceof RSAPublicKey rsa) {
            return switch (p.algorithm()) {
                case "RS384" -> Algorithm.RSA384(rsa, null);
                case "RS512" -> Algorithm.RSA512(rsa, null);
                default -> Algorithm.RSA256(rsa, null);
            };
        }
        ECPublicKey ec = (ECPublicKey) p.key();
        return switch (p.algorithm()) {
            case "ES384" -> Algorithm.ECDSA384(ec, null);
            case "ES512" -> Algorithm.ECDSA512(ec, null);
            default -> Algorithm.ECDSA256(ec, null);
        };
    }

    private static Algorithm hmac(String alg, byte[] secret) {
        return switch (alg.toUpperCase(Locale.ROOT)) {
            case "HS384" -> Algorithm.HMAC384(secret);
            case "HS512" -> Algorithm.HMAC512(secret);
            default -> Algorithm.HMAC256(secret);
        };
    }

    private static boolean verifies(Algorithm algorithm, DecodedJWT jwt) {
        try {
            algorithm.verify(jwt);
            return true;
        } catch (SignatureVerificationException e) {
            return false;
        }
    }

    private static void timeFindings(DecodedJWT jwt, Instant now, Duration skew, List<SignatureCheck.Finding> out) {
        Instant iat = instant(jwt, "iat");
        Instant exp = instant(jwt, "exp");
        Instant nbf = instant(jwt, "nbf");
        if (iat != null && iat.isAfter(now.plus(TOLERANCE))) {
            Duration ahead = Duration.between(now, iat);
            boolean bySkew = skew != null && !iat.isAfter(now.plus(skew).plus(TOLERANCE));
            out.add(new SignatureCheck.Finding(bySkew ? SignatureCheck.Kind.IAT_AHEAD_BY_SKEW
                    : SignatureCheck.Kind.IAT_IN_FUTURE, ClockSkew.describe(ahead)));
        }
        if (iat != null && exp != null && exp.isBefore(iat)) {
            out.add(new SignatureCheck.Finding(SignatureCheck.Kind.EXP_BEFORE_IAT, ""));
        }
        if (nbf != null && exp != null && nbf.isAfter(exp)) {
            out.add(new SignatureCheck.Finding(SignatureCheck.Kind.NBF_AFTER_EXP, ""));
        }
        if (iat != null && exp != null && exp.isAfter(iat)) {
            Duration lifetime = Duration.between(iat, exp);
            boolean refresh = !jwt.getClaim("ati").isMissing();
            if (lifetime.compareTo(refresh ? LONG_REFRESH : LONG_ACCESS) > 0) {
                out.add(new SignatureCheck.Finding(SignatureCheck.Kind.LONG_LIFETIME, ClockSkew.describe(lifetime)));
            }
        }
    }

    /** A numeric date claim; milliseconds are recognised as such (no real exp lies past the year 5000). */
    private static Instant instant(DecodedJWT jwt, String claim) {
        Long value = jwt.getClaim(claim).asLong();
        if (value == null) {
            return null;
        }
        return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }
}
