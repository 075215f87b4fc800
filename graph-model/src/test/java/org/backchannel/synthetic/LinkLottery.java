package org.backchannel.synthetic;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.backchannel.model.LinkType;

/**
 * How often each link type occurs, per hundred links: mostly exchanges and participation, as in an archive of
 * who spoke to whom through which channel, with the structural links (offices, affiliations, outcomes) rarer.
 */
final class LinkLottery {

    private static final Map<LinkType, Integer> PER_HUNDRED = new EnumMap<>(Map.ofEntries(
            Map.entry(LinkType.SPOKE_WITH, 30), Map.entry(LinkType.PARTICIPATES_IN, 20),
            Map.entry(LinkType.TOOK_PART_IN, 15), Map.entry(LinkType.HOLDS_OFFICE, 6),
            Map.entry(LinkType.AFFILIATED_WITH, 6), Map.entry(LinkType.PART_OF, 6), Map.entry(LinkType.LED_TO, 6),
            Map.entry(LinkType.CONCERNS, 4), Map.entry(LinkType.CONNECTS, 3), Map.entry(LinkType.AUTHORED, 2),
            Map.entry(LinkType.STUDIED, 1), Map.entry(LinkType.LOCATED_IN, 1)));
    private static final LinkType[] TICKETS = tickets();

    private LinkLottery() {
    }

    static LinkType draw(SplittableRandom random) {
        return TICKETS[random.nextInt(TICKETS.length)];
    }

    private static LinkType[] tickets() {
        LinkType[] tickets = new LinkType[PER_HUNDRED.values().stream().mapToInt(Integer::intValue).sum()];
        int next = 0;
        for (var entry : PER_HUNDRED.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                tickets[next++] = entry.getKey();
            }
        }
        return tickets;
    }
}
