package org.backchannel.app.overview;

/** One line of the overview: what was counted and how many there are. */
public record CountRow(String label, long count, boolean total) {
}
