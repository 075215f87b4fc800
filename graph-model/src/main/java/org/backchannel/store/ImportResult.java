package org.backchannel.store;

/**
 * What an import did: how many nodes, links and sources the dataset wrote, and how many that the
 * store held from an earlier import it removed because the file no longer has them.
 */
public record ImportResult(int nodes, int links, int sources, long removedNodes, long removedLinks) {
}
