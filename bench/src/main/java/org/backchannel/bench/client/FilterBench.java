package org.backchannel.bench.client;

import java.util.EnumSet;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Samples;
import org.backchannel.bench.report.Table;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;

/** How long the client takes to work out what a new filter shows ({@link VisibleGraph#of}) on a loaded graph. */
public final class FilterBench {

    private final Results results;

    public FilterBench(Results results) {
        this.results = results;
    }

    public void measure(String graphName, LoadedGraph graph) throws Exception {
        Table table = results.table("Filter change on the " + graphName + " graph", "VisibleGraph.of(loaded graph, filter) "
                + "over " + String.format("%,d nodes and %,d links", graph.nodeCount(), graph.linkCount())
                + "; median (min) of 10 runs after 3 warm-ups.", "filter", "visible nodes / links", "ms");
        GraphFilter channelType = new GraphFilter(EnumSet.of(ChannelType.BACK_CHANNEL), null);
        GraphFilter era = new GraphFilter(Set.of(), new YearRange(1969, 1977));
        GraphFilter both = new GraphFilter(EnumSet.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1977));
        double worst = 0;
        for (var entry : new Object[][] {{"channel type: back channel", channelType}, {"era: 1969–1977", era},
                {"both", both}, {"none (all)", GraphFilter.ALL}}) {
            GraphFilter filter = (GraphFilter) entry[1];
            Samples samples = Samples.of(3, 10, () -> VisibleGraph.of(graph, filter));
            VisibleGraph visible = VisibleGraph.of(graph, filter);
            table.add(entry[0], String.format("%,d / %,d", visible.nodeIds().size(), visible.linkIds().size()),
                    Format.ms(samples.median()) + " (" + Format.ms(samples.min()) + ")");
            if (filter != GraphFilter.ALL) {
                worst = Math.max(worst, samples.median());
            }
            System.err.printf("filter %s: %s ms%n", entry[0], Format.ms(samples.median()));
        }
        results.target("filter change (channel type / era) on the " + graphName + " graph", "≤ 16 ms (one frame)",
                "worst median " + Format.ms(worst) + " ms", worst <= 16);
    }
}
