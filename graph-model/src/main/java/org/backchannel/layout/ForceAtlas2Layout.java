package org.backchannel.layout;

import java.util.Objects;

/**
 * ForceAtlas2 (Jacomy, Venturini, Heymann and Bastian, PLoS ONE 2014), the force-directed layout Gephi made
 * standard for networks of a few thousand nodes: linear attraction along weighted edges, repulsion
 * k<sub>r</sub>(deg+1)(deg+1)/d between all nodes (Barnes–Hut approximated by default), gravity
 * k<sub>g</sub>(deg+1) towards the origin and an adaptive speed that damps swinging nodes.
 *
 * <p>Each force lives in its own class ({@link EdgeAttraction}, {@link Repulsion}, {@link Gravity}) and the speed
 * rule in {@link AdaptiveSpeed}; this class only runs them in order. Given the same start, options and seed, the
 * positions after any number of steps are identical, whatever {@link ForceAtlas2Options#threads()} is: threads only
 * share the repulsion, where every node's force is summed on its own in a fixed order.
 *
 * <p><b>Scaling.</b> Distances at equilibrium grow with the square root of the scaling ratio k<sub>r</sub>. This
 * layout makes everything else grow with them, so that a layout at k<sub>r</sub> from a start magnified by
 * u = √(k<sub>r</sub>/2) is the one at Gephi's k<sub>r</sub> = 2 magnified by u, step for step (up to rounding):
 * gravity is multiplied by u, and the adaptive speed and the step cap ({@link StepCap}) work in layout units of u
 * world units. Gephi does not do this, so at a large scaling its gravity is relatively weaker and its steps
 * relatively shorter; a large scaling here only makes room, for labels say. LinLog mode's logarithm has no unit, so in that mode the
 * magnification holds only roughly.
 *
 * <p><b>Convergence.</b> The layout counts as converged after a step in which the mean distance moved by an
 * unpinned node is at most {@link ForceAtlas2Options#convergenceTolerance()} times the layout's extent (the longer
 * side of its bounding box). The adaptive speed falls as nodes start to swing around their equilibrium, so this
 * also holds once the global speed has become tiny. A layout with no unpinned nodes is converged at once.
 */
public final class ForceAtlas2Layout implements Layout {

    /** The scaling ratio of Gephi's defaults and of the paper's figures, at which a layout unit is a world unit. */
    static final double PAPER_SCALING = 2;

    private final ForceAtlas2Options options;
    private LayoutGraph graph;
    private LayoutState state;
    private NodeForces forces;
    private Repulsion repulsion;
    private Gravity gravity;
    private EdgeAttraction attraction;
    private AdaptiveSpeed speed;
    private StepCap cap;
    private CoincidenceNudge nudge;
    private ParallelRanges parallel;
    private double lastMovement;
    private boolean converged;

    /** ForceAtlas2 with {@link ForceAtlas2Options#defaults()}. */
    public ForceAtlas2Layout() {
        this(ForceAtlas2Options.defaults());
    }

    public ForceAtlas2Layout(ForceAtlas2Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ForceAtlas2Options options() {
        return options;
    }

    /** Starts afresh from the state's current positions; a layout can be initialised again for another run. */
    @Override
    public void init(LayoutGraph graph, LayoutState state) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(state, "state");
        if (state.size() != graph.nodeCount()) {
            throw new IllegalArgumentException("state has " + state.size() + " nodes but the graph " + graph.nodeCount());
        }
        this.graph = graph;
        this.state = state;
        forces = new NodeForces(graph);
        repulsion = options.barnesHut()
                ? new BarnesHutRepulsion(options.scalingRatio(), options.barnesHutTheta())
                : new PairRepulsion(options.scalingRatio());
        double unit = unit(options.scalingRatio());
        // Strong gravity grows with distance, which already grows with the unit; regular gravity must be scaled.
        gravity = new Gravity(options.strongGravity() ? options.gravity() : options.gravity() * unit,
                options.strongGravity());
        attraction = new EdgeAttraction(options.linLogMode());
        speed = new AdaptiveSpeed(options.jitterTolerance(), unit);
        cap = new StepCap(graph, unit);
        nudge = new CoincidenceNudge(options.seed());
        parallel = new ParallelRanges(options.threads());
        lastMovement = Double.NaN;
        converged = false;
    }

    /** World units per layout unit: the factor by which a scaling ratio magnifies the layout at the paper's 2. */
    static double unit(double scalingRatio) {
        return Math.sqrt(scalingRatio / PAPER_SCALING);
    }

    @Override
    public void step() {
        if (graph == null) {
            throw new IllegalStateException("init must be called before step");
        }
        double[] xs = state.xs();
        double[] ys = state.ys();
        boolean[] pinned = state.pinnedFlags();
        int n = graph.nodeCount();
        forces.startStep();
        repulsion.prepare(xs, ys, forces.mass);
        // Repulsion is nearly all of a step's time, and each node's sum is its own, so threads may share it.
        double[] fx = forces.fx;
        double[] fy = forces.fy;
        boolean coincident = parallel.run(n, (from, to) -> repulsion.accumulate(from, to, fx, fy));
        gravity.accumulate(0, n, xs, ys, forces.mass, forces.fx, forces.fy);
        attraction.accumulate(graph, xs, ys, forces.fx, forces.fy);
        speed.adjust(forces, pinned);
        lastMovement = speed.move(forces, xs, ys, pinned, cap.of(xs, ys));
        if (coincident) {
            nudge.separate(xs, ys, pinned);
        }
        converged = !coincident && lastMovement <= options.convergenceTolerance() * LayoutMetrics.extent(xs, ys);
    }

    /** See the class comment: mean movement in the last step at most the tolerance times the layout's extent. */
    @Override
    public boolean converged() {
        if (graph == null) {
            throw new IllegalStateException("init must be called before converged");
        }
        return converged;
    }

    /** Mean distance, in world units, moved by an unpinned node in the last step; NaN before the first step. */
    public double lastMovement() {
        return lastMovement;
    }
}
