package org.backchannel.questions;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.store.GraphFilter;

/**
 * Who could have carried a message from one node to another: paths in the loaded graph in which every
 * step may happen no earlier than the one before (see {@link TimedHops} for the steps). Partial dates
 * are compared as spans and generously: a step may follow when its last possible day is no earlier
 * than the first day the message may have arrived; the answer marks the steps whose order the dates
 * leave open. Ties go to the fewer hops, then to the node and link loaded first, so the answer is the
 * same every time.
 */
public final class TimeRespectingPaths {

    /** What "best" means among the paths that respect time. */
    public enum Goal {
        /** The message arrives as early as the dates allow; fewest hops among those. */
        EARLIEST_ARRIVAL,
        /** As few steps as possible; earliest arrival among those. */
        FEWEST_HOPS
    }

    private static final LocalDate BEFORE_EVERYTHING = LocalDate.MIN;

    private TimeRespectingPaths() {
    }

    /** The best path under the filter within {@code maxHops} steps, or empty when none respects time. */
    public static Optional<TimedPath> find(LoadedGraph graph, GraphFilter filter, String fromId, String toId,
                                           Goal goal, int maxHops) {
        TimedHops hops = new TimedHops(graph, filter);
        Integer source = hops.indexOf.get(fromId);
        Integer target = hops.indexOf.get(toId);
        if (source == null || target == null || source.equals(target)) {
            return Optional.empty();
        }
        List<Integer> route = search(hops, source, target, maxHops, goal);
        return route.isEmpty() ? Optional.empty() : Optional.of(toPath(hops, route));
    }

    /**
     * Layer by layer: after k rounds, {@code arrival[k][v]} is the earliest day the message may be at v
     * in at most k steps. Exact under the hop cap for both goals, at the cost of one pass over the steps
     * per layer.
     */
    private static List<Integer> search(TimedHops hops, int source, int target, int maxHops, Goal goal) {
        int n = hops.nodeCount();
        LocalDate[][] arrival = new LocalDate[maxHops + 1][];
        int[][] via = new int[maxHops + 1][];
        arrival[0] = new LocalDate[n];
        arrival[0][source] = BEFORE_EVERYTHING;
        List<Integer> changed = List.of(source);
        int layers = 0;
        for (int k = 1; k <= maxHops && !changed.isEmpty(); k++) {
            arrival[k] = arrival[k - 1].clone();
            via[k] = new int[n];
            Arrays.fill(via[k], -1);
            List<Integer> next = new ArrayList<>();
            for (int u : changed) {
                for (int hop : hops.leaving.get(u)) {
                    int v = hops.end(hop);
                    LocalDate at = arriveAfter(hops, hop, arrival[k - 1][u]);
                    if (at != null && (arrival[k][v] == null || at.isBefore(arrival[k][v]))) {
                        if (via[k][v] == -1) {
                            next.add(v);
                        }
                        arrival[k][v] = at;
                        via[k][v] = hop;
                    }
                }
            }
            layers = k;
            if (goal == Goal.FEWEST_HOPS && arrival[k][target] != null) {
                break;
            }
            next.sort(Integer::compare);
            changed = next;
        }
        LocalDate best = arrival[layers][target];
        if (best == null) {
            return List.of();
        }
        int layer = 1;
        while (!best.equals(arrival[layer][target])) {
            layer++;
        }
        return layeredRoute(hops, via, layer, source, target);
    }

    private static List<Integer> layeredRoute(TimedHops hops, int[][] via, int layer, int source, int target) {
        Deque<Integer> route = new ArrayDeque<>();
        int v = target;
        for (int k = layer; k > 0 && v != source; k--) {
            if (via[k][v] != -1) {
                route.addFirst(via[k][v]);
                v = hops.start(via[k][v]);
            }
        }
        return new ArrayList<>(route);
    }

    /** The first day the message may be at the hop's far end, or null when the hop ended before it could start. */
    private static LocalDate arriveAfter(TimedHops hops, int hop, LocalDate ready) {
        DateWindow when = hops.windows.get(hop);
        if (when.latest().isBefore(ready)) {
            return null;
        }
        return when.earliest().isAfter(ready) ? when.earliest() : ready;
    }

    private static TimedPath toPath(TimedHops hops, List<Integer> route) {
        List<TimedStep> steps = new ArrayList<>();
        LocalDate ready = BEFORE_EVERYTHING;
        DateWindow previous = null;
        for (int hop : route) {
            DateWindow when = hops.windows.get(hop);
            boolean uncertain = previous != null && !when.certainlyFollows(previous);
            steps.add(new TimedStep(hops.nodes.get(hops.start(hop)), hops.nodes.get(hops.end(hop)), hops.links.get(hop),
                    when, uncertain));
            ready = arriveAfter(hops, hop, ready);
            previous = when;
        }
        return new TimedPath(steps, ready);
    }
}
