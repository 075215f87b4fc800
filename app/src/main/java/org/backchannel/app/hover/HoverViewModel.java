package org.backchannel.app.hover;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphStore;

/**
 * What the card beside the pointer on the graph says: a node's full name (the graph may shorten it) with
 * its kind and dates; a link's two ends, type, dates and channel at once, and its first quote once the
 * store has given it (the loaded graph holds outlines, without quotes). Quotes are kept once asked for,
 * and an answer for a link the pointer has left is dropped.
 */
public final class HoverViewModel {

    static final String LOADING = "Loading the quote…";

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper(this, "facts", "");
    private final ReadOnlyStringWrapper quote = new ReadOnlyStringWrapper(this, "quote", "");

    private final Exploration exploration;
    private final StoreHealth health;
    private final Supplier<GraphStore> store;
    /** The first quote of each link asked for so far; empty for a link without one. */
    private final Map<String, String> quotes = new HashMap<>();
    private String hovered;
    private TaskHandle loading = TaskHandle.DONE;

    public HoverViewModel(Exploration exploration, StoreHealth health, Supplier<GraphStore> store) {
        this.exploration = exploration;
        this.health = health;
        this.store = store;
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quoteProperty() {
        return quote.getReadOnlyProperty();
    }

    // Commands

    public void hoverNode(String id) {
        if (id.equals(hovered)) {
            return;
        }
        GraphNode node = exploration.graph().node(id).orElse(null);
        if (node == null) {
            clear();
            return;
        }
        stopLoading(id);
        title.set(node.name());
        String kind = node.kind() == null ? "node" : node.kind().name().toLowerCase(Locale.ROOT);
        facts.set(node.span().isDated() ? kind + " · " + node.span() : kind);
        quote.set("");
        shown.set(true);
    }

    public void hoverLink(String id) {
        if (id.equals(hovered)) {
            return;
        }
        LoadedGraph graph = exploration.graph();
        GraphLink link = graph.link(id).orElse(null);
        if (link == null) {
            clear();
            return;
        }
        stopLoading(id);
        title.set(name(graph, link.fromId()) + " \u2192 " + name(graph, link.toId()));
        facts.set(facts(graph, link));
        shown.set(true);
        if (quotes.containsKey(id)) {
            quote.set(quotes.get(id));
        } else if (link.type() == null) {
            // Someone else's relationship: Backchannel reads no citations from it.
            quote.set("");
        } else if (store.get() == null) {
            quote.set("");
        } else {
            quote.set(LOADING);
            loading = health.query(() -> store.get().linkDetails(id, link.type()), whole -> {
                String first = firstQuote(whole);
                quotes.put(id, first);
                if (id.equals(hovered)) {
                    quote.set(first);
                }
            }, problem -> {
                if (id.equals(hovered)) {
                    quote.set("The quote could not be loaded: " + problem.getMessage());
                }
            });
        }
    }

    public void clear() {
        stopLoading(null);
        shown.set(false);
        title.set("");
        facts.set("");
        quote.set("");
    }

    private void stopLoading(String next) {
        loading.cancel();
        loading = TaskHandle.DONE;
        hovered = next;
    }

    /** "spoke with · 1969–1977 · through Kissinger–Dobrynin back channel (back channel, deniable)" */
    private static String facts(LoadedGraph graph, GraphLink link) {
        StringBuilder line = new StringBuilder(link.typeName().replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT));
        if (link.span().isDated()) {
            line.append(" · ").append(link.span());
        }
        if (link.channelId() != null) {
            line.append(" · through ").append(name(graph, link.channelId()));
            graph.node(link.channelId()).filter(c -> c.channelType() != null).ifPresent(c -> line.append(" (")
                    .append(c.channelType().code().replace('-', ' '))
                    .append(c.secrecy() == null ? "" : ", " + c.secrecy().code())
                    .append(')'));
        }
        if (link.role() != null && !link.role().isBlank()) {
            line.append(" · as ").append(link.role());
        }
        return line.toString();
    }

    private static String firstQuote(Optional<GraphLink> whole) {
        return whole.flatMap(l -> l.citations().stream().map(Citation::quote).filter(q -> q != null && !q.isBlank()).findFirst())
                .map(q -> "\u201c" + q.strip() + "\u201d").orElse("");
    }

    private static String name(LoadedGraph graph, String id) {
        return graph.node(id).map(GraphNode::name).orElse(id);
    }
}
