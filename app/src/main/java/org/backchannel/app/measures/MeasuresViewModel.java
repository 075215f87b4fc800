package org.backchannel.app.measures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.answers.SceneGraph;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Exploration;
import org.backchannel.measures.MeasuresCsv;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.measures.SceneMeasures;
import org.backchannel.model.SizeMeasure;
import org.backchannel.store.GraphFilter;

/**
 * Degree, betweenness, PageRank and community of every node drawn, computed in the background on a copy
 * of what the canvas shows. Once computed, the table follows the scene: a change to what is drawn
 * computes it again (the newest answer wins).
 */
public final class MeasuresViewModel {

    // Properties
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<NodeMeasures> rows = FXCollections.observableArrayList();

    private final Exploration exploration;
    private final StoreHealth health;
    private boolean following;
    private TaskHandle computing = TaskHandle.DONE;

    /** @param health runs the work off the UI thread (it asks no store) */
    public MeasuresViewModel(Exploration exploration, StoreHealth health) {
        this.exploration = exploration;
        this.health = health;
        exploration.addListener(event -> {
            if (following && event.changesVisible()) {
                compute();
            }
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Ranked by degree, then id; the table sorts them as the analyst asks. */
    public ObservableList<NodeMeasures> getRows() {
        return rows;
    }

    // Commands

    public void compute() {
        computing.cancel();
        following = true;
        LoadedGraph drawn = SceneGraph.visible(exploration);
        busy.set(true);
        message.set("Computing the measures of " + drawn.nodeCount() + " nodes…");
        long started = System.nanoTime();
        computing = health.query(() -> SceneMeasures.of(drawn, GraphFilter.ALL), computed -> {
            busy.set(false);
            rows.setAll(computed);
            // The graph sizes and colours its nodes by the same numbers when asked to.
            exploration.useMeasures(computed);
            long communities = computed.stream().mapToInt(NodeMeasures::community).distinct().count();
            message.set(computed.size() + " nodes, " + drawn.linkCount() + " links, " + communities + " communities"
                    + (computed.size() > SceneMeasures.PIVOTS ? "; betweenness estimated from " + SceneMeasures.PIVOTS + " sources" : "")
                    + " (" + (System.nanoTime() - started) / 1_000_000 + " ms).");
        }, problem -> {
            busy.set(false);
            message.set("The measures could not be computed: " + problem.getMessage());
        });
    }

    /** Sizes the graph's nodes by one of the measures, as the toolbar's Nodes menu does: one step of the history. */
    public void sizeNodesBy(SizeMeasure measure) {
        if (measure != exploration.nodeEncoding().sizeBy()) {
            exploration.commands().encodeNodes(exploration.nodeEncoding().withSize(measure));
        }
    }

    /** Selects a node of the table in the graph and centres on it. */
    public void show(NodeMeasures row) {
        if (row != null && exploration.visible().nodeIds().contains(row.nodeId())) {
            exploration.focusOn(row.nodeId());
        }
    }

    /**
     * Writes the rows, in the order given (the table's sort), as CSV.
     *
     * @return what the status line says
     */
    public String exportCsv(Path file, List<NodeMeasures> ordered) {
        try {
            Files.write(file, MeasuresCsv.lines(ordered), StandardCharsets.UTF_8);
            message.set("Wrote " + ordered.size() + " rows to " + file + ".");
        } catch (IOException e) {
            message.set("Could not write " + file + ": " + e.getMessage());
        }
        return message.get();
    }
}
