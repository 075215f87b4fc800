package org.backchannel.app.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.graph.SceneBuilder;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.model.GraphLink;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.Source;
import org.backchannel.render.GraphScene;

/**
 * What an exported figure shows and says: the chosen part of the visible graph at its positions,
 * and a caption with the active filters, the date, the datasets and content digest of the store, and the
 * sources its links cite. The app and the
 * headless {@code export} command build figures the same way, so they export the same image.
 */
public record Figure(GraphScene scene, List<String> caption) {

    /** @param provenance the datasets and content digest of the store the graph came from, for the caption */
    public static Figure of(LoadedGraph graph, VisibleGraph visible, Map<String, double[]> positions, ExportScope scope,
                            Set<String> selection, Set<String> pinned, String filters, Map<String, Source> sources,
                            Provenance provenance, LocalDate today) {
        return of(graph, visible, positions, scope, selection, pinned, filters, sources, provenance, today, NodeEncoding.DEFAULT, Map.of());
    }

    /**
     * @param encoding what node sizes and colours mean, said in the legend and the caption
     * @param measures the scene's measures by node id, for sizes and colours by betweenness, PageRank or community
     */
    public static Figure of(LoadedGraph graph, VisibleGraph visible, Map<String, double[]> positions, ExportScope scope,
                            Set<String> selection, Set<String> pinned, String filters, Map<String, Source> sources,
                            Provenance provenance, LocalDate today, NodeEncoding encoding, Map<String, NodeMeasures> measures) {
        VisibleGraph part = restrict(graph, visible, scope, selection);
        GraphScene scene = SceneBuilder.build(graph, part, positions, selection, pinned, Set.of(), Map.of(), encoding, measures);
        List<String> caption = new ArrayList<>();
        caption.add("Backchannel · " + scene.nodes().size() + " nodes, " + scene.links().size() + " links · "
                + (filters.isEmpty() ? "no filters" : "filters: " + filters) + describe(encoding) + " · " + today);
        String data = provenance.captionLine();
        if (!data.isEmpty()) {
            caption.add(data);
        }
        Set<String> cited = new TreeSet<>();
        for (var link : scene.links()) {
            // Source ids, not citations: the loaded links are outlines, which carry no quotes.
            graph.link(link.id()).map(GraphLink::sourceIds).orElse(List.of()).stream()
                    .map(id -> sources.containsKey(id) ? describe(sources.get(id)) : id).forEach(cited::add);
        }
        cited.forEach(s -> caption.add("Source: " + s));
        return new Figure(scene, caption);
    }

    static VisibleGraph restrict(LoadedGraph graph, VisibleGraph visible, ExportScope scope, Set<String> selection) {
        if (scope == ExportScope.VISIBLE || selection.isEmpty()) {
            return visible;
        }
        Set<String> nodes = new LinkedHashSet<>();
        selection.stream().filter(visible.nodeIds()::contains).forEach(nodes::add);
        if (scope == ExportScope.SELECTION_AND_NEIGHBOURS) {
            for (String id : Set.copyOf(nodes)) {
                graph.linksOf(id).stream().filter(l -> visible.linkIds().contains(l.id()))
                        .forEach(l -> nodes.add(LoadedGraph.otherEnd(l, id)));
            }
        }
        Set<String> links = new LinkedHashSet<>();
        for (String id : visible.linkIds()) {
            graph.link(id).filter(l -> nodes.contains(l.fromId()) && nodes.contains(l.toId())).ifPresent(l -> links.add(l.id()));
        }
        return new VisibleGraph(nodes, links);
    }

    /** " · size: betweenness, colour: community", or nothing for the default way of drawing nodes. */
    static String describe(NodeEncoding encoding) {
        if (encoding.equals(NodeEncoding.DEFAULT)) {
            return "";
        }
        return " · size: " + encoding.sizeBy().title()
                + (encoding.colourBy() == NodeColouring.KIND ? "" : ", colour: " + encoding.colourBy().code());
    }

    static String describe(Source source) {
        StringBuilder text = new StringBuilder();
        if (source.author() != null) {
            text.append(source.author()).append(", ");
        }
        text.append(source.title());
        if (source.publisher() != null) {
            text.append(", ").append(source.publisher());
        }
        if (source.date() != null) {
            text.append(", ").append(source.date());
        }
        return text.toString();
    }
}
