package org.backchannel.bench.layout;

import org.backchannel.layout.DrawingLayout;
import org.backchannel.layout.ForceAtlas2Layout;
import org.backchannel.layout.ForceAtlas2Options;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;

/**
 * Backchannel's ForceAtlas2, by default with the options the app uses (app's {@code LayoutFactory}: Gephi's
 * defaults, scaling 500 so that labels fit between neighbours, the app's seed), or with the paper's settings that
 * Gephi runs with here, to tell the algorithm from the app's choice of scaling. Steps are run one by one, never
 * stopping at convergence, so that every peer does the same number of iterations.
 */
public final class OurForceAtlas2 implements LayoutPeer {

    static final long SEED = DrawingLayout.SEED;

    private final ForceAtlas2Options options;
    private final String name;
    private ForceAtlas2Layout layout;
    private LayoutState state;

    /** With the app's options. */
    public OurForceAtlas2() {
        this(DrawingLayout.forceAtlas2(SEED), "ours");
    }

    private OurForceAtlas2(ForceAtlas2Options options, String name) {
        this.options = options;
        this.name = name;
    }

    /** With the settings Gephi runs with in these benchmarks: θ 1.2, scaling 2, jitter tolerance 1, gravity 1. */
    public static OurForceAtlas2 withPaperSettings() {
        return new OurForceAtlas2(ForceAtlas2Options.defaults().withSeed(SEED), "ours (paper settings)");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start(LayoutGraph graph, LayoutState start) {
        state = new LayoutState(graph.nodeCount());
        for (int i = 0; i < graph.nodeCount(); i++) {
            state.set(i, start.x(i), start.y(i));
        }
        layout = new ForceAtlas2Layout(options);
        layout.init(graph, state);
    }

    @Override
    public void run(int iterations) {
        for (int i = 0; i < iterations; i++) {
            layout.step();
        }
    }

    @Override
    public void positionsInto(LayoutState out) {
        for (int i = 0; i < state.size(); i++) {
            out.set(i, state.x(i), state.y(i));
        }
    }
}
