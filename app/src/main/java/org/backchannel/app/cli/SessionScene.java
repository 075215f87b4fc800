package org.backchannel.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.overview.StoreIdentities;
import org.backchannel.exploration.SceneCap;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.session.Note;
import org.backchannel.session.Reconciliation;
import org.backchannel.session.Session;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.GraphStore;
import org.backchannel.store.Subgraph;

/**
 * A saved session's scene as the store has it now, for the headless export: its nodes and links
 * loaded by id (what the store no longer has is reported, not dropped silently), its hidden nodes left
 * out, its positions, pins and selection, and its notes.
 */
final class SessionScene {

    private final Session session;
    private final LoadedGraph graph;
    private final Reconciliation reconciliation;

    private SessionScene(Session session, LoadedGraph graph, Reconciliation reconciliation) {
        this.session = session;
        this.graph = graph;
        this.reconciliation = reconciliation;
    }

    /** Loads the scene's nodes and links: each node with its links, as a double-click in the app would, kept to the scene. */
    static SessionScene load(GraphStore store, StoreIdentity current, Session session) {
        Set<String> wantedNodes = Set.copyOf(session.scene().nodeIds());
        Set<String> wantedLinks = Set.copyOf(session.scene().linkIds());
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphLink> links = new LinkedHashMap<>();
        int cap = Math.max(SceneCap.FOR_FIGURES, wantedNodes.size());
        for (String id : session.scene().nodeIds()) {
            Subgraph around = store.neighbours(id, cap);
            around.nodes().stream().filter(n -> wantedNodes.contains(n.id())).forEach(n -> nodes.putIfAbsent(n.id(), n));
            around.links().stream().filter(l -> wantedLinks.contains(l.id())).forEach(l -> links.putIfAbsent(l.id(), l));
        }
        Reconciliation reconciliation = Reconciliation.of(session, current, nodes.keySet(), links.keySet());
        // Hidden nodes are left out here, not after filtering, so that the visible graph keeps the loaded graph's stable order.
        nodes.keySet().removeAll(session.hidden());
        List<GraphLink> drawable = links.values().stream()
                .filter(l -> nodes.containsKey(l.fromId()) && nodes.containsKey(l.toId())).toList();
        return new SessionScene(session, LoadedGraph.of(nodes.values(), drawable), reconciliation);
    }

    /** The store as a session records it: the embedded store by that name, since its port changes at every start. */
    static StoreIdentity identityOf(ConnectedStore connected) {
        return StoreIdentities.of(connected);
    }

    /** The scene's nodes and links the store has, less the hidden nodes and their links. */
    LoadedGraph graph() {
        return graph;
    }

    Reconciliation reconciliation() {
        return reconciliation;
    }

    /** Where the session placed the nodes the store still has; the layout keeps them there. */
    Map<String, double[]> placed() {
        Map<String, double[]> placed = new HashMap<>();
        session.positions().forEach((id, at) -> {
            if (graph.node(id).isPresent()) {
                placed.put(id, new double[] {at.x(), at.y()});
            }
        });
        return placed;
    }

    Set<String> pinned() {
        return session.pinned();
    }

    Set<String> selection() {
        return session.selection();
    }

    /** The analyst's notes, for {@code FigureNotes}, which numbers those on what the figure shows. */
    List<Note> notes() {
        return session.notes();
    }

    /** How many notes concern nodes or links the figure does not show. */
    long notesLeftOut(VisibleGraph visible) {
        return session.notes().stream().filter(n -> n.target() == Note.Target.NODE && !visible.nodeIds().contains(n.targetId())
                || n.target() == Note.Target.LINK && !visible.linkIds().contains(n.targetId())).count();
    }
}
