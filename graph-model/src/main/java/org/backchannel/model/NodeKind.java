package org.backchannel.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The five kinds of things in a Backchannel graph, each with its closed vocabulary of categories. */
public enum NodeKind implements CodedValue {
    ACTOR("actor", "Actor", Set.of("person", "group")),
    ORGANIZATION("organization", "Organization", Set.of(
            "state", "government", "agency", "legislature", "embassy", "university", "institute", "alliance", "media")),
    CHANNEL("channel", "Channel", Set.of()),
    EVENT("event", "Event", Set.of(
            "meeting", "talks", "crisis", "visit", "expulsion", "election", "publication", "interview", "statement",
            "conflict", "military-action")),
    OUTCOME("outcome", "Outcome", Set.of(
            "de-escalation", "agreement", "no-agreement", "stalemate", "improvement", "deterioration",
            "establishment", "cessation", "reduction"));

    private final String code;
    private final String label;
    private final Set<String> categories;

    NodeKind(String code, String label, Set<String> categories) {
        this.code = code;
        this.label = label;
        this.categories = categories;
    }

    /** The value used in dataset files and in the store's {@code kind} property. */
    @Override
    public String code() {
        return code;
    }

    /** The Neo4j label; only these fixed strings ever reach a Cypher statement as a label. */
    public String label() {
        return label;
    }

    public Set<String> categories() {
        return categories;
    }

    public boolean needsCategory() {
        return this != CHANNEL;
    }

    public static Optional<NodeKind> fromCode(String code) {
        return CodedValue.fromCode(NodeKind.class, code);
    }

    public static List<String> codes() {
        return CodedValue.codes(NodeKind.class);
    }
}
