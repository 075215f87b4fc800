package org.backchannel.app.explorer;

import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.LayoutMode;
import org.backchannel.exploration.SceneCap;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;

/**
 * The exploration's way to the store: it loads an opened store's overview, expands nodes and, on a capped
 * store, asks for what a new filter lets in, saying so in the status line. What is loaded, filtered and
 * selected lives in the {@link Exploration}; the properties here mirror it for bindings.
 */
public final class ExplorerViewModel {

    // Properties
    private final ReadOnlyObjectWrapper<LoadedGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyIntegerWrapper graphVersion = new ReadOnlyIntegerWrapper(this, "graphVersion");
    private final ReadOnlyObjectWrapper<VisibleGraph> visible = new ReadOnlyObjectWrapper<>(this, "visible", VisibleGraph.NONE);
    private final ReadOnlyObjectWrapper<LayoutMode> layoutMode = new ReadOnlyObjectWrapper<>(this, "layoutMode", LayoutMode.FORCE);
    private final StatusLine status = new StatusLine();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper capped = new ReadOnlyBooleanWrapper(this, "capped");
    private final IntegerProperty sceneCap = new SimpleIntegerProperty(this, "sceneCap", SceneCap.forThisMachine());
    private final IntegerProperty expandLimit = new SimpleIntegerProperty(this, "expandLimit", SceneCap.PER_EXPANSION);

    private final Exploration exploration;
    private final StoreHealth health;
    private OverviewUse overviewUse;
    private GraphStore store;
    private TaskHandle loadingTask = TaskHandle.DONE;

    public ExplorerViewModel(Exploration exploration, StoreHealth health) {
        this.exploration = exploration;
        this.health = health;
        this.overviewUse = exploration::load;
        exploration.addListener(this::follow);
    }

    public ReadOnlyObjectProperty<LoadedGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** Increases whenever nodes or links join or leave the scene. */
    public ReadOnlyIntegerProperty graphVersionProperty() {
        return graphVersion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisibleGraph> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public Set<String> getSelection() {
        return exploration.selection();
    }

    public ReadOnlyObjectProperty<LayoutMode> layoutModeProperty() {
        return layoutMode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.property();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the store held more than the scene cap: narrow the filters or expand to see more. */
    public ReadOnlyBooleanProperty cappedProperty() {
        return capped.getReadOnlyProperty();
    }

    public IntegerProperty sceneCapProperty() {
        return sceneCap;
    }

    /** How many links one expansion loads at most; the rest show as "+N" on the node. */
    public IntegerProperty expandLimitProperty() {
        return expandLimit;
    }

    /** Whether the store answers; the view shows its banner while it does not. */
    public StoreHealth health() {
        return health;
    }

    /** The opened store, or null; the panes that ask it things get it from here. */
    public GraphStore store() {
        return store;
    }

    // Commands

    /** Loads the overview of a newly opened store (bounded by the scene cap) and its sources. */
    public void open(GraphStore opened) {
        store = opened;
        health.watch(opened);
        loading.set(true);
        status.say("Loading the graph…");
        int cap = sceneCap.get();
        loadingTask = health.query(() -> OverviewLoad.from(opened, cap), loaded -> {
            status.storeHeld(loaded.subgraph());
            capped.set(loaded.subgraph().capped());
            loading.set(false);
            overviewUse.use(loaded.graph(), loaded.sources());
        }, this::failed);
    }

    public void useOverviewWith(OverviewUse use) {
        overviewUse = use;
    }

    /** Loads the neighbours of a node (up to a limit) and adds them to the scene, as one step. */
    public void expand(String nodeId) {
        expand(nodeId, () -> { });
    }

    /**
     * Brings a node that search found in the store, not in the scene, into the scene with its
     * neighbours (as a double-click would, and undone as one step), then selects and centres it.
     */
    public void bringIn(GraphNode node) {
        expand(node.id(), () -> {
            if (exploration.inScene(node.id())) {
                focusOn(node);
            } else {
                status.add(node.name() + " is no longer in the store");
            }
        });
    }

    private void expand(String nodeId, Runnable then) {
        if (store == null || graph.get() == null) {
            return;
        }
        loading.set(true);
        int limit = Math.max(1, expandLimit.get());
        loadingTask = health.query(() -> store.neighbours(nodeId, limit), around -> {
            loading.set(false);
            int added = exploration.commands().expand(nodeId, around);
            Long missing = exploration.notLoaded().get(nodeId);
            status.add("expanded: " + added + " new" + (missing != null ? " (+" + missing + " more not loaded)" : ""));
            then.run();
        }, this::failed);
    }

    /** Stops waiting for the store: the query is called off and the graph on screen stays as it is. */
    public void cancelLoading() {
        if (loading.get()) {
            loadingTask.cancel();
            loading.set(false);
            report("loading stopped");
        }
    }

    public void select(String id, boolean additive) {
        exploration.select(id, additive);
    }

    public void selectOnly(Set<String> ids) {
        exploration.selectOnly(ids);
    }

    public void clearSelection() {
        exploration.clearSelection();
    }

    /** Highlights one exchange (a row of the table), centres on its sender and shows its evidence. */
    public void pickLink(String linkId) {
        exploration.pick(linkId);
    }

    public void focusOn(GraphNode node) {
        exploration.focusOn(node.id());
    }

    /** Says what a pane did (writing a figure, say), after the status line's description of the scene. */
    public void report(String news) {
        updateStatus();
        status.add(news);
    }

    private void follow(ExplorationEvent event) {
        if (exploration.graph() != graph.get()) { // a new overview, or what stayed after a dataset was removed
            graph.set(exploration.graph());
        }
        if (event.touches(Aspect.SCENE)) {
            graphVersion.set(graphVersion.get() + 1);
        }
        if (event.changesVisible()) {
            visible.set(exploration.visible());
        }
        layoutMode.set(exploration.layoutMode());
        if (event.changesVisible() || event.touches(Aspect.SELECTION)) {
            updateStatus();
        }
        if (event.touches(Aspect.FILTER) && event.cause() != ExplorationEvent.Cause.LOADED && !event.startsOver()) {
            askForMoreUnder(exploration.filter());
        }
    }

    /**
     * Filters apply at once to what is loaded. When the store held more than the scene cap, the
     * filtered overview is also asked of the store (parameterised, bounded), so that narrowing the
     * filters brings in what the first load had to leave out.
     */
    private void askForMoreUnder(GraphFilter filter) {
        if (capped.get() && store != null && !filter.equals(GraphFilter.ALL)) {
            int cap = sceneCap.get();
            loading.set(true);
            loadingTask = health.query(() -> store.overview(filter, cap), subgraph -> {
                loading.set(false);
                int added = exploration.commands().addLoaded(subgraph);
                if (added > 0) {
                    status.add(added + " more loaded for these filters");
                }
            }, this::failed);
        }
    }

    private void updateStatus() {
        if (graph.get() != null) {
            status.describe(graph.get(), visible.get(), exploration.filter().describe(), exploration.selection().size(),
                    capped.get() ? sceneCap.get() : 0);
        }
    }

    private void failed(Throwable problem) {
        loading.set(false);
        status.failed(problem);
    }
}
