package org.backchannel.app.path;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.answers.Quotes;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.questions.SceneShortestPath;
import org.backchannel.questions.TimeRespectingPaths;
import org.backchannel.questions.TimedPath;
import org.backchannel.questions.TimedStep;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphPath;
import org.backchannel.store.GraphStore;

/**
 * A found path (or several) in the pane's words, built in the background with its quotes: the hops,
 * what to highlight, and the sentence above them. Empty {@code steps} means nothing was found.
 */
record PathAnswer(List<PathStep> steps, Set<String> ids, String message) {

    PathAnswer {
        steps = List.copyOf(steps);
        ids = Set.copyOf(ids);
    }

    /** The store's shortest paths, listed one after another. */
    static PathAnswer ofStore(List<GraphPath> paths, GraphStore store, Function<String, Optional<String>> nameOf) {
        Quotes quotes = Quotes.fetch(store, List.of(), paths.stream().flatMap(p -> p.links().stream()).toList());
        List<PathStep> rows = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (GraphPath path : paths) {
            rows.addAll(hops(path, quotes, nameOf, ids));
        }
        if (paths.isEmpty()) {
            return new PathAnswer(List.of(), Set.of(), "");
        }
        int hops = paths.get(0).hops();
        return new PathAnswer(rows, ids, paths.size() == 1 ? "Shortest path: " + hops + " hops."
                : paths.size() + " shortest paths of " + hops + " hops.");
    }

    /** A question asked of the scene: the shortest path along exchanges, or a time-respecting one. */
    static PathAnswer ofScene(LoadedGraph scene, GraphFilter filter, PathMode mode, String fromId, String toId, int maxHops,
                              GraphStore store) {
        Function<String, Optional<String>> nameOf = id -> scene.node(id).map(GraphNode::name);
        if (mode == PathMode.SHORTEST_EXCHANGES) {
            Optional<GraphPath> path = SceneShortestPath.find(scene, filter, fromId, toId, SceneShortestPath.Links.EXCHANGES_ONLY, maxHops);
            if (path.isEmpty()) {
                return new PathAnswer(List.of(), Set.of(), "");
            }
            PathAnswer found = ofStore(List.of(path.get()), store, nameOf);
            return new PathAnswer(found.steps, found.ids, "Shortest path along exchanges: " + path.get().hops() + " hops.");
        }
        TimeRespectingPaths.Goal goal = mode == PathMode.IN_TIME_FEWEST_HOPS
                ? TimeRespectingPaths.Goal.FEWEST_HOPS : TimeRespectingPaths.Goal.EARLIEST_ARRIVAL;
        Optional<TimedPath> timed = TimeRespectingPaths.find(scene, filter, fromId, toId, goal, maxHops);
        return timed.map(path -> ofTimed(path, store, nameOf)).orElse(new PathAnswer(List.of(), Set.of(), ""));
    }

    private static PathAnswer ofTimed(TimedPath path, GraphStore store, Function<String, Optional<String>> nameOf) {
        Quotes quotes = Quotes.fetch(store, List.of(), path.steps().stream().map(TimedStep::link).toList());
        List<PathStep> rows = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int hop = 1;
        for (TimedStep step : path.steps()) {
            GraphLink link = step.link();
            ids.add(step.from().id());
            ids.add(step.to().id());
            ids.add(link.id());
            String order = step.orderUncertain() ? "may have come before hop " + (hop - 1) + ": the dates overlap" : "";
            rows.add(new PathStep(hop++, step.from().name(), how(link, nameOf), step.to().name(), link.span().toString(), link.id(),
                    quotes.first(link.id()), order));
        }
        String message = "Time-respecting path: " + path.hops() + " hops; the message may arrive from " + path.earliestArrival() + "."
                + (path.orderUncertain() ? " Partial dates leave the order of some hops uncertain (see Order)." : "");
        return new PathAnswer(rows, ids, message);
    }

    private static List<PathStep> hops(GraphPath path, Quotes quotes, Function<String, Optional<String>> nameOf, Set<String> ids) {
        List<PathStep> rows = new ArrayList<>();
        for (int i = 0; i < path.hops(); i++) {
            GraphNode a = path.nodes().get(i);
            GraphNode b = path.nodes().get(i + 1);
            GraphLink link = path.links().get(i);
            rows.add(new PathStep(i + 1, a.name(), how(link, nameOf), b.name(), link.span().isDated() ? link.span().toString() : "",
                    link.id(), quotes.first(link.id()), ""));
            ids.add(a.id());
            ids.add(b.id());
            ids.add(link.id());
        }
        return rows;
    }

    private static String how(GraphLink link, Function<String, Optional<String>> nameOf) {
        String type = link.typeName().replace('-', ' ');
        String via = link.channelId() == null ? "" : " via " + nameOf.apply(link.channelId()).orElse(link.channelId());
        return type + via + (link.role() == null ? "" : " (" + link.role() + ")");
    }
}
