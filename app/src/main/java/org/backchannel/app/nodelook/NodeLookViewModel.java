package org.backchannel.app.nodelook;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.answers.SceneGraph;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.measures.SceneMeasures;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.SizeMeasure;
import org.backchannel.store.GraphFilter;

/**
 * What node sizes and colours mean on the graph and in its exports: a step of the history (undoable,
 * kept with the session), since the picture then says something else. Sizes by betweenness or PageRank
 * and colours by community need the scene's measures: they are computed off the UI thread, with the
 * Measures panel's code, whenever what is drawn changes while such a choice stands, and handed to the
 * exploration for the canvas; until they arrive the graph is drawn with the last ones.
 */
public final class NodeLookViewModel {

    // Properties
    private final ReadOnlyObjectWrapper<SizeMeasure> sizeBy = new ReadOnlyObjectWrapper<>(this, "sizeBy", NodeEncoding.DEFAULT.sizeBy());
    private final ReadOnlyObjectWrapper<NodeColouring> colourBy =
            new ReadOnlyObjectWrapper<>(this, "colourBy", NodeEncoding.DEFAULT.colourBy());
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring");

    private final Exploration exploration;
    private final BackgroundTasks tasks;
    private TaskHandle computing = TaskHandle.DONE;

    public NodeLookViewModel(Exploration exploration, BackgroundTasks tasks) {
        this.exploration = exploration;
        this.tasks = tasks;
        exploration.addListener(this::follow);
    }

    /** What node size shows; an undo changes it too. */
    public ReadOnlyObjectProperty<SizeMeasure> sizeByProperty() {
        return sizeBy.getReadOnlyProperty();
    }

    public SizeMeasure getSizeBy() {
        return sizeBy.get();
    }

    /** What node colour shows. */
    public ReadOnlyObjectProperty<NodeColouring> colourByProperty() {
        return colourBy.getReadOnlyProperty();
    }

    public NodeColouring getColourBy() {
        return colourBy.get();
    }

    /** Whether the measures the sizes or colours need are being computed. */
    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }

    // Commands

    /** Sizes nodes by {@code measure}, as one step ("size nodes by betweenness"). */
    public void sizeBy(SizeMeasure measure) {
        if (measure != exploration.nodeEncoding().sizeBy()) {
            exploration.commands().encodeNodes(exploration.nodeEncoding().withSize(measure));
        }
    }

    /** Colours nodes by kind or by community, as one step. */
    public void colourBy(NodeColouring colouring) {
        if (colouring != exploration.nodeEncoding().colourBy()) {
            exploration.commands().encodeNodes(exploration.nodeEncoding().withColour(colouring));
        }
    }

    private void follow(ExplorationEvent event) {
        NodeEncoding encoding = exploration.nodeEncoding();
        sizeBy.set(encoding.sizeBy());
        colourBy.set(encoding.colourBy());
        if (event.changesVisible() || event.touches(Aspect.NODE_ENCODING)) {
            computing.cancel();
            measuring.set(false);
            if (encoding.needsMeasures()) {
                measure();
            }
        }
    }

    /** The newest answer wins: a change to what is drawn calls the running computation off. */
    private void measure() {
        LoadedGraph drawn = SceneGraph.visible(exploration);
        measuring.set(true);
        computing = tasks.run(() -> SceneMeasures.of(drawn, GraphFilter.ALL), computed -> {
            measuring.set(false);
            exploration.useMeasures(computed);
        }, problem -> measuring.set(false));
    }
}
