package org.backchannel.questions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;

/**
 * How an outcome came about: the chains of {@code led-to} links that end at it, each node with who took
 * part in it and, for a channel, its exchanges; and the other way round, the outcomes an actor or a
 * channel contributed to. Chains are ranked shortest first, then by evidence, then by the ids along
 * them, so the order is the same every time. Nothing is added that the links do not say: a channel an
 * event belongs to is not a cause unless a {@code led-to} link makes it one.
 */
public final class OutcomeChains {

    private static final Comparator<OutcomeChain> RANK = Comparator.comparingInt(OutcomeChain::length)
            .thenComparing(Comparator.comparingInt(OutcomeChain::evidence).reversed())
            .thenComparing(c -> c.steps().stream().map(s -> s.node().id()).toList().toString());

    private final LoadedGraph graph;
    private final int maxLength;
    private final int limit;
    private Map<String, List<GraphLink>> exchangesByChannel;

    /**
     * @param maxLength the most {@code led-to} links in one chain
     * @param limit     the most chains one answer gives (a dense store could hold very many)
     */
    public OutcomeChains(LoadedGraph graph, int maxLength, int limit) {
        this.graph = graph;
        this.maxLength = maxLength;
        this.limit = limit;
    }

    /** The chains that lead to an outcome, best first; empty when nothing in the graph led to it. */
    public List<OutcomeChain> leadingTo(String outcomeId) {
        GraphNode outcome = graph.node(outcomeId).orElseThrow(() -> new IllegalArgumentException("no node has the id \"" + outcomeId + "\""));
        List<List<GraphLink>> found = new ArrayList<>();
        walkBack(outcome.id(), new ArrayList<>(), new LinkedHashSet<>(List.of(outcome.id())), found);
        return ranked(found.stream().map(links -> chain(links, outcome)).toList());
    }

    /** The outcomes a node contributed to, by the chains from it (or from its channels and events) to each. */
    public List<OutcomeChain> contributionsOf(String nodeId) {
        GraphNode node = graph.node(nodeId).orElseThrow(() -> new IllegalArgumentException("no node has the id \"" + nodeId + "\""));
        Set<String> starts = new LinkedHashSet<>();
        if (node.kind() == NodeKind.ACTOR || node.kind() == NodeKind.ORGANIZATION) {
            for (GraphLink link : graph.linksOf(nodeId)) {
                if ((link.type() == LinkType.PARTICIPATES_IN || link.type() == LinkType.TOOK_PART_IN) && link.fromId().equals(nodeId)) {
                    starts.add(link.toId());
                } else if (link.type() == LinkType.SPOKE_WITH && link.channelId() != null && graph.node(link.channelId()).isPresent()) {
                    starts.add(link.channelId());
                }
            }
        } else {
            starts.add(nodeId);
        }
        List<List<GraphLink>> found = new ArrayList<>();
        for (String start : starts) {
            walkForward(start, new ArrayList<>(), new LinkedHashSet<>(List.of(start)), found);
        }
        List<OutcomeChain> chains = new ArrayList<>();
        for (List<GraphLink> links : found) {
            chains.add(chain(links, graph.node(links.get(links.size() - 1).toId()).orElseThrow()));
        }
        return ranked(chains);
    }

    /** Collects each maximal backward chain; {@code links} run from the outcome backwards while walking. */
    private void walkBack(String nodeId, List<GraphLink> links, Set<String> onChain, List<List<GraphLink>> found) {
        List<GraphLink> causes = graph.linksOf(nodeId).stream()
                .filter(l -> l.type() == LinkType.LED_TO && l.toId().equals(nodeId) && !onChain.contains(l.fromId())).toList();
        if ((causes.isEmpty() || links.size() == maxLength) && !links.isEmpty()) {
            found.add(reversed(links));
            return;
        }
        for (GraphLink cause : causes) {
            if (found.size() >= limit * 4) {
                return;
            }
            links.add(cause);
            onChain.add(cause.fromId());
            walkBack(cause.fromId(), links, onChain, found);
            onChain.remove(cause.fromId());
            links.remove(links.size() - 1);
        }
    }

    /** Collects every chain from the start that reaches an outcome; {@code links} run forwards. */
    private void walkForward(String nodeId, List<GraphLink> links, Set<String> onChain, List<List<GraphLink>> found) {
        if (!links.isEmpty() && graph.node(nodeId).map(n -> n.kind() == NodeKind.OUTCOME).orElse(false)) {
            found.add(List.copyOf(links));
        }
        if (links.size() == maxLength || found.size() >= limit * 4) {
            return;
        }
        for (GraphLink effect : graph.linksOf(nodeId)) {
            if (effect.type() == LinkType.LED_TO && effect.fromId().equals(nodeId) && !onChain.contains(effect.toId())) {
                links.add(effect);
                onChain.add(effect.toId());
                walkForward(effect.toId(), links, onChain, found);
                onChain.remove(effect.toId());
                links.remove(links.size() - 1);
            }
        }
    }

    private static List<GraphLink> reversed(List<GraphLink> links) {
        List<GraphLink> copy = new ArrayList<>(links);
        Collections.reverse(copy);
        return copy;
    }

    /** {@code links} in order, first cause first, ending at {@code outcome}. */
    private OutcomeChain chain(List<GraphLink> links, GraphNode outcome) {
        Optional<DateWindow> outcomeWhen = DateWindow.of(outcome.span());
        List<ChainStep> steps = new ArrayList<>();
        for (GraphLink ledTo : links) {
            steps.add(step(graph.node(ledTo.fromId()).orElseThrow(), ledTo, outcomeWhen));
        }
        steps.add(step(outcome, null, outcomeWhen));
        return new OutcomeChain(steps, OutcomeChain.evidenceOf(steps));
    }

    private ChainStep step(GraphNode node, GraphLink ledTo, Optional<DateWindow> outcomeWhen) {
        List<GraphLink> takingPart = graph.linksOf(node.id()).stream()
                .filter(l -> (l.type() == LinkType.PARTICIPATES_IN || l.type() == LinkType.TOOK_PART_IN) && l.toId().equals(node.id()))
                .toList();
        List<GraphLink> exchanges = node.kind() != NodeKind.CHANNEL ? List.of() : exchangesThrough(node.id()).stream()
                .filter(l -> mayPrecede(l, outcomeWhen))
                .toList();
        return new ChainStep(node, ledTo, takingPart, exchanges);
    }

    /** Grouped once per question: scanning every link for each channel on each chain cost seconds on a large scene. */
    private List<GraphLink> exchangesThrough(String channelId) {
        if (exchangesByChannel == null) {
            exchangesByChannel = new HashMap<>();
            for (GraphLink link : graph.links()) {
                if (link.type() == LinkType.SPOKE_WITH && link.channelId() != null) {
                    exchangesByChannel.computeIfAbsent(link.channelId(), k -> new ArrayList<>()).add(link);
                }
            }
        }
        return exchangesByChannel.getOrDefault(channelId, List.of());
    }

    /** An exchange counts unless its dates certainly put it after the outcome; undated ones count. */
    private static boolean mayPrecede(GraphLink exchange, Optional<DateWindow> outcomeWhen) {
        Optional<DateWindow> when = DateWindow.of(exchange.span());
        return when.isEmpty() || outcomeWhen.isEmpty() || !when.get().earliest().isAfter(outcomeWhen.get().latest());
    }

    private List<OutcomeChain> ranked(List<OutcomeChain> chains) {
        return chains.stream().sorted(RANK).limit(limit).toList();
    }
}
