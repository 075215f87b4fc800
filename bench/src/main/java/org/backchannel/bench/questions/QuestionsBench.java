package org.backchannel.bench.questions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Samples;
import org.backchannel.measures.SceneMeasures;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.questions.OutcomeChains;
import org.backchannel.questions.ParallelChannels;
import org.backchannel.questions.SceneShortestPath;
import org.backchannel.questions.TimeRespectingPaths;
import org.backchannel.store.GraphFilter;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * How long each question takes on a scene of the given size: the seeded synthetic dataset loaded whole
 * (10,000 nodes and 50,000 links for M, more links than the store's overview hands the app, so the figure
 * errs on the slow side). Each question is asked of the best-connected nodes, where answers are largest;
 * the figure is the worst median over them.
 */
public final class QuestionsBench {

    private static final int WARMUPS = 2;
    private static final int RUNS = 5;
    private static final int ASKED = 5;

    private QuestionsBench() {
    }

    /** @param exactBetweenness also time JGraphT's exact betweenness once (minutes on M) */
    public static void run(SyntheticSize size, Shape shape, long seed, Path out, boolean exactBetweenness) throws Exception {
        Dataset dataset = SyntheticDataset.generate(size, shape, seed);
        LoadedGraph graph = LoadedGraph.of(dataset.nodes(), dataset.links()).indexed();
        List<String> rows = new ArrayList<>();
        rows.add("| question | asked of | worst median (min) ms |");
        rows.add("| --- | --- | --: |");
        List<GraphNode> states = top(graph, NodeKind.ORGANIZATION, ASKED + 1);
        List<GraphNode> actors = top(graph, NodeKind.ACTOR, ASKED + 1);
        List<GraphNode> outcomes = top(graph, NodeKind.OUTCOME, ASKED);
        rows.add(worst("parallel channels", "pairs of the 6 best-connected organizations", states.size() - 1, i -> {
            ParallelChannels.between(graph, GraphFilter.ALL, states.get(i).id(), states.get(i + 1).id());
        }));
        rows.add(worst("outcome chains (explain)", "the 5 best-connected outcomes", outcomes.size(), i -> {
            new OutcomeChains(graph, 6, 20).leadingTo(outcomes.get(i).id());
        }));
        rows.add(worst("contributions of an actor", "the 5 best-connected actors", ASKED, i -> {
            new OutcomeChains(graph, 6, 20).contributionsOf(actors.get(i).id());
        }));
        for (TimeRespectingPaths.Goal goal : TimeRespectingPaths.Goal.values()) {
            rows.add(worst("time-respecting path, " + goal.name().toLowerCase().replace('_', ' '),
                    "pairs of the 6 best-connected actors, ≤ 10 steps", actors.size() - 1, i -> {
                        TimeRespectingPaths.find(graph, GraphFilter.ALL, actors.get(i).id(), actors.get(i + 1).id(), goal, 10);
                    }));
        }
        rows.add(worst("shortest path, any link", "pairs of the 6 best-connected actors, ≤ 10 steps", actors.size() - 1, i -> {
            SceneShortestPath.find(graph, GraphFilter.ALL, actors.get(i).id(), actors.get(i + 1).id(),
                    SceneShortestPath.Links.ANY_LINK, 10);
        }));
        rows.add(worst("measures: degree, betweenness, PageRank, communities", "the whole scene", 1, i -> {
            SceneMeasures.of(graph, GraphFilter.ALL);
        }));
        rows.addAll(jgraphtParts(graph, exactBetweenness));
        String table = String.format("Questions on the %s %s scene: %,d nodes, %,d links; median (min) of %d runs after %d warm-ups%n%n",
                size.name(), shape.name().toLowerCase(), graph.nodeCount(), graph.linkCount(), RUNS, WARMUPS)
                + String.join("\n", rows) + "\n";
        System.out.print(table);
        write(out, table);
    }

    private interface Question {
        void ask(int i) throws Exception;
    }

    private static String worst(String question, String askedOf, int count, Question work) throws Exception {
        double worstMedian = 0;
        double itsMin = 0;
        for (int i = 0; i < count; i++) {
            int which = i;
            Samples samples = Samples.of(WARMUPS, RUNS, () -> work.ask(which));
            if (samples.median() >= worstMedian) {
                worstMedian = samples.median();
                itsMin = samples.min();
            }
        }
        System.err.printf("%s: %s ms%n", question, Format.ms(worstMedian));
        return "| " + question + " | " + askedOf + " | " + Format.ms(worstMedian) + " (" + Format.ms(itsMin) + ") |";
    }

    /**
     * The parts of the measures as JGraphT computes them on the same scene as a simple undirected graph,
     * once each: the figures behind docs/decisions/0006 (exact betweenness takes long enough that a median
     * would hold the run up for minutes).
     */
    private static List<String> jgraphtParts(LoadedGraph graph, boolean exactBetweenness) {
        long started = System.nanoTime();
        Graph<String, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
        graph.nodes().forEach(n -> simple.addVertex(n.id()));
        graph.links().stream().filter(l -> !l.fromId().equals(l.toId())).forEach(l -> simple.addEdge(l.fromId(), l.toId()));
        List<String> rows = new ArrayList<>();
        rows.add(once("building its simple graph", started));
        started = System.nanoTime();
        new PageRank<>(simple).getScores();
        rows.add(once("1.5.2 PageRank", started));
        started = System.nanoTime();
        new LabelPropagationClustering<>(simple, new Random(SceneMeasures.SEED)).getClustering();
        rows.add(once("1.5.2 label propagation", started));
        if (exactBetweenness) {
            started = System.nanoTime();
            new BetweennessCentrality<>(simple, true).getScores();
            rows.add(once("1.5.2 exact betweenness", started));
        }
        return rows;
    }

    private static String once(String what, long started) {
        double ms = (System.nanoTime() - started) / 1e6;
        System.err.printf("%s: %s ms%n", what, Format.ms(ms));
        return "| JGraphT (reference): " + what + " | the whole scene, 1 run | " + Format.ms(ms) + " |";
    }

    private static List<GraphNode> top(LoadedGraph graph, NodeKind kind, int count) {
        return graph.nodes().stream().filter(n -> n.kind() == kind)
                .sorted(Comparator.comparingInt((GraphNode n) -> -degree(graph, n)).thenComparing(GraphNode::id))
                .limit(count).toList();
    }

    private static int degree(LoadedGraph graph, GraphNode node) {
        return node.kind() == NodeKind.OUTCOME
                ? (int) graph.linksOf(node.id()).stream().filter(l -> l.type() == LinkType.LED_TO).count()
                : graph.linksOf(node.id()).size();
    }

    private static void write(Path out, String table) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("questions.md"), table);
    }
}
