package org.backchannel.store;

import org.backchannel.model.GraphNode;

/** A node found by name search, with the full-text engine's relevance score. */
public record SearchHit(GraphNode node, double score) {
}
