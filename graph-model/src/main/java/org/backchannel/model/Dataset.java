package org.backchannel.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A whole, validated dataset: its identity, sources, nodes and links. {@code id} is what the store
 * keeps the dataset's contribution under; {@code revises} names datasets whose facts this one may
 * correct instead of being refused for contradicting them.
 */
public record Dataset(String format, String id, String title, String description, List<String> revises,
                      List<Source> sources, List<GraphNode> nodes, List<GraphLink> links, DatasetOrigin origin) {

    public static final String FORMAT = "backchannel-dataset/2";
    /** The first format, without dataset id; still read, its id taken from the file name. */
    public static final String FORMAT_1 = "backchannel-dataset/1";

    public Dataset {
        revises = List.copyOf(revises);
        sources = List.copyOf(sources);
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        origin = origin == null ? DatasetOrigin.NONE : origin;
    }

    /** A dataset built in code, whose id is made from its title. */
    public Dataset(String format, String title, String description, List<Source> sources,
                   List<GraphNode> nodes, List<GraphLink> links) {
        this(format, slugOf(title), title, description, List.of(), sources, nodes, links, DatasetOrigin.NONE);
    }

    /** The same dataset — id, title, file — with other content, as a corrected file of it would have. */
    public Dataset withContent(List<Source> sources, List<GraphNode> nodes, List<GraphLink> links) {
        return new Dataset(format, id, title, description, revises, sources, nodes, links, origin);
    }

    public Optional<GraphNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** A dataset id made of any text: lower-case letters and digits joined by single hyphens. */
    public static String slugOf(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "dataset" : slug.substring(0, Math.min(slug.length(), 100)).replaceAll("-+$", "");
    }
}
