package org.backchannel.layout;

import java.util.BitSet;

/**
 * Assigns nodes on a horizontal axis to lanes so that no two nodes in one lane are closer than a clearance: the
 * classic greedy colouring of intervals, which uses as few lanes as the busiest stretch of the axis needs.
 */
final class Lanes {

    private Lanes() {
    }

    /**
     * @param order     nodes sorted by x, ties in a fixed order (the caller's choice decides who gets the lower lane)
     * @param x         x of every node, indexed by node
     * @param clearance least gap between two nodes in one lane
     * @return the lane of every node in {@code order}, indexed by node; entries of other nodes are left at 0
     */
    static int[] assign(int[] order, double[] x, double clearance) {
        int[] lane = new int[x.length];
        BitSet free = new BitSet();
        // Nodes arrive in x order, so lanes become free again in the order they were last used: a FIFO suffices.
        int[] busyLane = new int[order.length];
        double[] busyUntil = new double[order.length];
        int head = 0;
        int tail = 0;
        int laneCount = 0;
        for (int node : order) {
            while (head < tail && busyUntil[head] <= x[node]) {
                free.set(busyLane[head++]);
            }
            int chosen = free.nextSetBit(0);
            if (chosen < 0) {
                chosen = laneCount++;
            } else {
                free.clear(chosen);
            }
            lane[node] = chosen;
            busyLane[tail] = chosen;
            busyUntil[tail++] = x[node] + clearance;
        }
        return lane;
    }
}
