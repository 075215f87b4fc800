package org.backchannel.app.details;

/** One related fact of the selected node: "Secretary of State, 1973-09–1977-01", "spoke with Anatoly Dobrynin, 1970". */
public record FactRow(String when, String text, String linkId) {
}
