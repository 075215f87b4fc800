package org.backchannel.bench.layout;

import java.util.Arrays;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphFactory;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2Builder;

/**
 * Gephi Toolkit 0.10.1's ForceAtlas2 with the settings of the ForceAtlas2 paper (Barnes–Hut θ 1.2, scaling 2,
 * jitter tolerance 1, gravity 1) and Gephi's own thread count for this machine (available cores − 1, at least 1).
 * The graph lives in Gephi's in-memory graph store, built without a project or workspace.
 */
public final class GephiForceAtlas2 implements LayoutPeer {

    private Node[] nodes;
    private ForceAtlas2 layout;
    private GraphModel model;

    @Override
    public String name() {
        return "Gephi ForceAtlas2";
    }

    /** Gephi's default for this machine, read from Gephi itself so that a newer toolkit's choice shows. */
    public static int threads() {
        ForceAtlas2 probe = new ForceAtlas2(new ForceAtlas2Builder());
        probe.resetPropertiesValues();
        return probe.getThreadsCount();
    }

    @Override
    public void start(LayoutGraph graph, LayoutState start) {
        model = GraphModel.Factory.newInstance();
        GraphFactory factory = model.factory();
        nodes = new Node[graph.nodeCount()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = factory.newNode(String.valueOf(i));
            nodes[i].setX((float) start.x(i));
            nodes[i].setY((float) start.y(i));
        }
        Edge[] edges = new Edge[graph.edgeCount()];
        for (int e = 0; e < edges.length; e++) {
            edges[e] = factory.newEdge(nodes[graph.source(e)], nodes[graph.target(e)], 0, graph.weight(e), false);
        }
        var undirected = model.getUndirectedGraph();
        undirected.addAllNodes(Arrays.asList(nodes));
        undirected.addAllEdges(Arrays.asList(edges));
        layout = new ForceAtlas2(new ForceAtlas2Builder());
        layout.setGraphModel(model);
        layout.resetPropertiesValues();
        layout.setBarnesHutOptimize(true);
        layout.setBarnesHutTheta(1.2);
        layout.setScalingRatio(2.0);
        layout.setJitterTolerance(1.0);
        layout.setGravity(1.0);
        layout.initAlgo();
    }

    @Override
    public void run(int iterations) {
        for (int i = 0; i < iterations; i++) {
            layout.goAlgo();
        }
    }

    @Override
    public void positionsInto(LayoutState out) {
        for (int i = 0; i < nodes.length; i++) {
            out.set(i, nodes[i].x(), nodes[i].y());
        }
    }
}
