package io.tokenrefresher.core.oauth;

import java.util.Locale;

/** Where the grant parameters travel in the token request. */
public enum ParameterPlacement {
    /**
     * JSON body as the gateway document says; once more as a form body when the answer shows the
     * server never read the JSON (stock Spring Security OAuth2 reads only query/form parameters).
     */
    AUTO,
    JSON,
    FORM,
    QUERY;

    public static ParameterPlacement parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
