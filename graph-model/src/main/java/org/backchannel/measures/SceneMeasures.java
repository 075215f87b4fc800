package org.backchannel.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Degree, betweenness, PageRank and communities of the visible scene, ranked by degree (then by id).
 * The scene is taken as undirected (a message goes either way along a link) and simple (two links
 * between the same nodes are one path); degree still counts every link, as the canvas sizes nodes.
 * Communities by label propagation with a seeded random, so the same scene gives the same communities.
 * PageRank and communities are JGraphT's; betweenness is our own (see {@link SampledBetweenness}).
 * Slow on a large scene: run it off the UI thread.
 */
public final class SceneMeasures {

    /** The seed of the community search: fixed, so that colours do not change between runs. */
    public static final long SEED = 42;
    /**
     * Betweenness is exact on scenes of at most this many nodes and estimated from this many sources on
     * larger ones: about a quarter second on the 10,000-node bench scene (docs/benchmarks.md).
     */
    public static final int PIVOTS = 256;

    private SceneMeasures() {
    }

    public static List<NodeMeasures> of(LoadedGraph graph, GraphFilter filter) {
        VisibleGraph visible = VisibleGraph.of(graph, filter);
        List<GraphNode> nodes = graph.nodes().stream().filter(n -> visible.nodeIds().contains(n.id())).toList();
        Map<String, Integer> indexOf = new HashMap<>(2 * nodes.size());
        Graph<Integer, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
        for (GraphNode node : nodes) {
            indexOf.put(node.id(), indexOf.size());
            simple.addVertex(indexOf.get(node.id()));
        }
        int[] degree = new int[nodes.size()];
        int[] simpleDegree = new int[nodes.size()];
        for (GraphLink link : graph.links()) {
            if (!visible.linkIds().contains(link.id())) {
                continue;
            }
            int a = indexOf.get(link.fromId());
            int b = indexOf.get(link.toId());
            degree[a]++;
            degree[b]++;
            if (a != b && simple.addEdge(a, b) != null) {
                simpleDegree[a]++;
                simpleDegree[b]++;
            }
        }
        double[] betweenness = betweenness(simple, simpleDegree);
        Map<Integer, Double> pageRank = new PageRank<>(simple).getScores();
        int[] community = communities(simple, nodes.size());
        List<NodeMeasures> measures = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode node = nodes.get(i);
            measures.add(new NodeMeasures(node.id(), node.name(), degree[i], betweenness[i], pageRank.get(i), community[i]));
        }
        measures.sort(Comparator.comparingInt(NodeMeasures::degree).reversed().thenComparing(NodeMeasures::nodeId));
        return measures;
    }

    /** Adjacency arrays of the simple graph for {@link SampledBetweenness}. */
    private static double[] betweenness(Graph<Integer, DefaultEdge> simple, int[] simpleDegree) {
        int n = simpleDegree.length;
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + simpleDegree[i];
        }
        int[] neighbours = new int[start[n]];
        int[] fill = new int[n];
        for (DefaultEdge edge : simple.edgeSet()) {
            int a = simple.getEdgeSource(edge);
            int b = simple.getEdgeTarget(edge);
            neighbours[start[a] + fill[a]++] = b;
            neighbours[start[b] + fill[b]++] = a;
        }
        return SampledBetweenness.of(start, neighbours, PIVOTS, SEED);
    }

    /** Community numbers by size, largest first (ties by the smallest node index in them), so numbering is stable. */
    private static int[] communities(Graph<Integer, DefaultEdge> simple, int n) {
        List<Set<Integer>> clusters = new ArrayList<>(
                new LabelPropagationClustering<>(simple, new Random(SEED)).getClustering().getClusters());
        clusters.sort(Comparator.comparingInt((Set<Integer> c) -> -c.size())
                .thenComparingInt(c -> c.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE)));
        int[] community = new int[n];
        Arrays.fill(community, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (int v : clusters.get(c)) {
                community[v] = c;
            }
        }
        return community;
    }
}
