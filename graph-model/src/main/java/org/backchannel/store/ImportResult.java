package org.backchannel.store;

/**
 * What an import did: how many sources, nodes and links the dataset has, how many elements it
 * changed in the store (0 when the store already held exactly this dataset), and how many nodes and
 * links it removed because no dataset supports them any more.
 */
public record ImportResult(String datasetId, int nodes, int links, int sources, long changed, long removedNodes,
                           long removedLinks) {
}
