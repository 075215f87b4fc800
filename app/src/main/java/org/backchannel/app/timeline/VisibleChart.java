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

/** The timeline chart of what the filters let through: the same nodes and links as the network shows. */
public final class VisibleChart {

    private VisibleChart() {
    }

    public static TimelineChart of(LoadedGraph graph, VisibleGraph visible, LaneMode lanes) {
        List<GraphNode> nodes = new ArrayList<>();
        for (String id : visible.nodeIds()) {
            graph.node(id).ifPresent(nodes::add);
        }
        List<GraphLink> links = new ArrayList<>();
        for (String id : visible.linkIds()) {
            graph.link(id).ifPresent(links::add);
        }
        return TimelineBuilder.build(nodes, links, lanes);
    }
}
