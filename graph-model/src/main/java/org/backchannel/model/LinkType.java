package org.backchannel.model;

import static org.backchannel.model.NodeKind.ACTOR;
import static org.backchannel.model.NodeKind.CHANNEL;
import static org.backchannel.model.NodeKind.EVENT;
import static org.backchannel.model.NodeKind.ORGANIZATION;
import static org.backchannel.model.NodeKind.OUTCOME;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The closed vocabulary of link types, with the node kinds each may join. */
public enum LinkType implements CodedValue {
    SPOKE_WITH("spoke-with", EnumSet.of(ACTOR, ORGANIZATION), EnumSet.of(ACTOR, ORGANIZATION)),
    PARTICIPATES_IN("participates-in", EnumSet.of(ACTOR, ORGANIZATION), EnumSet.of(CHANNEL)),
    TOOK_PART_IN("took-part-in", EnumSet.of(ACTOR, ORGANIZATION), EnumSet.of(EVENT)),
    HOLDS_OFFICE("holds-office", EnumSet.of(ACTOR), EnumSet.of(ORGANIZATION)),
    AFFILIATED_WITH("affiliated-with", EnumSet.of(ACTOR, ORGANIZATION), EnumSet.of(ORGANIZATION)),
    PART_OF("part-of", EnumSet.of(EVENT), EnumSet.of(CHANNEL, EVENT)),
    LED_TO("led-to", EnumSet.of(EVENT, CHANNEL, OUTCOME), EnumSet.of(EVENT, OUTCOME)),
    STUDIED("studied", EnumSet.of(ACTOR), EnumSet.of(CHANNEL, EVENT)),
    AUTHORED("authored", EnumSet.of(ACTOR, ORGANIZATION), EnumSet.of(EVENT)),
    CONCERNS("concerns", EnumSet.of(EVENT, CHANNEL, OUTCOME), EnumSet.allOf(NodeKind.class)),
    CONNECTS("connects", EnumSet.of(CHANNEL), EnumSet.of(ORGANIZATION)),
    LOCATED_IN("located-in", EnumSet.of(EVENT, ORGANIZATION), EnumSet.of(ORGANIZATION));

    /** The links along which messages travel: the ones a "who spoke to whom" path may follow. */
    public static final Set<LinkType> COMMUNICATION = EnumSet.of(SPOKE_WITH, PARTICIPATES_IN, TOOK_PART_IN);

    private final String code;
    private final Set<NodeKind> fromKinds;
    private final Set<NodeKind> toKinds;

    LinkType(String code, Set<NodeKind> fromKinds, Set<NodeKind> toKinds) {
        this.code = code;
        this.fromKinds = fromKinds;
        this.toKinds = toKinds;
    }

    @Override
    public String code() {
        return code;
    }

    /** The Neo4j relationship type; only these fixed strings ever reach a Cypher statement as a type. */
    public String relationshipType() {
        return name();
    }

    public Set<NodeKind> fromKinds() {
        return fromKinds;
    }

    public Set<NodeKind> toKinds() {
        return toKinds;
    }

    public boolean needsChannel() {
        return this == SPOKE_WITH;
    }

    public boolean needsRole() {
        return this == HOLDS_OFFICE;
    }

    public boolean allowsRole() {
        return this == HOLDS_OFFICE || this == PARTICIPATES_IN || this == TOOK_PART_IN
                || this == AFFILIATED_WITH || this == AUTHORED;
    }

    public static Optional<LinkType> fromCode(String code) {
        return CodedValue.fromCode(LinkType.class, code);
    }

    public static Optional<LinkType> fromRelationshipType(String type) {
        return Arrays.stream(values()).filter(t -> t.name().equals(type)).findFirst();
    }

    public static List<String> codes() {
        return CodedValue.codes(LinkType.class);
    }
}
