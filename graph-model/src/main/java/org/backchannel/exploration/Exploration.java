package org.backchannel.exploration;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.model.GraphLink;
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

    /**
     * How many nodes the headless commands load at most for a figure, whose layout runs to the end before the
     * file is written; the window loads up to {@link SceneCap#forThisMachine()}, drawing a large scene through
     * a crowd layer. A larger store is browsed through filters and expansion.
     */
    public static final int DEFAULT_SCENE_CAP = 10_000;
    /** How many links one expansion loads at most; the rest show as "+N" on the node. */
    public static final int DEFAULT_EXPAND_LIMIT = 50;

    private final SceneState state = new SceneState();
    private final History history = new History();
    private final Highlights highlights = new Highlights();
    private final List<ExplorationListener> listeners = new CopyOnWriteArrayList<>();
    private final Recorder recorder = new Recorder(state, history, this::fire);
    private final SceneCommands commands = new SceneCommands(recorder, state);
    private final NoteCommands noteCommands = new NoteCommands(recorder, state);
    private final Notes notes = new Notes(state);
    private Viewpoint viewpoint;
    private List<Source> sources = List.of();
    private String pickedLink;

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
        return sources;
    }

    /** The exchange picked in a table, or null. */
    public String pickedLink() {
        return pickedLink;
    }

    public DrawingModel drawing() {
        return state.drawing;
    }

    public Highlights highlights() {
        return highlights;
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

    /** Where the view last looked, or null before it looked anywhere; saved with the session. */
    public Viewpoint viewpoint() {
        return viewpoint;
    }

    /** Records where the view looks, without telling anyone: the view calls this as it pans and zooms. */
    public void recordViewpoint(Viewpoint now) {
        viewpoint = now;
    }

    /** Asks the view to look somewhere (a restored session's camera); not a step of the history. */
    public void lookAt(Viewpoint wanted) {
        viewpoint = wanted;
        fire(EnumSet.of(Aspect.CAMERA), Cause.VIEW);
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
        state.reset(overview);
        sources = List.copyOf(storeSources);
        pickedLink = null;
        history.clear();
        highlights.clear();
        fire(EnumSet.allOf(Aspect.class), Cause.LOADED);
    }

    /**
     * Starts over with a new overview and a saved state put over it (a session reopened at launch, or the
     * picture drawn from the drawing cache before the store answered). Like {@link #load} the history
     * starts again, here with the saved state; the event's cause is {@link Cause#REOPENED}, so that a
     * view keeps the saved positions and lays out only nodes that have none.
     */
    public void reopen(LoadedGraph overview, List<Source> storeSources, ExplorationSnapshot saved) {
        state.reset(overview);
        state.place(saved);
        sources = List.copyOf(storeSources);
        pickedLink = null;
        history.clear();
        highlights.clear();
        fire(EnumSet.allOf(Aspect.class), Cause.REOPENED);
    }

    /**
     * While read-only no command changes the analyst's work (commands are ignored and record no step):
     * for a picture drawn before the store answered, which the store's graph replaces.
     */
    public void setReadOnly(boolean readOnly) {
        state.readOnly = readOnly;
    }

    public boolean isReadOnly() {
        return state.readOnly;
    }

    /**
     * The store's sources after an import added some, so that the evidence of what it brought in is
     * shown with its titles. Not a step: the store changed, not the analyst's work.
     */
    public void useSources(List<Source> storeSources) {
        sources = List.copyOf(storeSources);
        fire(EnumSet.of(Aspect.SOURCES), Cause.VIEW);
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
        if (state.readOnly) {
            return;
        }
        int target = Math.max(0, Math.min(history.size(), position));
        if (target == history.position()) {
            return;
        }
        Cause cause = target < history.position() ? Cause.UNDO : Cause.REDO;
        Set<Aspect> changed = EnumSet.of(Aspect.HISTORY);
        while (history.position() > target) {
            changed.addAll(history.stepToUndo().undo(state));
        }
        while (history.position() < target) {
            changed.addAll(history.stepToRedo().redo(state));
        }
        // The selection is not a step of its own; what left the scene leaves it too.
        if (state.selection.removeIf(id -> !state.inScene(id) || state.hidden.contains(id))) {
            changed.add(Aspect.SELECTION);
        }
        fire(changed, cause);
    }

    // Selection, focus, highlights: how the analyst looks, not steps of the history

    public void select(String id, boolean additive) {
        if (!additive) {
            state.selection.retainAll(Set.of(id));
        }
        if (additive && state.selection.contains(id)) {
            state.selection.remove(id);
        } else {
            state.selection.add(id);
        }
        fire(EnumSet.of(Aspect.SELECTION), Cause.VIEW);
    }

    public void selectOnly(Collection<String> ids) {
        state.selection.retainAll(Set.copyOf(ids));
        state.selection.addAll(ids);
        fire(EnumSet.of(Aspect.SELECTION), Cause.VIEW);
    }

    /** Clears the selection and the picked exchange. */
    public void clearSelection() {
        state.selection.clear();
        pickedLink = null;
        highlights.set(HighlightSource.PICKED_EXCHANGE, Set.of());
        fire(EnumSet.of(Aspect.SELECTION, Aspect.PICKED_LINK, Aspect.HIGHLIGHTS), Cause.VIEW);
    }

    /** Adds nodes to the selection (a rubber band). */
    public void addToSelection(Collection<String> ids) {
        if (state.selection.addAll(ids)) {
            fire(EnumSet.of(Aspect.SELECTION), Cause.VIEW);
        }
    }

    /** Picks an exchange (a row of a table): its link and both ends are highlighted, and the view centres on the sender. */
    public void pick(String linkId) {
        GraphLink link = state.graph.link(linkId).orElse(null);
        if (link == null) {
            return;
        }
        pickedLink = linkId;
        highlights.set(HighlightSource.PICKED_EXCHANGE, Set.of(link.id(), link.fromId(), link.toId()));
        state.focus = link.fromId();
        fire(EnumSet.of(Aspect.PICKED_LINK, Aspect.HIGHLIGHTS, Aspect.FOCUS), Cause.VIEW);
    }

    /** Selects a node and asks the view to centre on it; tells listeners even when it already had the focus. */
    public void focusOn(String id) {
        state.selection.retainAll(Set.of(id));
        state.selection.add(id);
        state.focus = id;
        fire(EnumSet.of(Aspect.SELECTION, Aspect.FOCUS), Cause.VIEW);
    }

    public void highlight(HighlightSource source, Set<String> ids) {
        if (highlights.set(source, ids)) {
            fire(EnumSet.of(Aspect.HIGHLIGHTS), Cause.VIEW);
        }
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

    private void fire(Set<Aspect> changed, Cause cause) {
        fire(new ExplorationEvent(changed, cause));
    }

    private void fire(ExplorationEvent event) {
        listeners.forEach(listener -> listener.changed(event));
    }
}
