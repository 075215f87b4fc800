package org.backchannel.app.timeline;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.render.timeline.LaneMode;
import org.backchannel.render.timeline.TimelineBuilder;
import org.backchannel.render.timeline.TimelineChart;

/**
 * The timeline chart of what the filters let through: the same nodes and links as the network shows. The
 * nodes and links are taken on the caller's thread ({@link #of}); the chart can then be built on another.
 */
public record VisibleChart(List<GraphNode> nodes, List<GraphLink> links) {

    public TimelineChart build(LaneMode lanes) {
        return TimelineBuilder.build(nodes, links, lanes);
    }

    public static TimelineChart of(LoadedGraph graph, VisibleGraph visible, LaneMode lanes) {
        return take(graph, visible).build(lanes);
    }

    /** What the chart is built from, taken now: the loaded graph may grow on the UI thread meanwhile. */
    public static VisibleChart take(LoadedGraph graph, VisibleGraph visible) {
        List<GraphNode> nodes = new ArrayList<>();
        for (String id : visible.nodeIds()) {
            graph.node(id).ifPresent(nodes::add);
        }
        List<GraphLink> links = new ArrayList<>();
        for (String id : visible.linkIds()) {
            graph.link(id).ifPresent(links::add);
        }
        return new VisibleChart(List.copyOf(nodes), List.copyOf(links));
    }
}
