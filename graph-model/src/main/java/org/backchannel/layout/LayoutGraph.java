package org.backchannel.layout;

import java.util.Objects;

/**
 * A graph reduced to what a layout needs: {@code n} nodes {@code 0..n-1} and undirected weighted edges, in primitive
 * arrays.
 *
 * <p>Layouts visit every edge on every step, so edges are parallel arrays rather than objects; this also keeps the
 * layout package independent of the domain model. Instances are immutable: the constructor copies its arrays. A
 * self-loop is allowed and, as usual, adds two to its node's degree.
 */
public final class LayoutGraph {

    private final int nodeCount;
    private final int[] source;
    private final int[] target;
    private final double[] weight;
    private final int[] degree;

    /**
     * @param nodeCount  number of nodes, at least zero
     * @param edgeSource one endpoint per edge
     * @param edgeTarget the other endpoint per edge
     * @param edgeWeight a finite, strictly positive weight per edge; heavier edges pull harder
     * @throws IllegalArgumentException if the arrays differ in length, an index is out of range or a weight is not
     *                                  finite and positive
     */
    public LayoutGraph(int nodeCount, int[] edgeSource, int[] edgeTarget, double[] edgeWeight) {
        Objects.requireNonNull(edgeSource, "edgeSource");
        Objects.requireNonNull(edgeTarget, "edgeTarget");
        Objects.requireNonNull(edgeWeight, "edgeWeight");
        if (nodeCount < 0) {
            throw new IllegalArgumentException("node count is negative: " + nodeCount);
        }
        if (edgeSource.length != edgeTarget.length || edgeSource.length != edgeWeight.length) {
            throw new IllegalArgumentException("edge arrays differ in length: " + edgeSource.length + " sources, "
                    + edgeTarget.length + " targets, " + edgeWeight.length + " weights");
        }
        this.nodeCount = nodeCount;
        this.source = edgeSource.clone();
        this.target = edgeTarget.clone();
        this.weight = edgeWeight.clone();
        this.degree = new int[nodeCount];
        for (int e = 0; e < source.length; e++) {
            checkNode(e, "source", source[e]);
            checkNode(e, "target", target[e]);
            if (!(weight[e] > 0 && weight[e] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "edge " + e + " has weight " + weight[e] + "; weights must be finite and > 0");
            }
            degree[source[e]]++;
            degree[target[e]]++;
        }
    }

    private void checkNode(int edge, String end, int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException(
                    "edge " + edge + " has " + end + " " + node + ", outside 0.." + (nodeCount - 1));
        }
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return source.length;
    }

    public int source(int edge) {
        return source[edge];
    }

    public int target(int edge) {
        return target[edge];
    }

    public double weight(int edge) {
        return weight[edge];
    }

    /** Number of edge ends at {@code node}, counted once when the graph is built because ForceAtlas2 reads it often. */
    public int degree(int node) {
        return degree[node];
    }
}
