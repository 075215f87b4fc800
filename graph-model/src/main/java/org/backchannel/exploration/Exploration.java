package org.backchannel.exploration;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.model.Eras;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.Source;
import org.backchannel.store.GraphFilter;

/**
 * What the analyst is looking at: the scene (loaded nodes and links, less what was removed), the
 * drawing (positions and pins), the filter, hidden nodes, the selection, the focus and highlights.
 * Panes read it and change it through commands; every command that changes the analyst's work is a
 * named step of the {@link History}, and each change is one {@link ExplorationEvent}.
 *
 * <p>Plain Java, no toolkit: call it from one thread (the UI's), which is also where listeners run.
 * Store queries happen outside; commands take their results ({@link SceneCommands#expand}).
 */
public final class Exploration {

    private final SceneState state = new SceneState();
    private final History history = new History();
    private final ExplorationListeners listeners = new ExplorationListeners();
    private final Recorder recorder = new Recorder(state, history, listeners::fire);
    private final SceneCommands commands = new SceneCommands(recorder, state);
    private final NoteCommands noteCommands = new NoteCommands(recorder, state);
    private final Notes notes = new Notes(state);
    private final Looking looking = new Looking(state, listeners::fire);
    private final UndoRedo undoRedo = new UndoRedo(state, history, listeners::fire);
    private final SceneMeasures measures = new SceneMeasures(listeners::fire);
    private final SceneLoading loading = new SceneLoading(state, history, looking, measures, listeners::fire);
    private final EraCommands eraCommands = new EraCommands(recorder, state);
    private final StoreChanges storeChanges = new StoreChanges(state, history, loading, listeners::fire);

    // Reading

    /** Everything loaded from the store, removed nodes included: a cache that undo and redo draw on. */
    public LoadedGraph graph() {
        return state.graph;
    }

    /** What is drawn: the scene less hidden nodes, less what the filter holds back. */
    public VisibleGraph visible() {
        return state.visible();
    }

    public boolean inScene(String nodeId) {
        return state.inScene(nodeId);
    }

    public GraphFilter filter() {
        return state.filter;
    }

    public LayoutMode layoutMode() {
        return state.layoutMode;
    }

    /** What node sizes and colours mean; {@link SceneCommands#encodeNodes} changes it. */
    public NodeEncoding nodeEncoding() {
        return state.nodeEncoding;
    }

    /** The measures of the drawn scene as last computed off the UI thread, by node id; empty until then ({@link SceneMeasures}). */
    public Map<String, NodeMeasures> measures() {
        return measures.byNode();
    }

    /** The measures computed for what is drawn, to size and colour nodes by; the newest answer replaces the last. */
    public void useMeasures(Collection<NodeMeasures> computed) {
        measures.use(computed);
    }

    public Set<String> selection() {
        return Collections.unmodifiableSet(state.selection);
    }

    public Set<String> hidden() {
        return Collections.unmodifiableSet(state.hidden);
    }

    /** The node the view should centre on; null when none. */
    public String focus() {
        return state.focus;
    }

    /** The sources the loaded citations refer to, for the details pane and export captions. */
    public List<Source> sources() {
        return loading.sources();
    }

    /** The exchange picked in a table, or null. */
    public String pickedLink() {
        return looking.pickedLink();
    }

    public DrawingModel drawing() {
        return state.drawing;
    }

    public Highlights highlights() {
        return looking.highlights();
    }

    /** For nodes expanded with a limit: how many of their links the store has that were not loaded ("+N more"). */
    public Map<String, Long> notLoaded() {
        return Collections.unmodifiableMap(state.notLoaded);
    }

    public History history() {
        return history;
    }

    /** The commands that change the scene and the drawing, each a named step. */
    public SceneCommands commands() {
        return commands;
    }

    /** The analyst's notes; {@link #noteCommands} writes them. */
    public Notes notes() {
        return notes;
    }

    public NoteCommands noteCommands() {
        return noteCommands;
    }

    /** The analyst's named eras; {@link #eraCommands} changes them. */
    public Eras eras() {
        return state.eras;
    }

    public EraCommands eraCommands() {
        return eraCommands;
    }

    /** What the store does to the scene outside the analyst's steps: a saved state reopened, new sources, a dataset removed. */
    public StoreChanges storeChanges() {
        return storeChanges;
    }

    /** Where the view last looked, or null before it looked anywhere; saved with the session. */
    public Viewpoint viewpoint() {
        return looking.viewpoint();
    }

    /** Records where the view looks, without telling anyone: the view calls this as it pans and zooms. */
    public void recordViewpoint(Viewpoint now) {
        looking.recordViewpoint(now);
    }

    /** Asks the view to look somewhere (a restored session's camera); not a step of the history. */
    public void lookAt(Viewpoint wanted) {
        looking.lookAt(wanted);
    }

    public void addListener(ExplorationListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ExplorationListener listener) {
        listeners.remove(listener);
    }

    // Loading

    /** Starts over with a new overview: the scene is all of it, and the history is empty. */
    public void load(LoadedGraph overview) {
        load(overview, List.of());
    }

    /** Starts over with a new overview and the sources its store holds. */
    public void load(LoadedGraph overview, List<Source> storeSources) {
        loading.startOver(overview, storeSources, null, Cause.LOADED);
    }

    // Undo and redo

    public void undo() {
        goTo(history.position() - 1);
    }

    public void redo() {
        goTo(history.position() + 1);
    }

    /** Undoes or redoes steps until {@code position} of them are done; clicking a step in the history list. */
    public void goTo(int position) {
        undoRedo.goTo(position);
    }

    // Selection, focus, highlights: how the analyst looks, not steps of the history (see Looking)

    public void select(String id, boolean additive) {
        looking.select(id, additive);
    }

    public void selectOnly(Collection<String> ids) {
        looking.selectOnly(ids);
    }

    /** Clears the selection and the picked exchange. */
    public void clearSelection() {
        looking.clearSelection();
    }

    /** Adds nodes to the selection (a rubber band). */
    public void addToSelection(Collection<String> ids) {
        looking.addToSelection(ids);
    }

    /** Picks an exchange (a row of a table): its link and both ends are highlighted, and the view centres on the sender. */
    public void pick(String linkId) {
        looking.pick(linkId);
    }

    /** Selects a node and asks the view to centre on it; tells listeners even when it already had the focus. */
    public void focusOn(String id) {
        looking.focusOn(id);
    }

    public void highlight(HighlightSource source, Set<String> ids) {
        looking.highlight(source, ids);
    }

    /**
     * The state at this moment for another thread to make a snapshot and the drawn elements of: costs
     * the UI thread what changed since the last time, not the size of the scene. See {@link FrozenExploration}.
     */
    public FrozenExploration freeze() {
        return new FrozenExploration(state);
    }

    /** Everything the analyst is looking at, as plain data; see {@link ExplorationSnapshot}. */
    public ExplorationSnapshot snapshot() {
        return state.snapshot();
    }
}
