package org.backchannel.model;

import java.util.List;
import java.util.Optional;

/** A whole, validated dataset: its sources, nodes and links. */
public record Dataset(String format, String title, String description, List<Source> sources,
                      List<GraphNode> nodes, List<GraphLink> links) {

    public static final String FORMAT = "backchannel-dataset/1";

    public Dataset {
        sources = List.copyOf(sources);
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    public Optional<GraphNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
