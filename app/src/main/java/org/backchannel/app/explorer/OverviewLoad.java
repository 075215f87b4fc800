package org.backchannel.app.explorer;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.Source;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.Subgraph;

/**
 * An opened store's overview, made into a graph with its filter index in the background: at 10⁵
 * nodes that takes seconds.
 */
record OverviewLoad(Subgraph subgraph, LoadedGraph graph, List<Source> sources) {

    static OverviewLoad from(GraphStore store, int cap) {
        Subgraph overview = store.overview(GraphFilter.ALL, cap);
        return new OverviewLoad(overview, LoadedGraph.of(overview.nodes(), overview.links()).indexed(), store.sources());
    }
}
