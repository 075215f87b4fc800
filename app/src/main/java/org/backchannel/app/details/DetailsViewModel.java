package org.backchannel.app.details;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Source;
import org.backchannel.model.SourceKind;

/**
 * What the details pane shows for the selected node: kind, name, dates, channel type and secrecy,
 * every citation with its quote and source, and the node's links as facts in time order.
 */
public final class DetailsViewModel {

    // Properties
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper dates = new ReadOnlyStringWrapper(this, "dates", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ObservableList<CitationRow> citations = FXCollections.observableArrayList();
    private final ObservableList<FactRow> facts = FXCollections.observableArrayList();

    private Map<String, Source> sources = Map.of();

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty datesProperty() {
        return dates.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ObservableList<CitationRow> getCitations() {
        return citations;
    }

    public ObservableList<FactRow> getFacts() {
        return facts;
    }

    // Commands

    public void useSources(List<Source> all) {
        sources = all.stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
    }

    /** The sources citations refer to, for captions. */
    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public void show(GraphNode node, LoadedGraph graph) {
        title.set(node.name());
        subtitle.set(subtitleOf(node));
        dates.set(node.span().isDated() ? node.span().toString() : "");
        description.set(node.isForeign() ? otherProperties(node) : node.description() == null ? "" : node.description());
        citations.setAll(node.citations().stream().map(this::row).toList());
        facts.setAll(factsOf(node, graph));
    }

    public void showNothing() {
        title.set("");
        subtitle.set("");
        dates.set("");
        description.set("");
        citations.clear();
        facts.clear();
    }

    /** The citations of a link, for when a fact or an exchange is picked. */
    public List<CitationRow> citationsOf(GraphLink link) {
        return link.citations().stream().map(this::row).toList();
    }

    private CitationRow row(Citation citation) {
        Source source = sources.get(citation.sourceId());
        boolean commonKnowledge = source != null && source.kind() == SourceKind.COMMON_KNOWLEDGE;
        String line = source == null ? citation.sourceId() : SourceLine.of(source);
        return new CitationRow(citation.quote(), line, commonKnowledge, citation.note());
    }

    private static String subtitleOf(GraphNode node) {
        if (node.isForeign()) {
            return "Not a Backchannel node · labels: " + node.otherProperties().getOrDefault("labels", "none");
        }
        if (node.kind() == NodeKind.CHANNEL) {
            return "Channel · " + node.channelType().displayName() + " · " + node.secrecy().code()
                    + (node.certainty().code().equals("speculative") ? " · speculative" : "");
        }
        String kind = switch (node.kind()) {
            case ACTOR -> "Actor";
            case ORGANIZATION -> "Organization";
            case EVENT -> "Event";
            case OUTCOME -> "Outcome";
            case CHANNEL -> "Channel";
        };
        return node.category() == null ? kind : kind + " · " + node.category();
    }

    /** Someone else's node: its properties, one per line, as the database has them. */
    private static String otherProperties(GraphNode node) {
        return node.otherProperties().entrySet().stream().filter(e -> !e.getKey().equals("labels"))
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static List<FactRow> factsOf(GraphNode node, LoadedGraph graph) {
        List<GraphLink> links = new ArrayList<>(graph.linksOf(node.id()));
        links.sort(Comparator.comparing((GraphLink l) -> l.span().start() == null ? l.span().end() : l.span().start(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(GraphLink::id));
        return links.stream().map(l -> new FactRow(l.span().isDated() ? l.span().toString() : "",
                FactSentence.of(l, node.id(), graph), l.id())).toList();
    }
}
