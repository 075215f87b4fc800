package org.backchannel.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class SampledBetweennessTest {

    /** A seeded random simple graph, as JGraphT holds it and as adjacency arrays. */
    private static Graph<Integer, DefaultEdge> randomGraph(int n, int links, long seed) {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        while (graph.edgeSet().size() < links) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                graph.addEdge(a, b);
            }
        }
        return graph;
    }

    private static double[] ours(Graph<Integer, DefaultEdge> graph, int pivots) {
        int n = graph.vertexSet().size();
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + graph.degreeOf(i);
        }
        int[] neighbours = new int[start[n]];
        int[] fill = new int[n];
        for (DefaultEdge e : graph.edgeSet()) {
            int a = graph.getEdgeSource(e);
            int b = graph.getEdgeTarget(e);
            neighbours[start[a] + fill[a]++] = b;
            neighbours[start[b] + fill[b]++] = a;
        }
        return SampledBetweenness.of(new Adjacency(start, neighbours), pivots, 7);
    }

    /**
     * JGraphT halves undirected scores and then divides by the ordered pairs, so its star centre scores
     * 0.5; ours divides by the ordered pairs only (the centre of a star scores 1, as in networkx), twice
     * JGraphT's.
     */
    @Test
    void fromEveryNodeItIsTwiceJGraphTsExactNormalisedBetweenness() {
        Graph<Integer, DefaultEdge> graph = randomGraph(60, 150, 3);
        Map<Integer, Double> exact = new BetweennessCentrality<>(graph, true).getScores();
        double[] ours = ours(graph, 60);
        for (int i = 0; i < 60; i++) {
            assertThat(ours[i]).as("node %d", i).isCloseTo(2 * exact.get(i), within(1e-9));
        }
    }

    @Test
    void fromASampleTheMostBetweenNodesStayOnTop() {
        Graph<Integer, DefaultEdge> graph = randomGraph(400, 800, 5);
        Map<Integer, Double> exact = new BetweennessCentrality<>(graph, true).getScores();
        int top = exact.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double[] sampled = ours(graph, 200);
        int betterThanTop = 0;
        for (double score : sampled) {
            if (score > sampled[top]) {
                betterThanTop++;
            }
        }
        assertThat(betterThanTop).as("nodes the sample ranks above the exact top").isLessThanOrEqualTo(3);
        assertThat(ours(graph, 200)).containsExactly(sampled);
    }
}
