package org.backchannel.store.neo4j;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.model.Dataset;
import org.backchannel.model.EraDerivation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.Source;

/** A dataset's contribution to each of its sources, nodes and links, by id, as the store will keep them. */
record IncomingContributions(Map<String, Contribution> sources, Map<String, Contribution> nodes,
                             Map<String, Contribution> links) {

    /**
     * A digest of everything this dataset would store (each contribution's canonical text, places
     * included): equal digests mean an import would write exactly what the store already holds.
     */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map<String, Contribution> part : List.of(sources, nodes, links)) {
                part.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(e.getValue().encode().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                });
                sha.update((byte) 1);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static IncomingContributions none() {
        return new IncomingContributions(Map.of(), Map.of(), Map.of());
    }

    static IncomingContributions of(Dataset dataset) {
        EraDerivation eras = EraDerivation.of(dataset.nodes(), dataset.links());
        Map<String, GraphNode> nodesById = dataset.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));
        Map<String, Contribution> sources = new LinkedHashMap<>();
        for (Source s : dataset.sources()) {
            sources.put(s.id(), Contribution.of(dataset.id(), ElementProperties.of(s), dataset.origin().placeOfSource(s.id())));
        }
        Map<String, Contribution> nodes = new LinkedHashMap<>();
        for (GraphNode n : dataset.nodes()) {
            nodes.put(n.id(), Contribution.of(dataset.id(), ElementProperties.of(n, eras.nodeYears(n.id())),
                    dataset.origin().placeOfNode(n.id())));
        }
        Map<String, Contribution> links = new LinkedHashMap<>();
        for (GraphLink l : dataset.links()) {
            Map<String, Object> facts = new LinkedHashMap<>(ElementProperties.of(l, ElementProperties.channelOf(l, nodesById),
                    eras.linkYears(l.id())));
            facts.put("type", l.type().relationshipType());
            facts.put("from", l.fromId());
            facts.put("to", l.toId());
            links.put(l.id(), Contribution.of(dataset.id(), facts, dataset.origin().placeOfLink(l.id())));
        }
        return new IncomingContributions(sources, nodes, links);
    }
}
