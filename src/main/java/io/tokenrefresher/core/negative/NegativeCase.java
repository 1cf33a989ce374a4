package io.tokenrefresher.core.negative;

import java.util.Locale;

/**
 * The deliberately wrong refreshes a gateway must refuse, each with the answer Spring Security OAuth2 /
 * BladeX gives for it. {@code status} 0 accepts any refusal status; {@code errors} are the error codes
 * or words (any one) the answer must carry. Texts: {@code negative.case.<name>}.
 */
public enum NegativeCase {
    ACCESS_AS_REFRESH(0, "invalid_grant", "invalid_token"),
    ALTERED_SIGNATURE(401, "invalid_token"),
    EXPIRED_REFRESH(401, "invalid_token"),
    NO_TENANT(0, "租户", "tenant"),
    WRONG_CLIENT_SECRET(401, "unauthorized", "invalid_client", "Bad client credentials", "Full authentication"),
    OTHER_SCOPE(400, "invalid_scope"),
    EMPTY_BODY(400, "invalid_request");

    private final int status;
    private final String[] errors;

    NegativeCase(int status, String... errors) {
        this.status = status;
        this.errors = errors;
    }

    /** The refusal status expected, 0 when any 4xx will do (gateways differ). */
    public int status() {
        return status;
    }

    /** "401 invalid_token", "4xx invalid_grant / invalid_token". */
    public String expected() {
        return (status == 0 ? "4xx" : Integer.toString(status)) + " " + String.join(" / ", errors);
    }

    /** Whether the error code or message names one of the expected errors. */
    boolean matches(String text) {
        for (String e : errors) {
            if (text.toLowerCase(Locale.ROOT).contains(e.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
