package org.backchannel.app.exchanges;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.YearRange;

/**
 * Who spoke to whom among the loaded and visible exchanges: those of the selection, or all of
 * them when nothing is selected, oldest first. The same filters as the graph apply.
 */
public final class ExchangesViewModel {

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObservableList<ExchangeRow> rows = FXCollections.observableArrayList();

    public ExchangesViewModel() {
    }

    /** Follows what the exploration shows and selects. */
    public ExchangesViewModel(Exploration exploration) {
        exploration.addListener(event -> {
            if (event.changesVisible() || event.touches(Aspect.SELECTION)) {
                show(exploration.graph(), exploration.visible(), Set.copyOf(exploration.selection()));
            }
        });
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObservableList<ExchangeRow> getRows() {
        return rows;
    }

    public void show(LoadedGraph graph, VisibleGraph visible, Set<String> selection) {
        List<GraphLink> exchanges = graph.links().stream()
                .filter(l -> l.type() == LinkType.SPOKE_WITH && visible.linkIds().contains(l.id()))
                .filter(l -> selection.isEmpty() || selection.contains(l.fromId()) || selection.contains(l.toId()))
                .sorted(Comparator.comparing((GraphLink l) -> l.span().start(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(GraphLink::id))
                .toList();
        rows.setAll(exchanges.stream().map(l -> row(l, graph)).toList());
        heading.set(selection.isEmpty()
                ? exchanges.size() + " exchanges"
                : exchanges.size() + " exchanges of " + selection.stream().map(id -> graph.node(id).map(GraphNode::name).orElse(id))
                        .sorted().collect(Collectors.joining(", ")));
    }

    private static ExchangeRow row(GraphLink link, LoadedGraph graph) {
        Optional<GraphNode> channel = Optional.ofNullable(link.channelId()).flatMap(graph::node);
        String source = String.join(", ", link.sourceIds());
        return new ExchangeRow(name(graph, link.fromId()), link.mutual() ? ExchangeRow.MUTUAL : ExchangeRow.ONE_WAY,
                name(graph, link.toId()),
                link.span().isDated() ? link.span().toString() : "",
                channel.map(GraphNode::name).orElse(""),
                channel.map(c -> c.channelType().displayName()).orElse(""),
                outcomes(link, channel, graph), source, link.id());
    }

    /** Outcomes the channel led to in the years of the exchange; the article ties outcomes to channels and events, not to single talks. */
    private static String outcomes(GraphLink link, Optional<GraphNode> channel, LoadedGraph graph) {
        if (channel.isEmpty()) {
            return "";
        }
        Optional<YearRange> years = graph.linkYears(link.id());
        List<String> names = new ArrayList<>();
        for (GraphLink led : graph.linksOf(channel.get().id())) {
            if (led.type() == LinkType.LED_TO && led.fromId().equals(channel.get().id())) {
                graph.node(led.toId()).filter(n -> n.kind() == NodeKind.OUTCOME)
                        .filter(o -> years.isEmpty() || graph.nodeYears(o.id()).map(y -> y.overlaps(years.get())).orElse(true))
                        .ifPresent(o -> names.add(o.name()));
            }
        }
        return String.join("; ", names);
    }

    private static String name(LoadedGraph graph, String id) {
        return graph.node(id).map(GraphNode::name).orElse(id);
    }
}
