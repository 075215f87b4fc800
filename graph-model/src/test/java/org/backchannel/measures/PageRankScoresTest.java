package org.backchannel.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class PageRankScoresTest {

    @Test
    void itAgreesWithJGraphTsPageRankOnARandomGraphWithALonelyNode() {
        int n = 80;
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        SplittableRandom random = new SplittableRandom(11);
        while (graph.edgeSet().size() < 200) {
            int a = random.nextInt(n - 1);
            int b = random.nextInt(n - 1);
            if (a != b) {
                graph.addEdge(a, b);
            }
        }
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
        Map<Integer, Double> theirs = new PageRank<>(graph, PageRankScores.DAMPING, 1000, 1e-12).getScores();
        double[] ours = PageRankScores.of(new Adjacency(start, neighbours));
        for (int i = 0; i < n; i++) {
            assertThat(ours[i]).as("node %d", i).isCloseTo(theirs.get(i), within(1e-6));
        }
    }
}
