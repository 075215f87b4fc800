package org.backchannel.exploration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.Eras;
import org.backchannel.model.GraphLink;
import org.backchannel.model.NodeEncoding;
import org.backchannel.session.Note;
import org.backchannel.store.GraphFilter;

/**
 * The exploration's recorded state, read and written one {@link StateKey} at a time so that history
 * steps can set it back. The loaded graph only grows (it is a cache of what the store sent): leaving
 * the scene marks a node out rather than forgetting it, so that undoing an expansion and redoing it
 * never asks the store again.
 */
final class SceneState {

    LoadedGraph graph = LoadedGraph.of(Set.of(), Set.of());
    final Set<String> nodesOut = new HashSet<>();
    final Set<String> linksOut = new HashSet<>();
    final Set<String> hidden = new LinkedHashSet<>();
    final Set<String> selection = new LinkedHashSet<>();
    final Map<String, Long> notLoaded = new HashMap<>();
    final DrawingModel drawing = new DrawingModel();
    /** The analyst's notes by {@link Notes#key}, in the order they were written. */
    final Map<String, Note> notes = new LinkedHashMap<>();
    GraphFilter filter = GraphFilter.ALL;
    /** The analyst's named eras; the filter holds years, so changing an era never changes the filter. */
    Eras eras = Eras.DEFAULTS;
    /** While true no step is recorded: see {@link StoreChanges#setReadOnly}. */
    boolean readOnly;
    /**
     * True while the graph is the last session's picture ({@link StoreChanges#showPicture}): it holds only what passed
     * its filter and not the dates and channels the filter reads, so the filter is kept to be shown, not applied again.
     */
    boolean picture;
    LayoutMode layoutMode = LayoutMode.FORCE;
    NodeEncoding nodeEncoding = NodeEncoding.DEFAULT;
    String focus;
    private VisibleGraph visible;
    /** The scene's ids as immutable sets, kept until the scene changes: a snapshot after a move copies only what moved. */
    private Set<String> sceneNodes;
    private Set<String> sceneLinks;

    void reset(LoadedGraph fresh) {
        graph = fresh;
        nodesOut.clear();
        linksOut.clear();
        hidden.clear();
        selection.clear();
        notLoaded.clear();
        drawing.clear();
        notes.clear();
        filter = GraphFilter.ALL;
        eras = Eras.DEFAULTS;
        focus = null;
        picture = false;
        sceneChanged();
    }

    /**
     * Puts a saved state over a fresh graph without recording it: the history starts with it. Links
     * between scene nodes that the snapshot does not name stay out, as {@link SceneCommands#restore} keeps them.
     */
    void place(ExplorationSnapshot saved) {
        graph.nodes().forEach(n -> {
            if (!saved.sceneNodeIds().contains(n.id())) {
                nodesOut.add(n.id());
            }
        });
        graph.links().forEach(l -> {
            if (!saved.sceneLinkIds().contains(l.id())) {
                linksOut.add(l.id());
            }
        });
        hidden.addAll(saved.hidden());
        selection.addAll(saved.selection());
        notLoaded.putAll(saved.notLoaded());
        saved.positions().forEach(drawing::put);
        saved.pinned().forEach(id -> drawing.setPinned(id, true));
        saved.notes().forEach(note -> notes.put(Notes.key(note.target(), note.targetId()), note));
        filter = saved.filter();
        eras = saved.eras();
        layoutMode = saved.layoutMode();
        nodeEncoding = saved.nodeEncoding();
        focus = saved.focus();
        sceneChanged();
    }

    boolean inScene(String nodeId) {
        return graph.node(nodeId).isPresent() && !nodesOut.contains(nodeId);
    }

    /** A link is drawn when it was not removed and both its ends are in the scene. */
    boolean linkInScene(GraphLink link) {
        return !linksOut.contains(link.id()) && inScene(link.fromId()) && inScene(link.toId());
    }

    Object get(StateKey key) {
        String id = key.id();
        return switch (key.field()) {
            case SCENE_NODE -> inScene(id);
            case SCENE_LINK -> graph.link(id).isPresent() && !linksOut.contains(id);
            case HIDDEN -> hidden.contains(id);
            case POSITION -> drawing.position(id).orElse(null);
            case PINNED -> drawing.isPinned(id);
            case SELECTED -> selection.contains(id);
            case NOT_LOADED -> notLoaded.get(id);
            case FILTER -> filter;
            case FOCUS -> focus;
            case LAYOUT_MODE -> layoutMode;
            case NODE_ENCODING -> nodeEncoding;
            case NOTE -> notes.get(id);
            case ERAS -> eras;
        };
    }

    void put(StateKey key, Object value) {
        String id = key.id();
        switch (key.field()) {
            case SCENE_NODE -> toggle(nodesOut, id, !(Boolean) value);
            case SCENE_LINK -> toggle(linksOut, id, !(Boolean) value);
            case HIDDEN -> toggle(hidden, id, (Boolean) value);
            case POSITION -> drawing.put(id, (Point) value);
            case PINNED -> drawing.setPinned(id, (Boolean) value);
            case SELECTED -> toggle(selection, id, (Boolean) value);
            case NOT_LOADED -> {
                if (value == null) {
                    notLoaded.remove(id);
                } else {
                    notLoaded.put(id, (Long) value);
                }
            }
            case FILTER -> filter = (GraphFilter) value;
            case FOCUS -> focus = (String) value;
            case LAYOUT_MODE -> layoutMode = (LayoutMode) value;
            case NODE_ENCODING -> nodeEncoding = (NodeEncoding) value;
            case NOTE -> {
                if (value == null) {
                    notes.remove(id);
                } else {
                    notes.put(id, (Note) value);
                }
            }
            case ERAS -> eras = (Eras) value;
        }
        if (key.field().aspect == Aspect.SCENE) {
            sceneChanged();
        } else if (key.field().aspect == Aspect.HIDDEN || key.field() == StateKey.Field.FILTER) {
            visible = null;
        }
    }

    void graphGrew() {
        sceneChanged();
    }

    private void sceneChanged() {
        visible = null;
        sceneNodes = null;
        sceneLinks = null;
    }

    /** What is drawn: the scene, less hidden nodes, less what the filter holds back. */
    VisibleGraph visible() {
        if (visible == null) {
            Set<String> leftOut = nodesOut;
            if (!hidden.isEmpty()) {
                leftOut = new HashSet<>(nodesOut);
                leftOut.addAll(hidden);
            }
            visible = VisibleGraph.of(graph, picture ? GraphFilter.ALL : filter, leftOut, linksOut);
        }
        return visible;
    }

    ExplorationSnapshot snapshot() {
        if (sceneNodes == null) {
            List<String> nodes = new ArrayList<>();
            graph.nodes().forEach(n -> {
                if (inScene(n.id())) {
                    nodes.add(n.id());
                }
            });
            List<String> links = new ArrayList<>();
            graph.links().forEach(l -> {
                if (linkInScene(l)) {
                    links.add(l.id());
                }
            });
            sceneNodes = Set.copyOf(nodes);
            sceneLinks = Set.copyOf(links);
        }
        // Immutable sets and maps pass through the snapshot's copies without being copied again.
        return new ExplorationSnapshot(sceneNodes, sceneLinks, drawing.frozenPositions(), drawing.frozenPinned(), hidden,
                filter, selection, focus, layoutMode, notLoaded, List.copyOf(notes.values()), nodeEncoding, eras);
    }

    private static void toggle(Set<String> set, String id, boolean member) {
        if (member) {
            set.add(id);
        } else {
            set.remove(id);
        }
    }
}
