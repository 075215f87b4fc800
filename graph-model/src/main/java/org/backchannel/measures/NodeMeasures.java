package org.backchannel.measures;

/**
 * What the measures say about one node of the scene: its degree (links, counted as the app counts them),
 * betweenness (normalised to 0–1), PageRank (the scores sum to 1 over the scene) and the number of the
 * community it falls in (0 is the largest).
 */
public record NodeMeasures(String nodeId, String name, int degree, double betweenness, double pageRank, int community) {
}
