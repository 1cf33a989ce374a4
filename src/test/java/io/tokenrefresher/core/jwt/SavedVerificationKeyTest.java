package io.tokenrefresher.core.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SavedVerificationKeyTest {

    @Test
    void everyKindOfKeyComesBackFromItsStoredTextAsEntered() {
        SavedVerificationKey hmac = new SavedVerificationKey(SavedVerificationKey.Type.HMAC,
                "sec\"ret\\ with \"quotes\", 密钥 and\nnewlines", true, "HS512");
        SavedVerificationKey pem = new SavedVerificationKey(SavedVerificationKey.Type.PEM,
                "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n", false, null);
        SavedVerificationKey jwks = new SavedVerificationKey(SavedVerificationKey.Type.JWKS,
                "https://gateway/.well-known/jwks.json?a=1&b=%20", false, "RS256");

        for (SavedVerificationKey key : new SavedVerificationKey[] {hmac, pem, jwks}) {
            assertThat(SavedVerificationKey.parse(key.toText())).contains(key);
        }
        assertThat(pem.toText()).doesNotContain("algorithm");
    }

    @Test
    void aBlankAlgorithmMeansTheKeysDefault() {
        assertThat(new SavedVerificationKey(SavedVerificationKey.Type.HMAC, "s", false, " ").algorithm()).isNull();
    }

    @Test
    void aDamagedOrForeignEntryReadsAsNoKey() {
        assertThat(SavedVerificationKey.parse(null)).isEmpty();
        assertThat(SavedVerificationKey.parse("plain secret")).isEmpty();
        assertThat(SavedVerificationKey.parse("{\"type\":\"RSA\",\"key\":\"k\"}")).isEmpty();
        assertThat(SavedVerificationKey.parse("{\"type\":\"HMAC\"}")).isEmpty();
        assertThat(SavedVerificationKey.parse("[1,2]")).isEmpty();
    }

    @Test
    void itsPrintedFormLeavesTheKeyOut() {
        SavedVerificationKey key = new SavedVerificationKey(SavedVerificationKey.Type.HMAC,
                "do-not-print-this-secret", false, "HS256");
        assertThat(key.toString()).contains("HMAC", "HS256").doesNotContain("do-not-print");
    }
}
