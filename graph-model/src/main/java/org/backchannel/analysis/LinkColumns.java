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
import org.backchannel.model.ValueColumn;

/**
 * The loaded links as columns beside the {@link GraphIndex}'s numbering: an immutable list that makes each
 * outline {@link GraphLink} when it is read. A record per link took 64 bytes (32 MB for issue #15's 500,000
 * links); the columns take about 5 to 8 (repeated values coded, {@link ValueColumn}) and share the ids (an {@link IdColumn}), ends and channels with the index. The ends are the
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
    private final Map<Integer, String> strayChannels;
    /** Coded into their few distinct values (ValueColumn): a reference per link was 6 MB of the three at L. */
    private final ValueColumn<String> roles;
    private final ValueColumn<TimeSpan> spans;
    private final ValueColumn<List<?>> sourceIds;
    /** Each enum as its ordinal + 1; a type of 0 says the link is kept {@link #whole}. */
    private final byte[] types;
    private final byte[] certainties;
    private final Map<Integer, GraphLink> whole;

    /**
     * @param ids  the links' ids in the order of {@code links}
     * @param from each link's source as a number of {@code nodes}
     * @param to   each link's target, likewise
     * @param channels each link's channel, likewise, or -1 when it has none or that node is not loaded
     */
    LinkColumns(List<GraphLink> links, IdIndex nodes, IdColumn ids, int[] from, int[] to, int[] channels) {
        this(Rows.of(links, channels), nodes, ids, from, to, channels);
    }

    /** The same from links fed in as columns, which are all outlines: none is kept whole, and no record is made. */
    LinkColumns(LinkOutlines links, IdIndex nodes, IdColumn ids, int[] from, int[] to, int[] channels) {
        this(Rows.of(links, channels), nodes, ids, from, to, channels);
    }

    private LinkColumns(Rows rows, IdIndex nodes, IdColumn ids, int[] from, int[] to, int[] channels) {
        this.nodes = nodes;
        this.ids = ids;
        this.from = from;
        this.to = to;
        this.channels = channels;
        strayChannels = rows.strayChannels;
        whole = rows.whole;
        types = rows.types;
        certainties = rows.certainties;
        roles = ValueColumn.of(rows.roles);
        spans = ValueColumn.of(rows.spans);
        sourceIds = ValueColumn.of(rows.sourceIds);
    }

    /** The per-link columns while they are read in, before the repeated values are coded. */
    private static final class Rows {

        final Map<Integer, String> strayChannels = new HashMap<>();
        final Map<Integer, GraphLink> whole = new HashMap<>();
        final String[] roles;
        final TimeSpan[] spans;
        final List<?>[] sourceIds;
        final byte[] types;
        final byte[] certainties;

        private Rows(int m) {
            roles = new String[m];
            spans = new TimeSpan[m];
            sourceIds = new List<?>[m];
            types = new byte[m];
            certainties = new byte[m];
        }

        static Rows of(List<GraphLink> links, int[] channels) {
            Rows rows = new Rows(links.size());
            for (int e = 0; e < links.size(); e++) {
                GraphLink link = links.get(e);
                if (link.description() != null || !link.citations().isEmpty() || link.otherType() != null || link.mutual()) {
                    rows.whole.put(e, link);
                    continue;
                }
                if (link.channelId() != null && channels[e] < 0) {
                    rows.strayChannels.put(e, link.channelId());
                }
                rows.roles[e] = link.role();
                rows.spans[e] = link.span();
                rows.sourceIds[e] = link.sourceIds();
                rows.types[e] = (byte) (link.type().ordinal() + 1);
                rows.certainties[e] = (byte) (link.certainty().ordinal() + 1);
            }
            return rows;
        }

        static Rows of(LinkOutlines links, int[] channels) {
            Rows rows = new Rows(links.size());
            for (int e = 0; e < links.size(); e++) {
                if (channels[e] < 0 && links.channelId(e) != null) {
                    rows.strayChannels.put(e, links.channelId(e));
                }
                rows.roles[e] = links.role(e);
                rows.spans[e] = links.span(e);
                rows.sourceIds[e] = links.sourceIds(e);
                rows.types[e] = (byte) (links.type(e).ordinal() + 1);
                rows.certainties[e] = (byte) (links.certainty(e).ordinal() + 1);
            }
            return rows;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public GraphLink get(int e) {
        if (types[e] == 0) {
            return whole.get(e);
        }
        return new GraphLink(ids.get(e), TYPES[types[e] - 1], nodes.id(from[e]), nodes.id(to[e]),
                channels[e] >= 0 ? nodes.id(channels[e]) : strayChannels.get(e), roles.get(e), null,
                spans.get(e), CERTAINTIES[certainties[e] - 1], List.of(), null, (List<String>) sourceIds.get(e));
    }

    @Override
    public int size() {
        return ids.size();
    }
}
