package org.backchannel.analysis;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.backchannel.model.Certainty;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.model.TimeSpan;
import org.backchannel.model.ValueColumn;

/**
 * The loaded nodes as columns, as {@link LinkColumns} holds the links: an immutable list that makes each outline
 * {@link GraphNode} when it is read. A record per node took 64 bytes and its list slot 4 (6.8 MB for issue #15's
 * 100,000 nodes); the columns take about 12, the ids being the very array the graph's {@link IdIndex} numbers. A
 * node that carries more than an outline does (a description, citations, another database's labels) is kept
 * whole, as it came: there are few, since overviews read outlines.
 */
final class NodeColumns extends AbstractList<GraphNode> implements RandomAccess {

    private static final NodeKind[] KINDS = NodeKind.values();
    private static final ChannelType[] CHANNEL_TYPES = ChannelType.values();
    private static final Secrecy[] SECRECIES = Secrecy.values();
    private static final Certainty[] CERTAINTIES = Certainty.values();

    private final String[] ids;
    private final String[] names;
    /** Each enum as its ordinal + 1, 0 for null; a kind of 0 says the node is kept {@link #whole}. */
    private final byte[] kinds;
    private final byte[] channelTypes;
    private final byte[] secrecies;
    private final byte[] certainties;
    private final ValueColumn<String> categories;
    private final ValueColumn<List<String>> aliases;
    private final ValueColumn<TimeSpan> spans;
    private final Map<Integer, GraphNode> whole = new HashMap<>();

    /**
     * @param ids the nodes' ids in their order, which must not change afterwards (the numbering's own array)
     */
    NodeColumns(List<GraphNode> nodes, String[] ids) {
        int n = nodes.size();
        this.ids = ids;
        names = new String[n];
        kinds = new byte[n];
        channelTypes = new byte[n];
        secrecies = new byte[n];
        certainties = new byte[n];
        String[] categoryRows = new String[n];
        @SuppressWarnings("unchecked")
        List<String>[] aliasRows = new List[n];
        TimeSpan[] spanRows = new TimeSpan[n];
        for (int i = 0; i < n; i++) {
            GraphNode node = nodes.get(i);
            if (!node.id().equals(ids[i])) {
                throw new IllegalArgumentException("node " + i + " is " + node.id() + ", not " + ids[i]);
            }
            if (node.isForeign() || node.description() != null || !node.citations().isEmpty()) {
                whole.put(i, node);
                continue;
            }
            names[i] = node.name();
            kinds[i] = code(node.kind());
            channelTypes[i] = code(node.channelType());
            secrecies[i] = code(node.secrecy());
            certainties[i] = code(node.certainty());
            categoryRows[i] = node.category();
            aliasRows[i] = node.aliases();
            spanRows[i] = node.span();
        }
        categories = ValueColumn.of(categoryRows);
        aliases = ValueColumn.of(aliasRows);
        spans = ValueColumn.of(spanRows);
    }

    private static byte code(Enum<?> value) {
        return (byte) (value == null ? 0 : value.ordinal() + 1);
    }

    private static <E> E decode(E[] values, byte code) {
        return code == 0 ? null : values[code - 1];
    }

    @Override
    public GraphNode get(int i) {
        if (kinds[i] == 0) {
            return whole.get(i);
        }
        return new GraphNode(ids[i], decode(KINDS, kinds[i]), names[i], aliases.get(i), categories.get(i),
                decode(CHANNEL_TYPES, channelTypes[i]), decode(SECRECIES, secrecies[i]), null, spans.get(i),
                decode(CERTAINTIES, certainties[i]), List.of());
    }

    @Override
    public int size() {
        return ids.length;
    }
}
