package org.backchannel.app.graphfile;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.exploration.Exploration;
import org.backchannel.interchange.GraphFileScene;
import org.backchannel.interchange.GraphFiles;
import org.backchannel.interchange.GraphFormat;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.ElementEvidence;
import org.backchannel.store.GraphStore;

/**
 * Writes what the analyst sees (the nodes and links the filters and hiding leave on screen) as a graph
 * file for Gephi, Cytoscape or yEd, or as CSV tables. The scene is taken on the UI thread; the quotes
 * behind its elements are asked of the store, and the file written, in the background.
 */
public final class GraphFileViewModel {

    // Properties
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Exploration exploration;
    private final StoreHealth health;
    private final Supplier<GraphStore> store;

    public GraphFileViewModel(Exploration exploration, StoreHealth health, Supplier<GraphStore> store) {
        this.exploration = exploration;
        this.health = health;
        this.store = store;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What was written, or why not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands

    /** Writes the scene on screen to {@code file}, in the format its name gives (GraphML when it gives none). */
    public void write(Path file) {
        GraphStore opened = store.get();
        if (opened == null || busy.get()) {
            message.set(opened == null ? "No store is open yet." : message.get());
            return;
        }
        GraphFormat format = GraphFormat.ofFileName(file.getFileName().toString()).orElse(GraphFormat.GRAPHML);
        VisibleGraph visible = exploration.visible();
        List<GraphNode> nodes = exploration.graph().nodes().stream().filter(n -> visible.nodeIds().contains(n.id())).toList();
        List<GraphLink> links = exploration.graph().links().stream().filter(l -> visible.linkIds().contains(l.id())).toList();
        String description = exploration.filter().describe();
        busy.set(true);
        message.set("Writing " + file.getFileName() + "…");
        health.query(() -> {
            ElementEvidence evidence = new ElementEvidence(opened);
            return GraphFiles.write(format, GraphFileScene.of(nodes, links, evidence::of, evidence::of), description, file);
        }, written -> {
            busy.set(false);
            message.set("Wrote " + String.join(" and ", written.stream().map(Path::toString).toList()) + ": "
                    + nodes.size() + " nodes, " + links.size() + " links.");
        }, failure -> {
            busy.set(false);
            message.set("Could not write " + file + ": " + failure.getMessage());
        });
    }
}
