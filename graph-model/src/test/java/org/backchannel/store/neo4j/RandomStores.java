package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Secrecy;
import org.backchannel.model.Source;
import org.backchannel.model.SourceKind;
import org.backchannel.model.TimeSpan;

/**
 * Small seeded random datasets with skewed degrees (low-numbered nodes become hubs, so the best-connected
 * nodes have many ties just below them), several link types, channel types and dated and undated
 * elements: enough for the overview's filters and caps to have something to choose among.
 */
final class RandomStores {

    private RandomStores() {
    }

    static Dataset dataset(String title, long seed, int actors, int links) {
        return dataset(title, seed, seed, actors, links);
    }

    /**
     * Datasets with the same {@code nodeSeed} and number of actors hold the same nodes, so that they
     * agree on them; their links, drawn from {@code linkSeed}, are their own (ids begin with the title).
     */
    static Dataset dataset(String title, long nodeSeed, long linkSeed, int actors, int links) {
        SplittableRandom random = new SplittableRandom(nodeSeed);
        List<Citation> cite = List.of(new Citation("generated", "Generated for a test.", null));
        List<GraphNode> nodes = new ArrayList<>();
        int channels = Math.max(2, actors / 10);
        int events = Math.max(2, actors / 5);
        for (int i = 0; i < actors; i++) {
            TimeSpan span = random.nextInt(4) == 0 ? null : new TimeSpan(PartialDate.ofYear(1950 + random.nextInt(40)), null);
            nodes.add(new GraphNode("actor-" + i, NodeKind.ACTOR, "Actor " + i, List.of(), "person", null, null, null, span, null, cite));
        }
        ChannelType[] types = ChannelType.values();
        for (int i = 0; i < channels; i++) {
            nodes.add(new GraphNode("channel-" + i, NodeKind.CHANNEL, "Channel " + i, List.of(), null, types[random.nextInt(types.length)],
                    Secrecy.SECRET, null, null, null, cite));
        }
        for (int i = 0; i < events; i++) {
            nodes.add(new GraphNode("event-" + i, NodeKind.EVENT, "Event " + i, List.of(), "meeting", null, null, null,
                    TimeSpan.at(PartialDate.ofYear(1950 + random.nextInt(70))), null, cite));
        }
        random = new SplittableRandom(linkSeed);
        String prefix = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-link-";
        List<GraphLink> all = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            int kind = random.nextInt(10);
            String from = "actor-" + skewed(random, actors);
            if (kind < 6) {
                TimeSpan when = random.nextInt(5) == 0 ? null : TimeSpan.at(PartialDate.ofYear(1950 + random.nextInt(70)));
                all.add(new GraphLink(prefix + i, LinkType.SPOKE_WITH, from, "actor-" + skewed(random, actors),
                        "channel-" + skewed(random, channels), null, null, when, null, cite));
            } else if (kind < 8) {
                all.add(new GraphLink(prefix + i, LinkType.PARTICIPATES_IN, from, "channel-" + skewed(random, channels), null,
                        "side", null, null, null, cite));
            } else {
                all.add(new GraphLink(prefix + i, LinkType.TOOK_PART_IN, from, "event-" + skewed(random, events), null, null, null,
                        null, null, cite));
            }
        }
        Source source = new Source("generated", SourceKind.COMMON_KNOWLEDGE, "Generated", null, null, null, null, null);
        return new Dataset(Dataset.FORMAT, title, null, List.of(source), nodes, all);
    }

    /** Preferential by construction: ⌊n·u²⌋ favours low numbers. */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return (int) (n * u * u);
    }
}
