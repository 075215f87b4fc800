package org.backchannel.exploration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeEncoding;
import org.backchannel.session.DrawingCache;
import org.backchannel.session.Session;
import org.backchannel.session.SessionFilter;
import org.backchannel.store.GraphFilter;

/**
 * What is drawn as a {@link DrawingCache} and back: the picture of the last session, drawn at launch
 * before the store answers. Only what is drawn goes in (hidden and filtered-out nodes do not), so the
 * picture needs no filter to look as it did; it keeps the filter only to say it is filtered. The session
 * file restores the rest once the store answers.
 */
public final class DrawingCacheMapping {

    private DrawingCacheMapping() {
    }

    /**
     * The drawn elements, taken on the UI thread: the loaded graph grows in place, so the elements are
     * looked up here and everything else is left to {@link #toCache} in the background.
     */
    public record Drawn(List<GraphNode> nodes, List<GraphLink> links) {
    }

    /** Looks up what is drawn (Backchannel's own elements; another database's are left to the store). */
    public static Drawn drawn(Exploration exploration) {
        VisibleGraph visible = exploration.visible();
        LoadedGraph graph = exploration.graph();
        List<GraphNode> nodes = new ArrayList<>(visible.nodeIds().size());
        for (String id : visible.nodeIds()) {
            graph.node(id).filter(n -> !n.isForeign()).ifPresent(nodes::add);
        }
        List<GraphLink> links = new ArrayList<>(visible.linkIds().size());
        for (String id : visible.linkIds()) {
            graph.link(id).filter(l -> l.type() != null).ifPresent(links::add);
        }
        return new Drawn(nodes, links);
    }

    /**
     * The picture of {@code drawn} at the snapshot's positions; nodes without a position are left out,
     * as the canvas leaves them out, and so are links whose ends are. Unstamped: the session file stamps it.
     */
    public static DrawingCache toCache(Drawn drawn, ExplorationSnapshot snapshot, Viewpoint viewpoint) {
        List<DrawingCache.Node> nodes = new ArrayList<>(drawn.nodes().size());
        Map<String, Integer> places = new HashMap<>();
        for (GraphNode n : drawn.nodes()) {
            Point at = snapshot.positions().get(n.id());
            if (at != null) {
                places.put(n.id(), nodes.size());
                nodes.add(new DrawingCache.Node(n.id(), n.kind(), n.name(), n.channelType(), n.channelType() == null ? null : n.secrecy(),
                        at.x(), at.y(), snapshot.pinned().contains(n.id()), snapshot.selection().contains(n.id())));
            }
        }
        List<DrawingCache.Link> links = new ArrayList<>(drawn.links().size());
        for (GraphLink l : drawn.links()) {
            Integer from = places.get(l.fromId());
            Integer to = places.get(l.toId());
            if (from != null && to != null) {
                links.add(new DrawingCache.Link(l.id(), l.type(), from, to, l.channelId() == null ? -1 : places.getOrDefault(l.channelId(), -1),
                        l.mutual()));
            }
        }
        Session.Camera camera = viewpoint == null ? null : new Session.Camera(viewpoint.x(), viewpoint.y(), viewpoint.scale());
        GraphFilter filter = snapshot.filter();
        return new DrawingCache(DrawingCache.SessionStamp.NONE, nodes, links, camera, new SessionFilter(filter.channelTypes(), filter.years()),
                snapshot.eras());
    }

    /** The picture as a graph of outlines: names, kinds, channel types and secrecy, links and their channels. */
    static LoadedGraph graphOf(DrawingCache cache) {
        List<GraphNode> nodes = new ArrayList<>(cache.nodes().size());
        for (DrawingCache.Node n : cache.nodes()) {
            nodes.add(new GraphNode(n.id(), n.kind(), n.name(), List.of(), null, n.channelType(), n.secrecy(), null, null, null, List.of()));
        }
        List<GraphLink> links = new ArrayList<>(cache.links().size());
        for (DrawingCache.Link l : cache.links()) {
            links.add(new GraphLink(l.id(), l.type(), cache.nodes().get(l.from()).id(), cache.nodes().get(l.to()).id(),
                    l.channel() < 0 ? null : cache.nodes().get(l.channel()).id(), null, null, null, null, List.of(), null, List.of(),
                    l.mutual()));
        }
        return LoadedGraph.of(nodes, links);
    }

    /**
     * What {@link StoreChanges#showPicture} puts over {@link #graphOf}: every node drawn where it was, the filter it was
     * drawn under (which {@link StoreChanges#showPicture} does not apply again) and the eras that name its years.
     */
    static ExplorationSnapshot snapshotOf(DrawingCache cache) {
        Set<String> nodes = new HashSet<>();
        Map<String, Point> positions = new HashMap<>();
        Set<String> pinned = new HashSet<>();
        Set<String> selected = new HashSet<>();
        for (DrawingCache.Node n : cache.nodes()) {
            nodes.add(n.id());
            positions.put(n.id(), new Point(n.x(), n.y()));
            if (n.pinned()) {
                pinned.add(n.id());
            }
            if (n.selected()) {
                selected.add(n.id());
            }
        }
        Set<String> links = new HashSet<>();
        cache.links().forEach(l -> links.add(l.id()));
        SessionFilter filter = cache.filter();
        return new ExplorationSnapshot(nodes, links, positions, pinned, Set.of(), new GraphFilter(filter.channelTypes(), filter.years()),
                selected, null, LayoutMode.FORCE, Map.of(), List.of(), NodeEncoding.DEFAULT, cache.eras());
    }

    /** The picture's camera, or null to fit it. */
    public static Viewpoint viewpointOf(DrawingCache cache) {
        Session.Camera camera = cache.camera();
        return camera == null ? null : new Viewpoint(camera.x(), camera.y(), camera.zoom());
    }
}
