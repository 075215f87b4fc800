package org.backchannel.store;

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
 * A dataset of an exact shape: {@code actors} named "Actor 0…", {@code channels}, and {@code exchanges}
 * between random pairs of actors, for tests that need to know precisely what is there. Large, realistic
 * data comes from {@link org.backchannel.synthetic.SyntheticDataset}.
 */
final class ExchangeFixture {

    private ExchangeFixture() {
    }

    static Dataset of(int actors, int channels, int exchanges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Citation> cite = List.of(new Citation("generated", "Generated for a test.", null));
        List<GraphNode> nodes = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            nodes.add(new GraphNode("actor-" + i, NodeKind.ACTOR, "Actor " + i, List.of(), "person", null, null, null, null, null, cite));
        }
        ChannelType[] types = ChannelType.values();
        Secrecy[] secrecies = Secrecy.values();
        for (int i = 0; i < channels; i++) {
            nodes.add(new GraphNode("channel-" + i, NodeKind.CHANNEL, "Channel " + i, List.of(), null, types[i % types.length],
                    secrecies[i % secrecies.length], null, null, null, cite));
        }
        List<GraphLink> links = new ArrayList<>();
        for (int i = 0; i < exchanges; i++) {
            int year = 1950 + random.nextInt(72);
            links.add(new GraphLink("exchange-" + i, LinkType.SPOKE_WITH, "actor-" + random.nextInt(actors),
                    "actor-" + random.nextInt(actors), "channel-" + random.nextInt(channels), null, null,
                    TimeSpan.at(PartialDate.ofYear(year)), null, cite));
        }
        Source source = new Source("generated", SourceKind.COMMON_KNOWLEDGE, "Generated", null, null, null, null, null);
        return new Dataset(Dataset.FORMAT, "Generated " + actors + " actors", null, List.of(source), nodes, links);
    }
}
