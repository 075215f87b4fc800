package org.backchannel.exploration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.Eras;
import org.backchannel.model.GraphLink;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.GraphNode;
import org.backchannel.session.Note;
import org.backchannel.store.GraphFilter;

/**
 * The exploration at one moment, taken on the UI thread for the cost of what changed since the last
 * time (the loaded graph's immutable lists, the drawing's positions as copy-on-write chunks, its pins
 * copied when they changed, small copies of the rest), so that the snapshot and the drawn elements are
 * worked out on another thread: the autosave's pause on the UI thread stays under a frame at 100,000 nodes.
 */
public final class FrozenExploration {

    private final List<GraphNode> nodes;
    private final List<GraphLink> links;
    private final Set<String> nodesOut;
    private final Set<String> linksOut;
    private final VisibleGraph visible;
    private final PositionTable.Frozen positions;
    private final Set<String> pinned;
    private final Set<String> hidden;
    private final GraphFilter filter;
    private final Set<String> selection;
    private final String focus;
    private final LayoutMode layoutMode;
    private final NodeEncoding nodeEncoding;
    private final Map<String, Long> notLoaded;
    private final List<Note> notes;
    private final Eras eras;

    FrozenExploration(SceneState state) {
        nodes = state.graph.nodesSoFar();
        links = state.graph.linksSoFar();
        nodesOut = Set.copyOf(state.nodesOut);
        linksOut = Set.copyOf(state.linksOut);
        visible = state.visible();
        positions = state.drawing.frozenTable();
        pinned = state.drawing.frozenPinned();
        hidden = Set.copyOf(state.hidden);
        filter = state.filter;
        selection = Set.copyOf(state.selection);
        focus = state.focus;
        layoutMode = state.layoutMode;
        nodeEncoding = state.nodeEncoding;
        notLoaded = Map.copyOf(state.notLoaded);
        notes = List.copyOf(state.notes.values());
        eras = state.eras;
    }

    /** What {@link Exploration#snapshot()} gave at that moment; any thread. */
    public ExplorationSnapshot snapshot() {
        Set<String> sceneNodes = new HashSet<>();
        for (GraphNode n : nodes) {
            if (!nodesOut.contains(n.id())) {
                sceneNodes.add(n.id());
            }
        }
        Set<String> sceneLinks = new HashSet<>();
        for (GraphLink l : links) {
            if (!linksOut.contains(l.id()) && sceneNodes.contains(l.fromId()) && sceneNodes.contains(l.toId())) {
                sceneLinks.add(l.id());
            }
        }
        return new ExplorationSnapshot(sceneNodes, sceneLinks, positions.toMap(), pinned, hidden, filter, selection, focus, layoutMode,
                notLoaded, notes, nodeEncoding, eras);
    }

    /** What was drawn, as {@link DrawingCacheMapping#drawn(Exploration)} looks it up; any thread. */
    public DrawingCacheMapping.Drawn drawn() {
        List<GraphNode> drawnNodes = new ArrayList<>(visible.nodeIds().size());
        for (GraphNode n : nodes) {
            if (!n.isForeign() && visible.nodeIds().contains(n.id())) {
                drawnNodes.add(n);
            }
        }
        List<GraphLink> drawnLinks = new ArrayList<>(visible.linkIds().size());
        for (GraphLink l : links) {
            if (l.type() != null && visible.linkIds().contains(l.id())) {
                drawnLinks.add(l);
            }
        }
        return new DrawingCacheMapping.Drawn(drawnNodes, drawnLinks);
    }
}
