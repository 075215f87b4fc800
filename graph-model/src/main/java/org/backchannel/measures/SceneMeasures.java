package org.backchannel.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;

/**
 * Degree, betweenness, PageRank and communities of the visible scene, ranked by degree (then by id).
 * The scene is taken as undirected (a message goes either way along a link) and simple (two links
 * between the same nodes are one path); degree still counts every link, as the canvas sizes nodes.
 * All three scores run over adjacency arrays and are seeded where they draw at random, so the same
 * scene gives the same numbers; JGraphT's took seconds to minutes on the 10,000-node scene
 * (docs/decisions/0008-own-graph-measures.md). Run it off the UI thread.
 */
public final class SceneMeasures {

    /** The seed of the community search and the betweenness sources: fixed, so colours do not change between runs. */
    public static final long SEED = 42;
    /** Betweenness is exact on scenes of at most this many nodes and estimated from this many sources on larger ones. */
    public static final int PIVOTS = 256;

    private SceneMeasures() {
    }

    public static List<NodeMeasures> of(LoadedGraph graph, GraphFilter filter) {
        VisibleGraph visible = VisibleGraph.of(graph, filter);
        List<GraphNode> nodes = graph.nodes().stream().filter(n -> visible.nodeIds().contains(n.id())).toList();
        Map<String, Integer> indexOf = new HashMap<>(2 * nodes.size());
        nodes.forEach(node -> indexOf.put(node.id(), indexOf.size()));
        int[] degree = new int[nodes.size()];
        List<int[]> pairs = new ArrayList<>();
        Set<Long> joined = new HashSet<>();
        for (GraphLink link : graph.links()) {
            if (!visible.linkIds().contains(link.id())) {
                continue;
            }
            int a = indexOf.get(link.fromId());
            int b = indexOf.get(link.toId());
            degree[a]++;
            degree[b]++;
            if (a != b && joined.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                pairs.add(new int[] {a, b});
            }
        }
        Adjacency simple = adjacency(nodes.size(), pairs);
        double[] betweenness = SampledBetweenness.of(simple, PIVOTS, SEED);
        double[] pageRank = PageRankScores.of(simple);
        int[] community = numbered(LabelPropagation.of(simple, SEED));
        List<NodeMeasures> measures = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode node = nodes.get(i);
            measures.add(new NodeMeasures(node.id(), node.name(), degree[i], betweenness[i], pageRank[i], community[i]));
        }
        measures.sort(Comparator.comparingInt(NodeMeasures::degree).reversed().thenComparing(NodeMeasures::nodeId));
        return measures;
    }

    private static Adjacency adjacency(int n, List<int[]> pairs) {
        int[] start = new int[n + 1];
        for (int[] pair : pairs) {
            start[pair[0] + 1]++;
            start[pair[1] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] neighbours = new int[start[n]];
        int[] fill = new int[n];
        for (int[] pair : pairs) {
            neighbours[start[pair[0]] + fill[pair[0]]++] = pair[1];
            neighbours[start[pair[1]] + fill[pair[1]]++] = pair[0];
        }
        return new Adjacency(start, neighbours);
    }

    /** Community numbers by size, largest first (ties by the label, a node index), so numbering is stable. */
    private static int[] numbered(int[] label) {
        int n = label.length;
        int[] size = new int[n];
        for (int l : label) {
            size[l]++;
        }
        List<Integer> labels = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            if (size[l] > 0) {
                labels.add(l);
            }
        }
        labels.sort(Comparator.comparingInt((Integer l) -> -size[l]).thenComparingInt(l -> l));
        int[] numberOf = new int[n];
        for (int c = 0; c < labels.size(); c++) {
            numberOf[labels.get(c)] = c;
        }
        int[] community = new int[n];
        for (int i = 0; i < n; i++) {
            community[i] = numberOf[label[i]];
        }
        return community;
    }
}
