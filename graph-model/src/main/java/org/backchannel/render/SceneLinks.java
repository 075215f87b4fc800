package org.backchannel.render;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;

/**
 * A scene's links as columns: an immutable list that makes each {@link SceneLink} when it is read. A record
 * per link took 48 bytes (24 MB for the 500,000 links of issue #15's L graph on screen); these columns take
 * 20, and share the id, end and label strings with what the scene was built from. Reading a link makes a
 * short-lived record, which costs less than keeping half a million of them.
 */
final class SceneLinks extends AbstractList<SceneLink> implements RandomAccess {

    private static final LinkType[] TYPES = LinkType.values();
    private static final ChannelType[] CHANNEL_TYPES = ChannelType.values();
    private static final Secrecy[] SECRECIES = Secrecy.values();
    private static final byte HIGHLIGHTED = 1;
    private static final byte DIMMED = 2;

    private final String[] ids;
    private final String[] fromIds;
    private final String[] toIds;
    private final String[] labels;
    /** Each enum as its ordinal + 1, 0 for null. */
    private final byte[] types;
    private final byte[] channelTypes;
    private final byte[] secrecies;
    private final byte[] flags;

    private SceneLinks(List<SceneLink> links) {
        int m = links.size();
        ids = new String[m];
        fromIds = new String[m];
        toIds = new String[m];
        labels = new String[m];
        types = new byte[m];
        channelTypes = new byte[m];
        secrecies = new byte[m];
        flags = new byte[m];
        for (int i = 0; i < m; i++) {
            SceneLink link = Objects.requireNonNull(links.get(i), "link");
            ids[i] = link.id();
            fromIds[i] = link.fromId();
            toIds[i] = link.toId();
            labels[i] = link.label();
            types[i] = code(link.type());
            channelTypes[i] = code(link.channelType());
            secrecies[i] = code(link.secrecy());
            flags[i] = (byte) ((link.highlighted() ? HIGHLIGHTED : 0) | (link.dimmed() ? DIMMED : 0));
        }
    }

    /** {@code links} as columns; the same list when it already is. */
    static List<SceneLink> copyOf(List<SceneLink> links) {
        return links instanceof SceneLinks columns ? columns : new SceneLinks(List.copyOf(links));
    }

    private static byte code(Enum<?> value) {
        return (byte) (value == null ? 0 : value.ordinal() + 1);
    }

    private static <E> E decode(E[] values, byte code) {
        return code == 0 ? null : values[code - 1];
    }

    @Override
    public SceneLink get(int i) {
        return new SceneLink(ids[i], fromIds[i], toIds[i], decode(TYPES, types[i]), decode(CHANNEL_TYPES, channelTypes[i]),
                decode(SECRECIES, secrecies[i]), (flags[i] & HIGHLIGHTED) != 0, (flags[i] & DIMMED) != 0, labels[i]);
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** Whether link {@code i} is highlighted, without making its record: culling reads this for every link. */
    boolean highlighted(int i) {
        return (flags[i] & HIGHLIGHTED) != 0;
    }

    /** The id of link {@code i}'s source node. */
    String fromId(int i) {
        return fromIds[i];
    }

    /** The id of link {@code i}'s target node. */
    String toId(int i) {
        return toIds[i];
    }
}
