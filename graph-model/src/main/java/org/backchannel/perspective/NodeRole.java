package org.backchannel.perspective;

import java.util.List;
import java.util.Optional;
import org.backchannel.model.CodedValue;
import org.backchannel.model.NodeKind;

/**
 * What a label of someone else's database stands for in Backchannel's model: one of its five kinds,
 * an exchange recorded as a node (a call, a meeting, a cable), or something else, drawn as itself.
 */
public enum NodeRole implements CodedValue {
    ACTOR("actor", NodeKind.ACTOR),
    ORGANIZATION("organization", NodeKind.ORGANIZATION),
    CHANNEL("channel", NodeKind.CHANNEL),
    EVENT("event", NodeKind.EVENT),
    OUTCOME("outcome", NodeKind.OUTCOME),
    /** The node is an exchange between the nodes hanging off it by {@link LinkRole#FROM}, {@link LinkRole#TO} or {@link LinkRole#PARTY}. */
    EXCHANGE("exchange", null),
    OTHER("other", null);

    private final String code;
    private final NodeKind kind;

    NodeRole(String code, NodeKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    /** The kind a node of this role is drawn as; empty for exchanges (drawn as links) and others (drawn as themselves). */
    public Optional<NodeKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** Whether its nodes are drawn as nodes at all: an exchange node is drawn as the links between its parties. */
    public boolean drawnAsNode() {
        return this != EXCHANGE;
    }

    public static Optional<NodeRole> fromCode(String code) {
        return CodedValue.fromCode(NodeRole.class, code);
    }

    public static List<String> codes() {
        return CodedValue.codes(NodeRole.class);
    }
}
