package org.backchannel.app.session;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.exploration.SceneCap;
import org.backchannel.model.GraphLink;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.session.DrawingCache;
import org.backchannel.session.Reconciliation;
import org.backchannel.session.Session;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.GraphStore;
import org.backchannel.store.Subgraph;

/**
 * A saved session checked against the store it is opened on: what to ask the store for, what the
 * store no longer has, and the snapshot to restore, cut to what is loaded. Plain code over the
 * exploration's snapshot and the store's answers.
 */
final class LastSession {

    /** "6 Dec 2026, 04:43" in the user's own zone: the file keeps the exact instant, the window need not. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private LastSession() {
    }

    /** Whether a session was saved on this store (same address and database); only such sessions restore by themselves. */
    static boolean sameStore(Session session, StoreIdentity current) {
        return session.store().uri().equals(current.uri()) && session.store().database().equals(current.database());
    }

    /**
     * Asks the store for scene nodes that are not loaded, each with its links, kept to the session's scene;
     * what the store does not have is simply not in the answer. Null when every node is loaded: nothing is asked.
     */
    static Subgraph fetch(GraphStore store, Set<String> wantedNodes, ExplorationSnapshot session) {
        if (wantedNodes.isEmpty()) {
            return null;
        }
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphLink> links = new LinkedHashMap<>();
        int limit = SceneCap.forThisMachine();
        for (String id : wantedNodes) {
            Subgraph around = store.neighbours(id, limit);
            around.nodes().stream().filter(n -> n.id().equals(id)).forEach(n -> nodes.putIfAbsent(n.id(), n));
            around.links().stream().filter(l -> session.sceneLinkIds().contains(l.id())).forEach(l -> links.putIfAbsent(l.id(), l));
        }
        return new Subgraph(new ArrayList<>(nodes.values()), new ArrayList<>(links.values()), false, links.size(), true);
    }

    static Reconciliation reconcile(Session session, StoreIdentity current, LoadedGraph loaded) {
        Set<String> nodes = new HashSet<>();
        session.scene().nodeIds().forEach(id -> loaded.node(id).ifPresent(n -> nodes.add(id)));
        Set<String> links = new HashSet<>();
        session.scene().linkIds().forEach(id -> loaded.link(id).ifPresent(l -> links.add(id)));
        return Reconciliation.of(session, current, nodes, links);
    }

    /**
     * How the nodes drawn from the picture changed in the store since: renamed, or of another kind or
     * channel type ("William Burns, now William J. Burns"). Empty without a picture.
     */
    static List<String> changed(DrawingCache picture, LoadedGraph loaded) {
        List<String> changed = new ArrayList<>();
        if (picture == null) {
            return changed;
        }
        for (DrawingCache.Node was : picture.nodes()) {
            loaded.node(was.id()).ifPresent(now -> {
                if (!now.name().equals(was.name())) {
                    changed.add(was.name() + ", now " + now.name());
                } else if (now.kind() != was.kind() || now.channelType() != was.channelType()) {
                    changed.add(now.name() + " (" + describe(was.kind(), was.channelType()) + ", now "
                            + describe(now.kind(), now.channelType()) + ")");
                }
            });
        }
        return changed;
    }

    /** Links the store now has between nodes of the session that the session did not show: they are new since it was saved. */
    static List<String> added(Session session, LoadedGraph loaded) {
        Set<String> nodes = Set.copyOf(session.scene().nodeIds());
        Set<String> shown = Set.copyOf(session.scene().linkIds());
        List<String> added = new ArrayList<>();
        for (GraphLink link : loaded.links()) {
            if (!shown.contains(link.id()) && nodes.contains(link.fromId()) && nodes.contains(link.toId())) {
                added.add(link.id());
            }
        }
        added.sort(null);
        return added;
    }

    /**
     * The snapshot less what the store no longer has and with the links it has gained between the
     * session's nodes; notes stay, even on missing elements, so that none is lost.
     */
    static ExplorationSnapshot present(ExplorationSnapshot snapshot, Reconciliation found) {
        Set<String> nodes = new HashSet<>(snapshot.sceneNodeIds());
        found.missingNodes().forEach(nodes::remove);
        Set<String> links = new HashSet<>(snapshot.sceneLinkIds());
        found.missingLinks().forEach(links::remove);
        links.addAll(found.addedLinks());
        return new ExplorationSnapshot(nodes, links, only(snapshot.positions(), nodes), only(snapshot.pinned(), nodes),
                only(snapshot.hidden(), nodes), snapshot.filter(), only(snapshot.selection(), nodes),
                nodes.contains(snapshot.focus()) ? snapshot.focus() : null, snapshot.layoutMode(), snapshot.notLoaded(),
                snapshot.notes(), snapshot.nodeEncoding(), snapshot.eras());
    }

    /** One line for the window: when the session was saved and what changed since. */
    static String summary(String done, Session session, Reconciliation found) {
        List<String> parts = new ArrayList<>();
        parts.add(done + " (" + session.scene().nodeIds().size() + " nodes, saved " + WHEN.format(session.savedAt()) + ").");
        parts.addAll(found.messages());
        return String.join(" ", parts);
    }

    private static String describe(NodeKind kind, ChannelType type) {
        return type == null ? kind.code() : kind.code() + " " + type.code();
    }

    private static <T> Map<String, T> only(Map<String, T> byId, Set<String> kept) {
        Map<String, T> result = new LinkedHashMap<>();
        byId.forEach((id, value) -> {
            if (kept.contains(id)) {
                result.put(id, value);
            }
        });
        return result;
    }

    private static Set<String> only(Set<String> ids, Set<String> kept) {
        Set<String> result = new HashSet<>(ids);
        result.retainAll(kept);
        return result;
    }
}
