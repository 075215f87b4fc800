package org.backchannel.layout;

/**
 * Lays out the nodes that have a link with another layout, and sets the nodes without any link in
 * rows under that drawing, in index order.
 *
 * <p>ForceAtlas2 pushes a node without links outwards until gravity holds it: a ring many times
 * wider than the linked part (Gephi draws the same ring, only more slowly). When a capped load
 * leaves thousands of nodes without a loaded link, the picture became a speck of graph inside a
 * ring of dots. Set aside, the unlinked nodes stay findable and the graph keeps the picture.
 * A node the user pinned stays where it was put, linked or not.
 */
public final class UnlinkedAside implements Layout {

    private final Layout inner;
    private final double spacing;
    private LayoutState state;
    private LayoutState linkedState;
    private int[] linked;
    private int[] unlinked;

    /** @param spacing distance between neighbouring unlinked nodes in their rows, in world units */
    public UnlinkedAside(Layout inner, double spacing) {
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("spacing must be positive: " + spacing);
        }
        this.inner = inner;
        this.spacing = spacing;
    }

    /** The layout the linked nodes get. */
    public Layout inner() {
        return inner;
    }

    @Override
    public void init(LayoutGraph graph, LayoutState state) {
        if (state.size() != graph.nodeCount()) {
            throw new IllegalArgumentException("state has " + state.size() + " nodes, graph " + graph.nodeCount());
        }
        this.state = state;
        int linkedCount = 0;
        for (int i = 0; i < graph.nodeCount(); i++) {
            linkedCount += graph.degree(i) > 0 ? 1 : 0;
        }
        linked = new int[linkedCount];
        unlinked = new int[graph.nodeCount() - linkedCount];
        int[] place = new int[graph.nodeCount()];
        for (int i = 0, l = 0, u = 0; i < graph.nodeCount(); i++) {
            if (graph.degree(i) > 0) {
                place[i] = l;
                linked[l++] = i;
            } else {
                unlinked[u++] = i;
            }
        }
        int[] sources = new int[graph.edgeCount()];
        int[] targets = new int[graph.edgeCount()];
        double[] weights = new double[graph.edgeCount()];
        for (int e = 0; e < graph.edgeCount(); e++) {
            sources[e] = place[graph.source(e)];
            targets[e] = place[graph.target(e)];
            weights[e] = graph.weight(e);
        }
        linkedState = new LayoutState(linkedCount);
        for (int l = 0; l < linkedCount; l++) {
            linkedState.set(l, state.x(linked[l]), state.y(linked[l]));
            linkedState.pin(l, state.pinned(linked[l]));
        }
        inner.init(new LayoutGraph(linkedCount, sources, targets, weights), linkedState);
        publish();
    }

    @Override
    public void step() {
        // Drags arrive on the outer state between steps: pins and pinned positions pass inwards.
        for (int l = 0; l < linked.length; l++) {
            int i = linked[l];
            if (state.pinned(i) || linkedState.pinned(l)) {
                linkedState.pin(l, state.pinned(i));
                linkedState.set(l, state.x(i), state.y(i));
            }
        }
        inner.step();
        publish();
    }

    @Override
    public boolean converged() {
        return inner.converged();
    }

    /** Copies the linked drawing out and puts the unpinned unlinked nodes in rows under it. */
    private void publish() {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < linked.length; l++) {
            double x = linkedState.x(l);
            double y = linkedState.y(l);
            state.set(linked[l], x, y);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        if (linked.length == 0) {
            minX = 0;
            maxX = 0;
            maxY = -2 * spacing;
        }
        int free = 0;
        for (int i : unlinked) {
            free += state.pinned(i) ? 0 : 1;
        }
        // As wide as the drawing above, or a square block when that is narrower.
        int columns = (int) Math.max(Math.ceil(Math.sqrt(free)), Math.floor((maxX - minX) / spacing) + 1);
        double top = maxY + 2 * spacing;
        int k = 0;
        for (int i : unlinked) {
            if (state.pinned(i)) {
                continue;
            }
            state.set(i, minX + (k % columns) * spacing, top + (k / columns) * spacing);
            k++;
        }
    }
}
