package org.backchannel.layout;

/**
 * Attraction along edges, proportional to the edge's weight and, in linear mode, to its length, as ForceAtlas2 does
 * (Jacomy et al. 2014). LinLog mode uses log(1 + d) instead of d, which Noack showed separates clusters better.
 */
final class EdgeAttraction {

    private final boolean linLog;

    EdgeAttraction(boolean linLog) {
        this.linLog = linLog;
    }

    void accumulate(LayoutGraph graph, double[] xs, double[] ys, double[] fx, double[] fy) {
        int edges = graph.edgeCount();
        for (int e = 0; e < edges; e++) {
            int s = graph.source(e);
            int t = graph.target(e);
            double dx = xs[s] - xs[t];
            double dy = ys[s] - ys[t];
            double factor = graph.weight(e);
            if (linLog) {
                double d = Math.sqrt(dx * dx + dy * dy);
                if (d == 0) {
                    continue;
                }
                factor *= Math.log1p(d) / d;
            }
            fx[s] -= dx * factor;
            fy[s] -= dy * factor;
            fx[t] += dx * factor;
            fy[t] += dy * factor;
        }
    }
}
