package org.backchannel.exploration;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.backchannel.model.Eras;
import org.backchannel.model.NodeEncoding;
import org.backchannel.session.Note;
import org.backchannel.store.GraphFilter;

/**
 * Everything the analyst is looking at, as plain data: what a session file saves and what
 * {@link Exploration#restore} puts back. Highlights are left out: they follow the pointer and the
 * panes, not the analyst's work.
 *
 * @param sceneNodeIds nodes in the scene (hidden ones included)
 * @param sceneLinkIds links drawn between scene nodes (hidden ends included)
 * @param notLoaded    for nodes expanded with a limit, how many of their links the store has that were not loaded
 * @param notes        the analyst's notes, at most one per node, link or the session, in the order they were written
 * @param nodeEncoding what node sizes and colours mean
 * @param eras         the analyst's named eras
 */
public record ExplorationSnapshot(Set<String> sceneNodeIds, Set<String> sceneLinkIds, Map<String, Point> positions,
                                  Set<String> pinned, Set<String> hidden, GraphFilter filter, Set<String> selection,
                                  String focus, LayoutMode layoutMode, Map<String, Long> notLoaded,
                                  List<Note> notes, NodeEncoding nodeEncoding, Eras eras) {

    public ExplorationSnapshot {
        Objects.requireNonNull(nodeEncoding, "nodeEncoding");
        sceneNodeIds = Set.copyOf(sceneNodeIds);
        sceneLinkIds = Set.copyOf(sceneLinkIds);
        positions = Map.copyOf(positions);
        pinned = Set.copyOf(pinned);
        hidden = Set.copyOf(hidden);
        selection = Set.copyOf(selection);
        notLoaded = Map.copyOf(notLoaded);
        notes = List.copyOf(notes);
        eras = eras == null ? Eras.DEFAULTS : eras;
    }

    /** A snapshot with nodes sized by degree and coloured by kind, and the default eras. */
    public ExplorationSnapshot(Set<String> sceneNodeIds, Set<String> sceneLinkIds, Map<String, Point> positions,
                               Set<String> pinned, Set<String> hidden, GraphFilter filter, Set<String> selection,
                               String focus, LayoutMode layoutMode, Map<String, Long> notLoaded, List<Note> notes) {
        this(sceneNodeIds, sceneLinkIds, positions, pinned, hidden, filter, selection, focus, layoutMode, notLoaded, notes,
                NodeEncoding.DEFAULT, Eras.DEFAULTS);
    }
}
