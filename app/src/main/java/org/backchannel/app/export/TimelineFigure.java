package org.backchannel.app.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.timeline.VisibleChart;
import org.backchannel.model.GraphLink;
import org.backchannel.model.Source;
import org.backchannel.render.timeline.ChartExchange;
import org.backchannel.render.timeline.LaneMode;
import org.backchannel.render.timeline.TimelineChart;

/**
 * What an exported timeline shows and says: the chart of the visible graph (the same filters as the network)
 * and a caption with the lanes, the filters, the date and the sources its exchanges cite. The app and the
 * headless {@code export --view timeline} build it the same way.
 */
public record TimelineFigure(TimelineChart chart, List<String> caption) {

    public static TimelineFigure of(LoadedGraph graph, VisibleGraph visible, LaneMode lanes, String filters,
                                    Map<String, Source> sources, LocalDate today) {
        TimelineChart chart = VisibleChart.of(graph, visible, lanes);
        List<String> caption = new ArrayList<>();
        caption.add("Backchannel timeline · a lane per " + lanes.noun() + " · " + chart.lanes().size() + " lanes, "
                + chart.exchanges().size() + " exchanges, " + chart.markers().size() + " events and outcomes · "
                + (filters.isEmpty() ? "no filters" : "filters: " + filters) + " · " + today);
        Set<String> cited = new TreeSet<>();
        for (ChartExchange exchange : chart.exchanges()) {
            graph.link(exchange.linkId()).map(GraphLink::sourceIds).orElse(List.of()).stream()
                    .map(id -> sources.containsKey(id) ? Figure.describe(sources.get(id)) : id).forEach(cited::add);
        }
        cited.forEach(s -> caption.add("Source: " + s));
        return new TimelineFigure(chart, caption);
    }
}
