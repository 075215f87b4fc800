package org.backchannel.app.details;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.Source;
import org.backchannel.model.SourceKind;
import org.backchannel.store.GraphStore;
import org.backchannel.store.StoreUnreachableException;

/**
 * What the details pane shows for the selected node, or the exchange picked in the table: kind,
 * name, dates, channel type and secrecy, every citation with its quote and source, and a node's
 * links as facts in time order.
 *
 * <p>The loaded graph holds outlines (see {@link GraphStore#overview}), so what the outline has shows
 * at once and the description and citations are asked of the store in the background; {@code evidence}
 * says while they load, or why they did not.
 */
public final class DetailsViewModel {

    static final String LOADING = "Loading the evidence from the store…";
    static final String UNREACHABLE = "The store does not answer: the evidence will show when it is back.";
    static final String NOT_YET = "The evidence will show when the store answers.";

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper dates = new ReadOnlyStringWrapper(this, "dates", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ObservableList<CitationRow> citations = FXCollections.observableArrayList();
    private final ObservableList<FactRow> facts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper evidence = new ReadOnlyStringWrapper(this, "evidence", "");

    private final StoreHealth health;
    private final Supplier<GraphStore> store;
    private Map<String, Source> sources = Map.of();
    private String shown;
    private TaskHandle loading = TaskHandle.DONE;
    private Runnable reload;

    /** @param store the open store, asked for the whole element whenever one is shown */
    public DetailsViewModel(StoreHealth health, Supplier<GraphStore> store) {
        this.health = health;
        this.store = store;
        // StoreHealth runs again only the latest query that found the store gone, which may be another pane's.
        health.lostProperty().addListener((obs, wasLost, lost) -> {
            if (!lost && UNREACHABLE.equals(evidence.get()) && reload != null) {
                reload.run();
            }
        });
    }

    /** Shows the one selected node, or the picked exchange, of the exploration. */
    public DetailsViewModel(Exploration exploration, StoreHealth health, Supplier<GraphStore> store) {
        this(health, store);
        exploration.addListener(event -> {
            if (event.touches(Aspect.SOURCES)) {
                useSources(exploration.sources());
            }
            LoadedGraph graph = exploration.graph();
            if (event.touches(Aspect.PICKED_LINK) && exploration.pickedLink() != null) {
                graph.link(exploration.pickedLink()).ifPresent(link -> showLink(link, graph));
            } else if (event.touches(Aspect.SELECTION)) {
                Set<String> selection = exploration.selection();
                Optional<GraphNode> one = selection.size() == 1 ? graph.node(selection.iterator().next()) : Optional.empty();
                one.ifPresentOrElse(node -> show(node, graph), this::showNothing);
            }
        });
    }

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

    /** Empty once the evidence is shown; else that it is loading, or why it could not be. */
    public ReadOnlyStringProperty evidenceProperty() {
        return evidence.getReadOnlyProperty();
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
        showFields(node);
        facts.setAll(NodeText.facts(node, graph));
        load(node.id(), () -> store.get().nodeDetails(node.id()), this::showFields, "node");
    }

    /** An exchange (or any link): what it says, between whom, and its citations. */
    public void showLink(GraphLink link, LoadedGraph graph) {
        showFields(link, graph);
        facts.clear();
        if (link.type() == null) {
            // Someone else's relationship: Backchannel reads no description or citations from it.
            loading.cancel();
            shown = link.id();
            reload = null;
            evidence.set("");
            return;
        }
        load(link.id(), () -> store.get().linkDetails(link.id(), link.type()), whole -> showFields(whole, graph), "link");
    }

    public void showNothing() {
        loading.cancel();
        shown = null;
        reload = null;
        title.set("");
        subtitle.set("");
        dates.set("");
        description.set("");
        citations.clear();
        facts.clear();
        evidence.set("");
    }

    /** What an element has: all of it when whole, everything but description and citations when an outline. */
    private void showFields(GraphNode node) {
        title.set(node.name());
        subtitle.set(NodeText.subtitle(node));
        dates.set(node.span().isDated() ? node.span().toString() : "");
        description.set(node.isForeign() ? NodeText.otherProperties(node) : node.description() == null ? "" : node.description());
        citations.setAll(CitationRow.groupedBySource(node.citations().stream().map(this::row).toList()));
    }

    private void showFields(GraphLink link, LoadedGraph graph) {
        title.set(graph.node(link.fromId()).map(GraphNode::name).orElse(link.fromId()) + " · "
                + FactSentence.of(link, link.fromId(), graph));
        subtitle.set("Link · " + link.typeName());
        dates.set(link.span().isDated() ? link.span().toString() : "");
        description.set(link.description() == null ? "" : link.description());
        citations.setAll(CitationRow.groupedBySource(link.citations().stream().map(this::row).toList()));
    }

    /** Asks the store for the whole element; an answer for an element no longer shown is dropped. */
    private <T> void load(String id, Callable<Optional<T>> ask, Consumer<T> showWhole, String what) {
        loading.cancel();
        shown = id;
        reload = () -> load(id, ask, showWhole, what);
        if (store.get() == null) { // the last session's picture, drawn before the store opened: nothing has failed
            evidence.set(NOT_YET);
            return;
        }
        evidence.set(LOADING);
        loading = health.query(ask, whole -> {
            if (!id.equals(shown)) {
                return;
            }
            if (whole.isPresent()) {
                showWhole.accept(whole.get());
                evidence.set("");
            } else {
                evidence.set("The store no longer holds this " + what + ".");
            }
        }, problem -> {
            if (id.equals(shown)) {
                evidence.set(problem instanceof StoreUnreachableException ? UNREACHABLE
                        : "The evidence could not be loaded: " + problem.getMessage());
            }
        });
    }

    private CitationRow row(Citation citation) {
        Source source = sources.get(citation.sourceId());
        boolean commonKnowledge = source != null && source.kind() == SourceKind.COMMON_KNOWLEDGE;
        String line = source == null ? citation.sourceId() : SourceLine.of(source);
        return new CitationRow(citation.quote(), line, commonKnowledge, citation.note(), citation.datasetId());
    }
}
