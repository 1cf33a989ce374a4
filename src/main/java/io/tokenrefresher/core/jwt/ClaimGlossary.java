package io.tokenrefresher.core.jwt;

import java.util.Set;

/**
 * Which claims the app can explain: the registered ones (RFC 7519), the header's, and those of
 * Spring Security OAuth2 and the BladeX / SpringBlade family. Each has its words under
 * {@code claim.explain.<name>} in both languages; any other claim is explained as unknown.
 */
public final class ClaimGlossary {
    private static final Set<String> KNOWN = Set.of(
            "alg", "typ", "kid",
            "exp", "iat", "nbf", "jti", "sub", "aud", "iss",
            "ati", "authorities", "scope", "client_id", "user_name",
            "tenant_id", "dept_id", "role_id", "role_name", "post_id", "user_id", "account", "nick_name",
            "real_name", "oauth_id", "license", "password_expired", "password_last_update_date", "company_id",
            "avatar", "job_number", "tenant_code", "detail");

    private ClaimGlossary() {
    }

    public static boolean knows(String claim) {
        return KNOWN.contains(claim);
    }

    /** The message key explaining a claim; {@code claim.explain.unknown} (with the name as {0}) for others. */
    public static String messageKey(String claim) {
        return "claim.explain." + (knows(claim) ? claim : "unknown");
    }
}
