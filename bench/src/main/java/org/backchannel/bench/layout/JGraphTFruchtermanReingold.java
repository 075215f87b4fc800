package org.backchannel.bench.layout;

import java.util.Random;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * JGraphT 1.5.2's Fruchterman–Reingold with Barnes–Hut (θ 0.5), the second peer. It lays out in one call of a
 * fixed number of iterations, so it cannot be stepped: {@link #run} lays out afresh from the start positions and
 * the caller divides the time by the iterations.
 */
public final class JGraphTFruchtermanReingold implements LayoutPeer {

    private static final double THETA = 0.5;
    /**
     * JGraphT's FR clamps nodes to a drawable box, and its quadtree never stops splitting when two nodes land on
     * the same point, as nodes clamped into one corner do: with the box just around the start, the scale-free S
     * graph ran out of memory within 15 iterations. A box three times wider than the start keeps every run here
     * finite.
     */
    private static final double BOX_FACTOR = 3;

    private Graph<Integer, DefaultEdge> graph;
    private LayoutState start;
    private LayoutModel2D<Integer> model;

    @Override
    public String name() {
        return "JGraphT FR (Barnes–Hut)";
    }

    @Override
    public boolean steps() {
        return false;
    }

    @Override
    public void start(LayoutGraph layoutGraph, LayoutState startAt) {
        this.start = startAt;
        graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < layoutGraph.nodeCount(); i++) {
            graph.addVertex(i);
        }
        for (int e = 0; e < layoutGraph.edgeCount(); e++) {
            graph.addEdge(layoutGraph.source(e), layoutGraph.target(e));
        }
    }

    @Override
    public void run(int iterations) {
        double extent = 0;
        for (int i = 0; i < start.size(); i++) {
            extent = Math.max(extent, Math.max(Math.abs(start.x(i)), Math.abs(start.y(i))));
        }
        double half = BOX_FACTOR * extent;
        model = new MapLayoutModel2D<>(new Box2D(-half, -half, 2 * half, 2 * half));
        var algorithm = new IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge>(iterations,
                IndexedFRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, THETA, new Random(OurForceAtlas2.SEED));
        algorithm.setInitializer(v -> Point2D.of(start.x(v), start.y(v)));
        algorithm.layout(graph, model);
    }

    @Override
    public void positionsInto(LayoutState out) {
        for (int i = 0; i < out.size(); i++) {
            Point2D p = model.get(i);
            out.set(i, p.getX(), p.getY());
        }
    }
}
