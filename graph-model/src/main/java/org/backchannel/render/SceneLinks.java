package org.backchannel.render;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.backchannel.model.ChannelType;
import org.backchannel.model.IdColumn;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.backchannel.model.SharedLinkColumns;
import org.backchannel.model.ValueColumn;

/**
 * A scene's links as columns: an immutable list that makes each {@link SceneLink} when it is read. A record
 * per link took 48 bytes (24 MB for the 500,000 links of issue #15's L graph on screen); these columns take
 * about 20 with the ids as bytes, and share the label strings with what the scene was built from. The ends are numbers of the
 * scene's nodes, which are also what its {@link SceneIndex} culls with. Reading a link makes a short-lived
 * record, which costs less than keeping half a million of them.
 *
 * <p>A scene built from a loaded graph shares the graph's column of link ids and keeps each link's number in it
 * (4 bytes a link, none when it holds all of them in order) instead of a column of its own (about 12 bytes a link, and 4 MB more for its table once
 * something looks a link up: 6 to 10 MB at L); a link whose id is not in the shared column, or links not in its
 * order, make the scene keep its own column after all.
 */
final class SceneLinks extends AbstractList<SceneLink> implements RandomAccess {

    private static final LinkType[] TYPES = LinkType.values();
    private static final ChannelType[] CHANNEL_TYPES = ChannelType.values();
    private static final Secrecy[] SECRECIES = Secrecy.values();
    private static final byte HIGHLIGHTED = 1;
    private static final byte DIMMED = 2;
    private static final byte MUTUAL = 4;

    private final SceneNodes nodes;
    /** The links' ids as bytes: a string each was about 24 MB of the L graph on screen. */
    private final IdColumn ids;
    /**
     * Link {@code i}'s place in {@link #ids}, strictly ascending; null when {@link #ids} is in the scene's order (its
     * own, or a shared one of which the scene holds every link).
     */
    private final int[] numbers;
    /** Each end as the number of a node of {@link #nodes}, or -1 when the scene does not hold it. */
    private final int[] from;
    private final int[] to;
    /** The ends the scene does not hold, by link number: few or none (a scene drawn without some nodes). */
    private final Map<Integer, String> strayFrom = new HashMap<>();
    private final Map<Integer, String> strayTo = new HashMap<>();
    /** Coded into the few thousand distinct labels ("spoke with · 1970"): a reference each was 2 MB at L. */
    private final ValueColumn<String> labels;
    /** Each enum as its ordinal + 1, 0 for null. */
    private final byte[] types;
    private final byte[] channelTypes;
    private final byte[] secrecies;
    private final byte[] flags;

    private SceneLinks(List<SceneLink> links, SceneNodes nodes, SharedLinkColumns shared) {
        int m = links.size();
        this.nodes = nodes;
        Map<String, Integer> nodeNumbers = new HashMap<>(2 * nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            nodeNumbers.put(nodes.id(i), i);
        }
        String[] linkIds = new String[m];
        int[] from = new int[m];
        int[] to = new int[m];
        String[] labels = new String[m];
        types = new byte[m];
        channelTypes = new byte[m];
        secrecies = new byte[m];
        flags = new byte[m];
        for (int i = 0; i < m; i++) {
            SceneLink link = Objects.requireNonNull(links.get(i), "link");
            linkIds[i] = link.id();
            from[i] = number(nodeNumbers, link.fromId(), strayFrom, i);
            to[i] = number(nodeNumbers, link.toId(), strayTo, i);
            labels[i] = link.label();
            types[i] = code(link.type());
            channelTypes[i] = code(link.channelType());
            secrecies[i] = code(link.secrecy());
            flags[i] = (byte) ((link.highlighted() ? HIGHLIGHTED : 0) | (link.dimmed() ? DIMMED : 0) | (link.mutual() ? MUTUAL : 0));
        }
        this.labels = ValueColumn.of(labels);
        int[] inShared = shared == null ? null : numbersIn(shared.ids(), linkIds);
        ids = inShared != null ? shared.ids() : IdColumn.of(Arrays.asList(linkIds));
        // Every link of the shared column, in its order (the whole graph drawn): the numbers would be 0, 1, 2…
        this.numbers = inShared != null && inShared.length == shared.ids().size() ? null : inShared;
        this.from = shared == null ? from : shared.fromOr(from);
        this.to = shared == null ? to : shared.toOr(to);
    }

    /** {@code links} as columns over {@code nodes}; the same list when it already is. */
    static List<SceneLink> copyOf(List<SceneLink> links, SceneNodes nodes) {
        if (links instanceof SceneLinks columns) {
            // Over other nodes (a scene drawn from another): the ids stay shared where they were.
            return columns.nodes.sameIds(nodes) ? columns
                    : new SceneLinks(List.copyOf(links), nodes, new SharedLinkColumns(columns.ids, columns.from, columns.to));
        }
        return new SceneLinks(List.copyOf(links), nodes, null);
    }

    /**
     * As {@link #copyOf(List, List)}, reading the ids from {@code shared} where it holds them all, in the links' order,
     * and taking its ends where they are the same.
     */
    static List<SceneLink> sharing(List<SceneLink> links, SceneNodes nodes, SharedLinkColumns shared) {
        return new SceneLinks(List.copyOf(links), nodes, shared);
    }

    /** Where each id is in {@code shared}, or null when one is not there or they are not in its order. */
    private static int[] numbersIn(IdColumn shared, String[] linkIds) {
        int[] numbers = new int[linkIds.length];
        int last = -1;
        for (int i = 0; i < linkIds.length; i++) {
            // Mostly the next one: a scene of the whole graph takes its links in the graph's order.
            boolean next = last + 1 < shared.size() && shared.is(last + 1, linkIds[i]);
            numbers[i] = next ? last + 1 : shared.indexOf(linkIds[i]);
            if (numbers[i] <= last) {
                return null;
            }
            last = numbers[i];
        }
        return numbers;
    }

    private static int number(Map<String, Integer> numbers, String id, Map<Integer, String> strays, int link) {
        Integer number = numbers.get(id);
        if (number == null) {
            strays.put(link, id);
            return -1;
        }
        return number;
    }

    private static byte code(Enum<?> value) {
        return (byte) (value == null ? 0 : value.ordinal() + 1);
    }

    private static <E> E decode(E[] values, byte code) {
        return code == 0 ? null : values[code - 1];
    }

    @Override
    public SceneLink get(int i) {
        return new SceneLink(ids.get(numbers == null ? i : numbers[i]), fromId(i), toId(i), decode(TYPES, types[i]), decode(CHANNEL_TYPES, channelTypes[i]),
                decode(SECRECIES, secrecies[i]), (flags[i] & HIGHLIGHTED) != 0, (flags[i] & DIMMED) != 0, labels.get(i),
                (flags[i] & MUTUAL) != 0);
    }

    @Override
    public int size() {
        return from.length;
    }

    /** The number of the link with id {@code id}, or -1: the ids' table is made on the first look-up (a highlight). */
    int indexOf(String id) {
        int at = ids.indexOf(id);
        if (numbers == null || at < 0) {
            return at;
        }
        int i = Arrays.binarySearch(numbers, at);
        return i < 0 ? -1 : i;
    }

    /** Link {@code i}'s type, without making its record (nor its id's string): the crowd layer reads every link's. */
    LinkType type(int i) {
        return decode(TYPES, types[i]);
    }

    /** Link {@code i}'s channel type, as {@link #type}. */
    ChannelType channelType(int i) {
        return decode(CHANNEL_TYPES, channelTypes[i]);
    }

    /** Link {@code i}'s secrecy, as {@link #type}. */
    Secrecy secrecy(int i) {
        return decode(SECRECIES, secrecies[i]);
    }

    /** Whether link {@code i} is dimmed, as {@link #type}. */
    boolean dimmed(int i) {
        return (flags[i] & DIMMED) != 0;
    }

    /** Whether link {@code i} is highlighted, without making its record: culling reads this for every link. */
    boolean highlighted(int i) {
        return (flags[i] & HIGHLIGHTED) != 0;
    }

    /** The id of link {@code i}'s source node. */
    String fromId(int i) {
        return from[i] >= 0 ? nodes.id(from[i]) : strayFrom.get(i);
    }

    /** The id of link {@code i}'s target node. */
    String toId(int i) {
        return to[i] >= 0 ? nodes.id(to[i]) : strayTo.get(i);
    }

    /** Each link's source as a number of the scene's nodes, -1 when not among them; the caller must not change it. */
    int[] fromNumbers() {
        return from;
    }

    /** Each link's target, as {@link #fromNumbers()}. */
    int[] toNumbers() {
        return to;
    }
}
