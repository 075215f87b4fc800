package org.backchannel.measures;

/**
 * An undirected simple graph as arrays: node i's neighbours are
 * {@code neighbours[start[i] .. start[i+1]-1]}, each once, in the order their links were loaded.
 */
record Adjacency(int[] start, int[] neighbours) {

    int nodeCount() {
        return start.length - 1;
    }

    int degree(int node) {
        return start[node + 1] - start[node];
    }
}
