package org.backchannel.bench.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.layout.LayoutState;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphFactory;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;

/** The Gephi side of {@link ClientHeapProbe}: Gephi Toolkit's graph model holding the same graph, as the probe describes. */
final class GephiHeld {

    private GephiHeld() {
    }

    static GraphModel model(Dataset dataset, LayoutState start) {
        GraphModel model = GraphModel.Factory.newInstance();
        GraphFactory factory = model.factory();
        var nodeTable = model.getNodeTable();
        for (String column : List.of("kind", "category", "channelType", "secrecy", "start", "end", "certainty", "aliases")) {
            nodeTable.addColumn(column, String.class);
        }
        var edgeTable = model.getEdgeTable();
        for (String column : List.of("channel", "role", "start", "end", "certainty", "sources")) {
            edgeTable.addColumn(column, String.class);
        }
        Map<String, Node> byId = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        for (GraphNode n : dataset.nodes()) {
            Node node = factory.newNode(ClientHeapProbe.decoded(n.id()));
            node.setLabel(ClientHeapProbe.decoded(n.name()));
            node.setX((float) start.x(i));
            node.setY((float) start.y(i));
            i++;
            node.setAttribute("kind", n.kind() == null ? null : n.kind().name());
            node.setAttribute("category", n.category());
            node.setAttribute("channelType", n.channelType() == null ? null : n.channelType().name());
            node.setAttribute("secrecy", n.secrecy() == null ? null : n.secrecy().name());
            node.setAttribute("start", n.span().start() == null ? null : n.span().start().toString());
            node.setAttribute("end", n.span().end() == null ? null : n.span().end().toString());
            node.setAttribute("certainty", n.certainty().name());
            node.setAttribute("aliases", n.aliases().isEmpty() ? null : String.join("|", n.aliases()));
            byId.put(n.id(), node);
            nodes.add(node);
        }
        model.getDirectedGraph().addAllNodes(nodes);
        List<Edge> edges = new ArrayList<>();
        for (GraphLink l : dataset.links()) {
            int type = model.addEdgeType(l.type().name());
            Edge edge = factory.newEdge(ClientHeapProbe.decoded(l.id()), byId.get(l.fromId()), byId.get(l.toId()), type, 1, true);
            edge.setAttribute("channel", l.channelId());
            edge.setAttribute("role", l.role());
            edge.setAttribute("start", l.span().start() == null ? null : l.span().start().toString());
            edge.setAttribute("end", l.span().end() == null ? null : l.span().end().toString());
            edge.setAttribute("certainty", l.certainty().name());
            edge.setAttribute("sources", l.sourceIds().isEmpty() ? null : String.join("|", l.sourceIds()));
            edges.add(edge);
        }
        model.getDirectedGraph().addAllEdges(edges);
        byId = null;
        return model;
    }
}
