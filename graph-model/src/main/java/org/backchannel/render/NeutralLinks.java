package org.backchannel.render;

import java.util.List;
import org.backchannel.model.LinkType;

/**
 * The links drawn in a neutral grey rather than a channel's colour, in groups drawn alike, in legend
 * order; each group is one legend entry naming the types of it the figure shows. Exchanges and
 * participation whose channel is not known fall in the first.
 */
public final class NeutralLinks {

    public static final List<List<LinkType>> GROUPS = List.of(
            List.of(LinkType.SPOKE_WITH, LinkType.PARTICIPATES_IN, LinkType.TOOK_PART_IN),
            List.of(LinkType.LED_TO),
            List.of(LinkType.HOLDS_OFFICE, LinkType.AFFILIATED_WITH, LinkType.PART_OF, LinkType.CONNECTS, LinkType.LOCATED_IN),
            List.of(LinkType.STUDIED, LinkType.AUTHORED, LinkType.CONCERNS));

    private NeutralLinks() {
    }

    /** The index in {@link #GROUPS} of a type's group; {@code -1} for a type the app does not know. */
    public static int group(LinkType type) {
        for (int i = 0; i < GROUPS.size(); i++) {
            if (GROUPS.get(i).contains(type)) {
                return i;
            }
        }
        return -1;
    }

    /** Links along which messages travel and cause and effect are drawn wider than structure and scholarship. */
    static double width(LinkType type) {
        int group = group(type);
        return group == 0 || group == 1 ? 1.5 : 1.1;
    }
}
