package io.tokenrefresher.core.history;

/**
 * One claim that differs between two consecutive tokens of a session; {@code before}/{@code after} are
 * the raw JSON values (null on the side where the claim is absent).
 */
public record ClaimChange(String part, String name, Kind kind, String before, String after) {
    public enum Kind { CHANGED, ADDED, REMOVED }
}
