package org.backchannel.app.outcomes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.answers.Quotes;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.questions.ChainStep;
import org.backchannel.questions.OutcomeChain;
import org.backchannel.store.GraphStore;

/** Chains to outcomes in the panel's words, with the quotes of their led-to links and exchanges fetched in the background. */
final class ChainLines {

    private ChainLines() {
    }

    static List<ChainLine> of(LoadedGraph graph, List<OutcomeChain> chains, GraphStore store) {
        Set<GraphLink> links = new LinkedHashSet<>();
        for (OutcomeChain chain : chains) {
            for (ChainStep step : chain.steps()) {
                if (step.ledTo() != null) {
                    links.add(step.ledTo());
                }
                links.addAll(step.exchanges());
            }
        }
        Quotes quotes = Quotes.fetch(store, List.of(), links);
        List<ChainLine> lines = new ArrayList<>();
        int rank = 1;
        for (OutcomeChain chain : chains) {
            lines.add(line(graph, rank++, chain, quotes));
        }
        return lines;
    }

    private static ChainLine line(LoadedGraph graph, int rank, OutcomeChain chain, Quotes quotes) {
        Set<String> ids = new LinkedHashSet<>();
        List<StepLine> steps = new ArrayList<>();
        // One sentence of the article often backs the led-to link and an exchange both: quoted once, pointed at after.
        Set<String> quoted = new HashSet<>();
        Function<String, String> once = q -> "    " + (quoted.add(q) ? q
                : "(the same words as above: " + q.substring(0, Math.min(40, q.length())) + "…)");
        int number = 1;
        for (ChainStep step : chain.steps()) {
            GraphNode node = step.node();
            ids.add(node.id());
            List<String> evidence = new ArrayList<>();
            if (step.ledTo() != null) {
                ids.add(step.ledTo().id());
                evidence.add("led to " + name(graph, step.ledTo().toId())
                        + (step.ledTo().span().isDated() ? " (" + step.ledTo().span() + ")" : "") + ":");
                quotes.lines(step.ledTo().id()).forEach(q -> evidence.add(once.apply(q)));
            }
            for (GraphLink exchange : step.exchanges()) {
                ids.add(exchange.id());
                ids.add(exchange.fromId());
                ids.add(exchange.toId());
                evidence.add("exchange " + exchange.span() + ": " + name(graph, exchange.fromId()) + " — " + name(graph, exchange.toId()));
                quotes.lines(exchange.id()).forEach(q -> evidence.add(once.apply(q)));
            }
            step.takingPart().forEach(l -> {
                ids.add(l.id());
                ids.add(l.fromId());
            });
            String takingPart = step.takingPart().stream()
                    .map(l -> name(graph, l.fromId()) + (l.role() == null ? "" : " (" + l.role() + ")"))
                    .collect(Collectors.joining(", "));
            steps.add(new StepLine(number++, node.id(), node.name(), node.kind() == null ? "other" : node.kind().code(),
                    node.span().isDated() ? node.span().toString() : "undated", takingPart, evidence));
        }
        String route = chain.steps().stream().map(s -> s.node().name()).collect(Collectors.joining(" → "));
        return new ChainLine(rank, chain.length(), chain.evidence(), route, ids, steps);
    }

    private static String name(LoadedGraph graph, String id) {
        return graph.node(id).map(GraphNode::name).orElse(id);
    }
}
