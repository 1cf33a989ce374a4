package io.tokenrefresher.ui.common;

/** A row of the claims or response table as shown: section, name, readable value, raw JSON. */
public record ClaimRowView(String section, String name, String value, String raw) {
}
