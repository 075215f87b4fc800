package org.backchannel.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.backchannel.model.GraphLink;

/**
 * Shortest paths found a layer at a time, asking for the links of the whole frontier at once: for a
 * store whose links can only be filtered after they are read (a perspective's dates are in the
 * store's own formats), so that a path is found among the links the filter lets through rather than
 * filtered after the store's shortest path, which may be the only one it returns. Links are
 * undirected for walking, as messages go both ways along an exchange; results are ordered by the
 * ids of their links, so the same store gives the same paths.
 */
public final class LayeredPathSearch {

    private LayeredPathSearch() {
    }

    /**
     * @param linksOf the links (already filtered) that touch any of the given nodes
     * @param limit   how many shortest paths at most
     * @return the shortest paths as links in walking order, none when {@code to} is not within {@code maxHops}
     */
    public static List<List<GraphLink>> find(String from, String to, int maxHops, int limit,
                                             Function<Collection<String>, List<GraphLink>> linksOf) {
        Map<String, Integer> depth = new HashMap<>(Map.of(from, 0));
        Map<String, Set<GraphLink>> arrivals = new HashMap<>();
        Set<String> frontier = new LinkedHashSet<>(List.of(from));
        for (int hop = 1; hop <= maxHops && !frontier.isEmpty() && !depth.containsKey(to); hop++) {
            Set<String> next = new LinkedHashSet<>();
            List<GraphLink> links = new ArrayList<>(linksOf.apply(List.copyOf(frontier)));
            links.sort(Comparator.comparing(GraphLink::id));
            for (GraphLink link : links) {
                for (String[] ends : List.of(new String[] {link.fromId(), link.toId()}, new String[] {link.toId(), link.fromId()})) {
                    String here = ends[0];
                    String there = ends[1];
                    if (!frontier.contains(here) || (depth.containsKey(there) && depth.get(there) != hop)) {
                        continue;
                    }
                    depth.put(there, hop);
                    arrivals.computeIfAbsent(there, k -> new LinkedHashSet<>()).add(link);
                    next.add(there);
                }
            }
            frontier = next;
        }
        if (!depth.containsKey(to) || from.equals(to)) {
            return List.of();
        }
        List<List<GraphLink>> paths = new ArrayList<>();
        walkBack(to, from, depth, arrivals, new ArrayList<>(), paths, limit);
        return paths;
    }

    /** Every way back from {@code here} to {@code from} one layer at a time, up to {@code limit} of them. */
    private static void walkBack(String here, String from, Map<String, Integer> depth, Map<String, Set<GraphLink>> arrivals,
                                 List<GraphLink> suffix, List<List<GraphLink>> paths, int limit) {
        if (here.equals(from)) {
            List<GraphLink> path = new ArrayList<>(suffix);
            java.util.Collections.reverse(path);
            paths.add(path);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (GraphLink link : arrivals.getOrDefault(here, Set.of())) {
            String before = link.fromId().equals(here) ? link.toId() : link.fromId();
            if (paths.size() >= limit || !seen.add(link.id()) || depth.getOrDefault(before, -1) != depth.get(here) - 1) {
                continue;
            }
            suffix.add(link);
            walkBack(before, from, depth, arrivals, suffix, paths, limit);
            suffix.remove(suffix.size() - 1);
        }
    }
}
