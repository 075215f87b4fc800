package org.backchannel.layout;

import java.util.Arrays;

/**
 * Per-node mass and the forces of this step and the previous one, as flat arrays. ForceAtlas2 compares the two
 * steps' forces to measure how much each node swings, which is what steers its speed.
 */
final class NodeForces {

    /** Degree + 1, so that a node without edges still has mass and is still repelled. */
    final double[] mass;
    double[] fx;
    double[] fy;
    double[] oldFx;
    double[] oldFy;

    NodeForces(LayoutGraph graph) {
        int n = graph.nodeCount();
        mass = new double[n];
        for (int i = 0; i < n; i++) {
            mass[i] = graph.degree(i) + 1;
        }
        fx = new double[n];
        fy = new double[n];
        oldFx = new double[n];
        oldFy = new double[n];
    }

    /** Keeps this step's forces as the previous ones and clears the arrays the new step sums into. */
    void startStep() {
        double[] swap = oldFx;
        oldFx = fx;
        fx = swap;
        swap = oldFy;
        oldFy = fy;
        fy = swap;
        Arrays.fill(fx, 0);
        Arrays.fill(fy, 0);
    }
}
