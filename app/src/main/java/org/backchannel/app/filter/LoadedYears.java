package org.backchannel.app.filter;

import java.util.EnumMap;
import java.util.Map;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphNode;
import org.backchannel.model.PartialDate;
import org.backchannel.model.YearRange;

/**
 * What the filter's controls can offer for what is loaded: the years from the earliest dated year to
 * the latest year something begins or ends, and how many channels there are of each type.
 *
 * @param years null when nothing loaded is dated
 */
record LoadedYears(YearRange years, Map<ChannelType, Integer> channelCounts, int nodes) {

    static LoadedYears of(LoadedGraph graph) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        Map<ChannelType, Integer> counts = new EnumMap<>(ChannelType.class);
        for (GraphNode node : graph.nodes()) {
            YearRange years = graph.nodeYears(node.id()).orElse(null);
            if (years != null) {
                min = Math.min(min, years.from());
                // Open-ended spans run to year 9999; the slider stops at the latest year something begins or ends.
                max = Math.max(max, years.to() >= PartialDate.MAX_YEAR ? years.from() : years.to());
            }
            if (node.channelType() != null) {
                counts.merge(node.channelType(), 1, Integer::sum);
            }
        }
        return new LoadedYears(min <= max ? new YearRange(min, Math.max(max, min + 1)) : null, Map.copyOf(counts),
                graph.nodes().size());
    }
}
