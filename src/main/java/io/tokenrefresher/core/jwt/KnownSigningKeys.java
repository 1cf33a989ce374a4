package io.tokenrefresher.core.jwt;

import java.nio.charset.StandardCharsets;

/**
 * Signing keys published in open source, which a production gateway must never use. SpringBlade's
 * {@code TokenConstant.SIGN_KEY} (chillzhuang/blade-tool, blade-core-launch; also in BladeX before
 * 3.1 and its many forks): tokens are HMAC-signed with its UTF-8 bytes (SpringBlade stores it Base64
 * encoded as {@code BASE64_SECURITY} and decodes it again). A gateway that accepts tokens signed with it
 * accepts tokens anyone can mint (CVE-2022-27360 and the like).
 */
public final class KnownSigningKeys {
    public static final String SPRINGBLADE_SIGN_KEY =
            "bladexisapowerfulmicroservicearchitectureupgradedandoptimizedfromacommercialproject";

    private KnownSigningKeys() {
    }

    static byte[] springBlade() {
        return SPRINGBLADE_SIGN_KEY.getBytes(StandardCharsets.UTF_8);
    }
}
