package org.backchannel.app.explorer;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.StartupClock;
import org.backchannel.model.Source;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.Subgraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opened store's overview, made into a graph with its filter index in the background: at 10⁵
 * nodes that takes seconds.
 */
record OverviewLoad(Subgraph subgraph, LoadedGraph graph, List<Source> sources) {

    private static final Logger LOG = LoggerFactory.getLogger(OverviewLoad.class);

    static OverviewLoad from(GraphStore store, int cap) {
        Subgraph overview = store.overview(GraphFilter.ALL, cap);
        LOG.info("Overview read ({} nodes) {}", overview.nodes().size(), StartupClock.sinceJvmStart());
        LoadedGraph graph = LoadedGraph.of(overview.nodes(), overview.links()).indexed();
        List<Source> sources = store.sources();
        LOG.info("Sources read {}", StartupClock.sinceJvmStart());
        return new OverviewLoad(overview, graph, sources);
    }
}
