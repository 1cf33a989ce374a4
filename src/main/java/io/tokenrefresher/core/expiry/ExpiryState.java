package io.tokenrefresher.core.expiry;

/** How urgent a token's remaining lifetime is: calm, under 5 min, under 1 min, past. */
public enum ExpiryState { CALM, WARNING, CRITICAL, EXPIRED }
