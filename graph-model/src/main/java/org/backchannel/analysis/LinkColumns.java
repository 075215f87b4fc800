package org.backchannel.analysis;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.backchannel.model.Certainty;
import org.backchannel.model.GraphLink;
import org.backchannel.model.IdColumn;
import org.backchannel.model.LinkOutlines;
import org.backchannel.model.LinkType;
import org.backchannel.model.TimeSpan;

/**
 * The loaded links as columns beside the {@link GraphIndex}'s numbering: an immutable list that makes each
 * outline {@link GraphLink} when it is read. A record per link took 64 bytes (32 MB for issue #15's 500,000
 * links); the columns take about 14 and share the ids (an {@link IdColumn}), ends and channels with the index. The ends are the
 * index's node numbers. A link that carries more than an outline does (a description, citations, another
 * database's type) is kept whole, as it came: there are few, since overviews read outlines.
 */
final class LinkColumns extends AbstractList<GraphLink> implements RandomAccess {

    private static final LinkType[] TYPES = LinkType.values();
    private static final Certainty[] CERTAINTIES = Certainty.values();

    private final IdIndex nodes;
    private final IdColumn ids;
    private final int[] from;
    private final int[] to;
    /** Each link's channel as a number of {@link #nodes}, -1 for none or one not loaded (then in {@link #strayChannels}). */
    private final int[] channels;
    private final Map<Integer, String> strayChannels = new HashMap<>();
    private final String[] roles;
    private final TimeSpan[] spans;
    private final List<?>[] sourceIds;
    /** Each enum as its ordinal + 1; a type of 0 says the link is kept {@link #whole}. */
    private final byte[] types;
    private final byte[] certainties;
    private final Map<Integer, GraphLink> whole = new HashMap<>();

    /**
     * @param ids  the links' ids in the order of {@code links}
     * @param from each link's source as a number of {@code nodes}
     * @param to   each link's target, likewise
     * @param channels each link's channel, likewise, or -1 when it has none or that node is not loaded
     */
    LinkColumns(List<GraphLink> links, IdIndex nodes, IdColumn ids, int[] from, int[] to, int[] channels) {
        this(links.size(), nodes, ids, from, to, channels);
        for (int e = 0; e < links.size(); e++) {
            GraphLink link = links.get(e);
            if (link.description() != null || !link.citations().isEmpty() || link.otherType() != null || link.mutual()) {
                whole.put(e, link);
                continue;
            }
            if (link.channelId() != null && channels[e] < 0) {
                strayChannels.put(e, link.channelId());
            }
            roles[e] = link.role();
            spans[e] = link.span();
            sourceIds[e] = link.sourceIds();
            types[e] = (byte) (link.type().ordinal() + 1);
            certainties[e] = (byte) (link.certainty().ordinal() + 1);
        }
    }

    /** The same from links fed in as columns, which are all outlines: none is kept whole, and no record is made. */
    LinkColumns(LinkOutlines links, IdIndex nodes, IdColumn ids, int[] from, int[] to, int[] channels) {
        this(links.size(), nodes, ids, from, to, channels);
        for (int e = 0; e < links.size(); e++) {
            if (channels[e] < 0 && links.channelId(e) != null) {
                strayChannels.put(e, links.channelId(e));
            }
            roles[e] = links.role(e);
            spans[e] = links.span(e);
            sourceIds[e] = links.sourceIds(e);
            types[e] = (byte) (links.type(e).ordinal() + 1);
            certainties[e] = (byte) (links.certainty(e).ordinal() + 1);
        }
    }

    /** The shared columns, with the per-link ones empty for {@code m} links. */
    private LinkColumns(int m, IdIndex nodes, IdColumn ids, int[] from, int[] to, int[] channels) {
        this.nodes = nodes;
        this.ids = ids;
        this.from = from;
        this.to = to;
        this.channels = channels;
        roles = new String[m];
        spans = new TimeSpan[m];
        sourceIds = new List<?>[m];
        types = new byte[m];
        certainties = new byte[m];
    }

    @Override
    @SuppressWarnings("unchecked")
    public GraphLink get(int e) {
        if (types[e] == 0) {
            return whole.get(e);
        }
        return new GraphLink(ids.get(e), TYPES[types[e] - 1], nodes.id(from[e]), nodes.id(to[e]),
                channels[e] >= 0 ? nodes.id(channels[e]) : strayChannels.get(e), roles[e], null,
                spans[e], CERTAINTIES[certainties[e] - 1], List.of(), null, (List<String>) sourceIds[e]);
    }

    @Override
    public int size() {
        return ids.size();
    }
}
