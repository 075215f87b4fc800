package org.backchannel.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Places nodes left to right by year, for reading a network as a history: x = (year − earliest year) × units per
 * year. Nodes too close in time to sit side by side are stacked in lanes (y = lane × lane spacing, downwards), the
 * earlier node index taking the upper lane, so the result depends only on the input.
 *
 * <p>An undated node (year NaN) goes to the mean x of its dated neighbours, so it appears near the period it is
 * linked to, or, without dated neighbours, to a column left of the earliest year. All undated nodes sit in a band
 * of their own below the dated ones, so that a position is never mistaken for a date.
 *
 * <p>Pinned nodes keep their place and take no lane, so a node the user has dragged may overlap others. The layout
 * is computed in one step, after which it is converged.
 */
public final class TimelineLayout implements Layout {

    private final double[] year;
    private final TimelineOptions options;
    private LayoutGraph graph;
    private LayoutState state;
    private boolean done;

    /** A timeline with {@link TimelineOptions#defaults()}. */
    public TimelineLayout(double[] year) {
        this(year, TimelineOptions.defaults());
    }

    /**
     * @param year per node, its year (fractions allowed, for dates within a year), or NaN when undated
     * @throws IllegalArgumentException if a year is infinite
     */
    public TimelineLayout(double[] year, TimelineOptions options) {
        this.year = Objects.requireNonNull(year, "year").clone();
        this.options = Objects.requireNonNull(options, "options");
        for (int i = 0; i < this.year.length; i++) {
            if (Double.isInfinite(this.year[i])) {
                throw new IllegalArgumentException("node " + i + " has an infinite year");
            }
        }
    }

    @Override
    public void init(LayoutGraph graph, LayoutState state) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(state, "state");
        if (state.size() != graph.nodeCount() || year.length != graph.nodeCount()) {
            throw new IllegalArgumentException("graph has " + graph.nodeCount() + " nodes, state " + state.size()
                    + " and years " + year.length);
        }
        this.graph = graph;
        this.state = state;
        done = false;
    }

    @Override
    public void step() {
        if (graph == null) {
            throw new IllegalStateException("init must be called before step");
        }
        double minYear = IntStream.range(0, year.length).filter(this::dated).mapToDouble(i -> year[i]).min().orElse(0);
        double[] datedX = new double[year.length];
        for (int i = 0; i < year.length; i++) {
            datedX[i] = (year[i] - minYear) * options.unitsPerYear();
        }
        int datedLanes = placeInLanes(movable(true), datedX, 0);
        placeInLanes(movable(false), undatedX(), (datedLanes + 1) * options.laneSpacing());
        done = true;
    }

    /** One step places every node, so the layout has converged as soon as it has run once. */
    @Override
    public boolean converged() {
        if (graph == null) {
            throw new IllegalStateException("init must be called before converged");
        }
        return done;
    }

    private boolean dated(int node) {
        return !Double.isNaN(year[node]);
    }

    private int[] movable(boolean datedOnes) {
        return IntStream.range(0, year.length).filter(i -> dated(i) == datedOnes && !state.pinned(i)).toArray();
    }

    /** Puts the nodes at their x in lanes starting at {@code top}; returns how many lanes they used. */
    private int placeInLanes(int[] nodes, double[] x, double top) {
        Integer[] boxed = Arrays.stream(nodes).boxed().toArray(Integer[]::new);
        // Stable sort: nodes at one x keep index order, which decides who gets the upper lane.
        Arrays.sort(boxed, Comparator.comparingDouble((Integer i) -> x[i]));
        int[] order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        int[] lane = Lanes.assign(order, x, options.laneSpacing());
        int lanes = 0;
        for (int node : order) {
            state.set(node, x[node], top + lane[node] * options.laneSpacing());
            lanes = Math.max(lanes, lane[node] + 1);
        }
        return lanes;
    }

    /**
     * x of each undated node: the mean x of its dated neighbours, or a column left of the earliest year. Reads the
     * dated neighbours' positions from the state, so a pinned neighbour counts where it is, not where its year is.
     */
    private double[] undatedX() {
        int n = year.length;
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int e = 0; e < graph.edgeCount(); e++) {
            int s = graph.source(e);
            int t = graph.target(e);
            if (!dated(s) && dated(t)) {
                sum[s] += state.x(t);
                count[s]++;
            }
            if (!dated(t) && dated(s)) {
                sum[t] += state.x(s);
                count[t]++;
            }
        }
        double leftColumn = -2 * options.laneSpacing();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = count[i] > 0 ? sum[i] / count[i] : leftColumn;
        }
        return x;
    }
}
