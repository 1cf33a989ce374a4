package io.tokenrefresher.core.secret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The secrets a profile may keep. */
public enum SecretKind {
    @JsonProperty("clientSecret")
    CLIENT_SECRET("client-secret"),
    @JsonProperty("refreshToken")
    REFRESH_TOKEN("refresh-token"),
    /** The key its tokens' signatures are checked with (an HMAC secret among them): see SavedVerificationKey. */
    @JsonProperty("verificationKey")
    VERIFICATION_KEY("verification-key");

    private final String accountSuffix;

    SecretKind(String accountSuffix) {
        this.accountSuffix = accountSuffix;
    }

    /** The account name under which a credential store keeps this secret of one profile. */
    public String account(String profileId) {
        return profileId + "/" + accountSuffix;
    }
}
