package io.tokenrefresher.ui.claims;

/** Which token the claims table shows. */
public enum ClaimsSource {
    NEW_ACCESS("claims.source.newAccess"),
    NEW_REFRESH("claims.source.newRefresh"),
    PASTED("claims.source.pasted");

    private final String messageKey;

    ClaimsSource(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
