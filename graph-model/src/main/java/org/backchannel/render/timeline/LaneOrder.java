package org.backchannel.render.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Orders lanes so that what joins them (exchanges, shared events, a channel's parties) is short: it
 * lessens {@code Σ weight × |position(a) − position(b)|}, the linear arrangement cost, from a starting
 * order (by when each lane's first thing happens). Finding the best order is NP-hard; this is the usual
 * pair of heuristics, each step taken only when it lowers the cost, so the result is never worse than
 * the start and is the same for the same input:
 * <ol>
 * <li>barycentre sweeps: every lane moves to the mean position of its partners (ties keep the old order);</li>
 * <li>sifting, on up to {@value #MAX_SIFTED_LANES} lanes: each lane in turn moves to the position where the cost is
 *     lowest; on more lanes, swaps of neighbours, which cost far less.</li>
 * </ol>
 */
final class LaneOrder {

    static final int MAX_SIFTED_LANES = 400;
    private static final int SWEEPS = 8;
    private static final int PASSES = 12;

    private final int n;
    private final int[] start;
    private final int[] partner;
    private final double[] weight;
    /** pos[lane]: where the lane is now. */
    private final int[] pos;

    private LaneOrder(int n, List<double[]> pairs) {
        this.n = n;
        int[] degree = new int[n + 1];
        for (double[] pair : pairs) {
            degree[(int) pair[0]]++;
            degree[(int) pair[1]]++;
        }
        start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + degree[i];
        }
        partner = new int[start[n]];
        weight = new double[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (double[] pair : pairs) {
            int a = (int) pair[0];
            int b = (int) pair[1];
            partner[fill[a]] = b;
            weight[fill[a]++] = pair[2];
            partner[fill[b]] = a;
            weight[fill[b]++] = pair[2];
        }
        pos = new int[n];
        for (int i = 0; i < n; i++) {
            pos[i] = i;
        }
    }

    /**
     * @param n     how many lanes, in their starting order 0 … n−1
     * @param pairs lanes joined by something drawn, each {@code {a, b, weight}}; pairs of a lane with itself are ignored
     * @return the lanes in their new order: element {@code i} is the lane drawn {@code i}th
     */
    static int[] order(int n, List<double[]> pairs) {
        List<double[]> joins = new ArrayList<>();
        for (double[] pair : pairs) {
            if ((int) pair[0] != (int) pair[1]) {
                joins.add(pair);
            }
        }
        LaneOrder order = new LaneOrder(n, joins);
        order.sweep();
        if (n <= MAX_SIFTED_LANES) {
            order.sift();
        } else {
            order.swapNeighbours();
        }
        int[] lanes = new int[n];
        for (int lane = 0; lane < n; lane++) {
            lanes[order.pos[lane]] = lane;
        }
        return lanes;
    }

    /** The linear arrangement cost of the lanes at these positions. */
    static double cost(int n, List<double[]> pairs, int[] order) {
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[order[i]] = i;
        }
        double cost = 0;
        for (double[] pair : pairs) {
            cost += pair[2] * Math.abs(at[(int) pair[0]] - at[(int) pair[1]]);
        }
        return cost;
    }

    private double cost(int[] at) {
        double cost = 0;
        for (int a = 0; a < n; a++) {
            for (int k = start[a]; k < start[a + 1]; k++) {
                cost += weight[k] * Math.abs(at[a] - at[partner[k]]);
            }
        }
        return cost / 2;
    }

    private void sweep() {
        double cost = cost(pos);
        for (int s = 0; s < SWEEPS; s++) {
            double[] centre = new double[n];
            for (int a = 0; a < n; a++) {
                double sum = 0;
                double total = 0;
                for (int k = start[a]; k < start[a + 1]; k++) {
                    sum += weight[k] * pos[partner[k]];
                    total += weight[k];
                }
                centre[a] = total > 0 ? sum / total : pos[a];
            }
            Integer[] lanes = new Integer[n];
            for (int i = 0; i < n; i++) {
                lanes[i] = i;
            }
            Arrays.sort(lanes, Comparator.<Integer>comparingDouble(l -> centre[l]).thenComparingInt(l -> pos[l]));
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                next[lanes[i]] = i;
            }
            double nextCost = cost(next);
            if (nextCost >= cost) {
                return;
            }
            cost = nextCost;
            System.arraycopy(next, 0, pos, 0, n);
        }
    }

    /**
     * Moves each lane to where it costs least. Taking a lane out and putting it back at {@code p} shifts every
     * lane from {@code p} on by one, which stretches each join that straddles {@code p}: a difference array over
     * positions counts those, so that trying every position costs one pass over the joins.
     */
    private void sift() {
        for (int pass = 0; pass < PASSES; pass++) {
            boolean moved = false;
            for (int lane = 0; lane < n; lane++) {
                // Positions in the order without the lane.
                int[] rest = new int[n];
                for (int a = 0; a < n; a++) {
                    rest[a] = pos[a] < pos[lane] ? pos[a] : pos[a] - 1;
                }
                double[] stretch = new double[n + 1];
                for (int a = 0; a < n; a++) {
                    if (a == lane) {
                        continue;
                    }
                    for (int k = start[a]; k < start[a + 1]; k++) {
                        int b = partner[k];
                        if (b != lane && rest[a] < rest[b]) {
                            stretch[rest[a] + 1] += weight[k];
                            stretch[rest[b] + 1] -= weight[k];
                        }
                    }
                }
                int best = pos[lane];
                double bestCost = Double.MAX_VALUE;
                double straddling = 0;
                for (int p = 0; p < n; p++) {
                    straddling += stretch[p];
                    double own = 0;
                    for (int k = start[lane]; k < start[lane + 1]; k++) {
                        int other = rest[partner[k]] < p ? rest[partner[k]] : rest[partner[k]] + 1;
                        own += weight[k] * Math.abs(p - other);
                    }
                    double total = own + straddling;
                    if (total < bestCost - 1e-9 || (Math.abs(total - bestCost) <= 1e-9 && p == pos[lane])) {
                        bestCost = total;
                        best = p;
                    }
                }
                if (best != pos[lane]) {
                    moved = true;
                    for (int a = 0; a < n; a++) {
                        pos[a] = a == lane ? best : rest[a] < best ? rest[a] : rest[a] + 1;
                    }
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private void swapNeighbours() {
        int[] order = new int[n];
        for (int a = 0; a < n; a++) {
            order[pos[a]] = a;
        }
        for (int pass = 0; pass < PASSES; pass++) {
            boolean swapped = false;
            for (int i = 0; i + 1 < n; i++) {
                int a = order[i];
                int b = order[i + 1];
                if (gainOfSwap(a, b) < -1e-9) {
                    order[i] = b;
                    order[i + 1] = a;
                    pos[a] = i + 1;
                    pos[b] = i;
                    swapped = true;
                }
            }
            if (!swapped) {
                return;
            }
        }
    }

    /** How the cost changes when {@code a} and the lane just after it, {@code b}, trade places. */
    private double gainOfSwap(int a, int b) {
        double delta = 0;
        for (int k = start[a]; k < start[a + 1]; k++) {
            int o = partner[k];
            if (o != b) {
                delta += weight[k] * (Math.abs(pos[a] + 1 - pos[o]) - Math.abs(pos[a] - pos[o]));
            }
        }
        for (int k = start[b]; k < start[b + 1]; k++) {
            int o = partner[k];
            if (o != a) {
                delta += weight[k] * (Math.abs(pos[b] - 1 - pos[o]) - Math.abs(pos[b] - pos[o]));
            }
        }
        return delta;
    }
}
