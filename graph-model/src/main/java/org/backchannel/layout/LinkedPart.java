package org.backchannel.layout;

/**
 * The nodes of a layout that have an edge to another node, with those edges and their positions, numbered in their
 * original order. ForceAtlas2 pushes unlinked nodes out to a ring where gravity balances the repulsion of the rest,
 * and Noack's normalised edge length falls as that ring widens, although no edge got shorter; measured on this part
 * the figure says how well the linked nodes are drawn.
 */
public record LinkedPart(LayoutGraph graph, LayoutState state) {

    public static LinkedPart of(LayoutGraph graph, LayoutState state) {
        if (state.size() != graph.nodeCount()) {
            throw new IllegalArgumentException("state has " + state.size() + " nodes but the graph " + graph.nodeCount());
        }
        int[] index = new int[graph.nodeCount()];
        int edges = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (graph.source(e) != graph.target(e)) {
                index[graph.source(e)] = 1;
                index[graph.target(e)] = 1;
                edges++;
            }
        }
        int nodes = 0;
        for (int i = 0; i < index.length; i++) {
            index[i] = index[i] == 1 ? nodes++ : -1;
        }
        int[] sources = new int[edges];
        int[] targets = new int[edges];
        double[] weights = new double[edges];
        int k = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (graph.source(e) != graph.target(e)) {
                sources[k] = index[graph.source(e)];
                targets[k] = index[graph.target(e)];
                weights[k] = graph.weight(e);
                k++;
            }
        }
        LayoutState part = new LayoutState(nodes);
        for (int i = 0; i < index.length; i++) {
            if (index[i] >= 0) {
                part.set(index[i], state.x(i), state.y(i));
            }
        }
        return new LinkedPart(new LayoutGraph(nodes, sources, targets, weights), part);
    }
}
