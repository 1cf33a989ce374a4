package io.tokenrefresher.core.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenrefresher.core.jwt.SignatureCheck.Kind;
import io.tokenrefresher.core.jwt.SignatureCheck.Verdict;
import io.tokenrefresher.core.oauth.http.TokenEndpointClient;
import io.tokenrefresher.testing.FakeGateway;
import io.tokenrefresher.testing.TestCertificates;
import io.tokenrefresher.testing.TestTokens;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Verdicts for HMAC secrets (plain and Base64), RSA and EC keys from PEM, a certificate and a JWKS the
 * fake gateway serves; the key's algorithm against the header's; alg none; SpringBlade's public key; and
 * time claims that disagree.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SignatureVerifierTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-25T02:05:03Z");
    private static final String SECRET = "a-gateway-secret-of-its-own-0123456789";

    private final SignatureVerifier verifier = new SignatureVerifier();

    private static String token(Algorithm algorithm, String kid) {
        return JWT.create().withKeyId(kid).withIssuedAt(NOW).withExpiresAt(NOW.plus(Duration.ofHours(1)))
                .withClaim("user_name", "bullfrog_cpms").sign(algorithm);
    }

    private SignatureCheck check(String token, VerificationKey key) {
        return verifier.check(token, key, NOW, null);
    }

    @Test
    void hmacWithThePlainSecretVerifiesAndAnotherSecretDoesNot() throws Exception {
        String token = token(Algorithm.HMAC256(SECRET), null);

        assertThat(check(token, VerificationKey.hmac(SECRET, false, null)).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(check(token, VerificationKey.hmac("other", false, null)).verdict())
                .isEqualTo(Verdict.INVALID_SIGNATURE);
        SignatureCheck none = check(token, null);
        assertThat(none.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
        assertThat(none.findings()).isEmpty();
    }

    @Test
    void hmacWithABase64SecretUsesItsBytes() throws Exception {
        byte[] raw = {1, 2, 3, (byte) 250, 0, 77, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30};
        String token = token(Algorithm.HMAC512(raw), null);
        String base64 = Base64.getEncoder().encodeToString(raw);

        assertThat(check(token, VerificationKey.hmac(base64, true, "HS512")).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(check(token, VerificationKey.hmac(base64, false, "HS512")).verdict())
                .isEqualTo(Verdict.INVALID_SIGNATURE);
        assertThatThrownBy(() -> VerificationKey.hmac("not base64 !", true, null))
                .isInstanceOfSatisfying(VerificationKey.KeyProblem.class, p -> assertThat(p.key()).isEqualTo("notBase64"));
    }

    @Test
    void theKeyDecidesTheAlgorithmAndAMismatchIsReported() throws Exception {
        String hs512 = token(Algorithm.HMAC512(SECRET), null);

        SignatureCheck check = check(hs512, VerificationKey.hmac(SECRET, false, "HS256"));

        assertThat(check.verdict()).isEqualTo(Verdict.INVALID_SIGNATURE);
        assertThat(check.findings()).first().isEqualTo(new SignatureCheck.Finding(Kind.ALGORITHM_MISMATCH, "HS512 / HS256"));
    }

    @Test
    void rsaFromAPemPublicKeyAndAnHmacTokenClaimingItIsRejected() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String token = token(Algorithm.RSA256((RSAPublicKey) rsa.getPublic(), (RSAPrivateKey) rsa.getPrivate()), null);
        VerificationKey.Public key = VerificationKey.pem(pem(rsa.getPublic().getEncoded()), null);

        assertThat(check(token, key).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(key.algorithm()).isEqualTo("RS256");
        // the HS/RS confusion: an HS256 token "signed" with the public key's bytes as a secret
        String forged = token(Algorithm.HMAC256(rsa.getPublic().getEncoded()), null);
        SignatureCheck confused = check(forged, key);
        assertThat(confused.verdict()).isEqualTo(Verdict.INVALID_SIGNATURE);
        assertThat(confused.has(Kind.ALGORITHM_MISMATCH)).isTrue();
    }

    @Test
    void ecFromAPemTakesTheAlgorithmFromItsCurve() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair ec = generator.generateKeyPair();
        String token = token(Algorithm.ECDSA384((ECPublicKey) ec.getPublic(), (ECPrivateKey) ec.getPrivate()), null);

        VerificationKey.Public key = VerificationKey.pem(pem(ec.getPublic().getEncoded()), null);

        assertThat(key.algorithm()).isEqualTo("ES384");
        assertThat(check(token, key).verdict()).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void aCertificateVerifiesWhatItsKeySigned() throws Exception {
        TestCertificates certificates = TestCertificates.loopback();
        // the test certificate's key is EC P-256
        ECPrivateKey privateKey = (ECPrivateKey) certificates.privateKey();
        VerificationKey.Public key = VerificationKey.pem(certificates.pem(), null);

        assertThat(key.algorithm()).isEqualTo("ES256");
        assertThat(check(token(Algorithm.ECDSA256(null, privateKey), null), key).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThatThrownBy(() -> VerificationKey.pem(certificates.pem(), "RS256")).isInstanceOfSatisfying(
                VerificationKey.KeyProblem.class, p -> assertThat(p.key()).isEqualTo("algorithmForKey"));
        assertThatThrownBy(() -> VerificationKey.pem("hello", null)).isInstanceOfSatisfying(
                VerificationKey.KeyProblem.class, p -> assertThat(p.key()).isEqualTo("notPem"));
    }

    @Test
    void aJwksServedOnLoopbackIsFetchedOnceAndPicksTheKeyByKid() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        KeyPairGenerator ecGenerator = KeyPairGenerator.getInstance("EC");
        ecGenerator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = ecGenerator.generateKeyPair();
        ObjectNode jwks = MAPPER.createObjectNode();
        ArrayNode keys = jwks.putArray("keys");
        RSAPublicKey rsaPublic = (RSAPublicKey) rsa.getPublic();
        keys.addObject().put("kty", "RSA").put("kid", "rsa-1").put("n", b64(rsaPublic.getModulus()))
                .put("e", b64(rsaPublic.getPublicExponent()));
        ECPublicKey ecPublic = (ECPublicKey) ec.getPublic();
        keys.addObject().put("kty", "EC").put("kid", "ec-1").put("crv", "P-256")
                .put("x", b64(ecPublic.getW().getAffineX())).put("y", b64(ecPublic.getW().getAffineY()));
        keys.addObject().put("kty", "OKP").put("kid", "ed").put("crv", "Ed25519").put("x", "AAAA");
        try (FakeGateway gateway = FakeGateway.builder().serveJson("/jwks.json", jwks).start()) {
            JwksKeys source = new JwksKeys(MAPPER, Clock.systemUTC());
            HttpClient http = TokenEndpointClient.defaultHttpClient();
            URI url = URI.create(gateway.baseUrl() + "/jwks.json");

            VerificationKey.KeySet set = source.fetch(url, http);
            source.fetch(url, http);

            assertThat(set.keys()).extracting(VerificationKey.Public::kid).containsExactly("rsa-1", "ec-1");
            assertThat(gateway.requests()).hasSize(1);
            String rsaToken = token(Algorithm.RSA256(rsaPublic, (RSAPrivateKey) rsa.getPrivate()), "rsa-1");
            String ecToken = token(Algorithm.ECDSA256(ecPublic, (ECPrivateKey) ec.getPrivate()), "ec-1");
            String unknownKid = token(Algorithm.ECDSA256(ecPublic, (ECPrivateKey) ec.getPrivate()), "gone");
            assertThat(check(rsaToken, set).verdict()).isEqualTo(Verdict.VERIFIED);
            assertThat(check(ecToken, set).verdict()).isEqualTo(Verdict.VERIFIED);
            SignatureCheck missing = check(unknownKid, set);
            assertThat(missing.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
            assertThat(missing.findings()).containsExactly(new SignatureCheck.Finding(Kind.NO_KEY_FOR_KID, "gone"));
            assertThatThrownBy(() -> source.fetch(URI.create(gateway.baseUrl() + "/nothing"), http))
                    .isInstanceOfSatisfying(VerificationKey.KeyProblem.class,
                            p -> assertThat(p.key()).isEqualTo("jwksStatus"));
        }
    }

    @Test
    void algNoneIsFlaggedAndNeverVerifies() throws Exception {
        String unsigned = JWT.create().withClaim("user_name", "admin").sign(Algorithm.none());

        SignatureCheck check = check(unsigned, VerificationKey.hmac(SECRET, false, null));

        assertThat(check.has(Kind.ALG_NONE)).isTrue();
        assertThat(check.verdict()).isEqualTo(Verdict.INVALID_SIGNATURE);
        assertThat(check(unsigned, null).has(Kind.ALG_NONE)).isTrue();
    }

    @Test
    void springBladesPublicDefaultKeyIsFlaggedWithoutAnyKeyGiven() {
        String minted = new TestTokens(KnownSigningKeys.SPRINGBLADE_SIGN_KEY, Clock.fixed(NOW, ZoneOffset.UTC))
                .pair().accessToken();
        String own = new TestTokens(SECRET, Clock.fixed(NOW, ZoneOffset.UTC)).pair().accessToken();

        assertThat(check(minted, null).has(Kind.PUBLIC_DEFAULT_KEY)).isTrue();
        assertThat(check(own, null).has(Kind.PUBLIC_DEFAULT_KEY)).isFalse();
        // the value published in chillzhuang/blade-tool's TokenConstant.SIGN_KEY, byte for byte
        assertThat(KnownSigningKeys.SPRINGBLADE_SIGN_KEY).hasSize(83).startsWith("bladexisapowerful")
                .endsWith("fromacommercialproject");
    }

    @Test
    void timeClaimsThatDisagreeAreReportedAndSkewExplainsAFutureIat() {
        Algorithm hs = Algorithm.HMAC256(SECRET);
        String future = JWT.create().withIssuedAt(NOW.plusSeconds(120)).withExpiresAt(NOW.plusSeconds(3720)).sign(hs);
        String backwards = JWT.create().withIssuedAt(NOW).withExpiresAt(NOW.minusSeconds(10))
                .withNotBefore(NOW).sign(hs);
        String longLived = JWT.create().withIssuedAt(NOW).withExpiresAt(NOW.plus(Duration.ofDays(3))).sign(hs);

        assertThat(verifier.check(future, null, NOW, null).findings())
                .containsExactly(new SignatureCheck.Finding(Kind.IAT_IN_FUTURE, "2 min"));
        assertThat(verifier.check(future, null, NOW, Duration.ofSeconds(121)).findings())
                .containsExactly(new SignatureCheck.Finding(Kind.IAT_AHEAD_BY_SKEW, "2 min"));
        assertThat(check(backwards, null).findings()).extracting(SignatureCheck.Finding::kind)
                .containsExactly(Kind.EXP_BEFORE_IAT, Kind.NBF_AFTER_EXP);
        assertThat(check(longLived, null).findings())
                .containsExactly(new SignatureCheck.Finding(Kind.LONG_LIFETIME, "3 d"));
    }

    private static String pem(byte[] der) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
