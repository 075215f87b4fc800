package org.backchannel.perspective;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backchannel.model.CodedValue;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;

/**
 * What a relationship type of someone else's database stands for: an exchange (who spoke to whom),
 * taking part, leading to, a party's tie to an exchange recorded as a node, or something else.
 */
public enum LinkRole implements CodedValue {
    EXCHANGE("exchange"),
    PARTICIPATION("participation"),
    LED_TO("led-to"),
    /** From the sender (caller, author) to an exchange node, or from the exchange node to the sender. */
    FROM("from"),
    /** Between an exchange node and its recipient. */
    TO("to"),
    /** Between an exchange node and one of its parties, without a direction (attended, took part). */
    PARTY("party"),
    OTHER("other");

    /** The roles that tie a party to an exchange node; they are never drawn themselves. */
    public static final Set<LinkRole> PARTIES = EnumSet.of(FROM, TO, PARTY);

    private final String code;

    LinkRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The Backchannel link type a relationship of this role is drawn as, given the kind at its far end;
     * empty for party ties (folded into their exchange) and for others (drawn as their own type).
     */
    public Optional<LinkType> linkType(NodeKind target) {
        return switch (this) {
            case EXCHANGE -> Optional.of(LinkType.SPOKE_WITH);
            case LED_TO -> Optional.of(LinkType.LED_TO);
            case PARTICIPATION -> Optional.of(target == NodeKind.EVENT ? LinkType.TOOK_PART_IN
                    : target == NodeKind.ORGANIZATION ? LinkType.AFFILIATED_WITH : LinkType.PARTICIPATES_IN);
            default -> Optional.empty();
        };
    }

    public static Optional<LinkRole> fromCode(String code) {
        return CodedValue.fromCode(LinkRole.class, code);
    }

    public static List<String> codes() {
        return CodedValue.codes(LinkRole.class);
    }
}
