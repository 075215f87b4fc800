package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Certainty;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkOutlines;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Secrecy;
import org.backchannel.model.TimeSpan;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Type;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns the overview's rows into outline nodes and links as they arrive. One instance reads one overview,
 * and the values many elements share are decoded once and the same object handed to all that have them:
 * a link's span (validated on construction, and a large graph's links share a few thousand spans among
 * hundreds of thousands), its source list, a channel's id, a role. That is most of what building the
 * overview cost on top of streaming its records (docs/benchmarks.md, "Loading the L graph from the store"),
 * and it keeps one copy of each shared value on the client's heap.
 *
 * <p>Fields are found by their place, looked up once per statement from its keys rather than by name in
 * every record.
 */
final class OverviewRows {

    private static final Certainty[] CERTAINTIES = Certainty.values();
    private static final LinkType[] TYPES = LinkType.values();
    private static final Type INTEGER = TypeSystem.getDefault().INTEGER();

    private final Map<String, PartialDate> dates = new HashMap<>();
    /** By start, then by end (either may be null, which a HashMap takes as a key). */
    private final Map<String, Map<String, TimeSpan>> spans = new HashMap<>();
    private final Map<List<String>, List<String>> sourceLists = new HashMap<>();
    private final Map<String, List<String>> singleSources = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, LinkType> types = new HashMap<>();

    /**
     * A statement's rows as outline nodes ({@link OverviewQuery#NODES} and its kin).
     *
     * @param keys receives each node's element id
     * @param degrees receives each node's stored degree, where the statement returns it
     */
    List<GraphNode> nodes(Result rows, List<String> keys, List<Long> degrees) {
        List<GraphNode> nodes = new ArrayList<>();
        Fields at = new Fields(rows.keys());
        int key = at.of("key");
        int id = at.of("id");
        int kind = at.of("kind");
        int name = at.of("name");
        int aliases = at.of("aliases");
        int category = at.of("category");
        int channelType = at.of("channelType");
        int secrecy = at.of("secrecy");
        int start = at.of("start");
        int end = at.of("end");
        int certainty = at.of("certainty");
        int degree = rows.keys().indexOf("degree");
        while (rows.hasNext()) {
            Record row = rows.next();
            keys.add(row.get(key).asString());
            if (degree >= 0) {
                degrees.add(row.get(degree).asLong());
            }
            nodes.add(new GraphNode(
                    row.get(id).asString(), NodeKind.fromCode(row.get(kind).asString(null)).orElse(NodeKind.ACTOR),
                    row.get(name).asString(), row.get(aliases).asList(Value::asString, List.of()),
                    shared(row.get(category)),
                    ChannelType.fromCode(row.get(channelType).asString(null)).orElse(null),
                    Secrecy.fromCode(row.get(secrecy).asString(null)).orElse(null),
                    null, span(row.get(start), row.get(end)), certainty(row.get(certainty)), List.of()));
        }
        return nodes;
    }

    /**
     * A statement's rows as outline links ({@link OverviewQuery#LINKS}, {@link LinkSeek#LINKS}): each with
     * its source ids but without its description and citations. Fed into columns as the rows arrive, with the
     * ends as the places the statement returns them as: no record per link, and the client graph is built from
     * the columns without looking an end up ({@link LinkOutlines}).
     *
     * @param ids the dataset id of each node shown, by its place in the statement's {@code $keys}
     */
    List<GraphLink> links(Result rows, List<String> ids) {
        LinkOutlines.Builder links = new LinkOutlines.Builder(ids);
        Fields at = new Fields(rows.keys());
        int id = at.of("id");
        int type = at.of("type");
        int from = at.of("from");
        int to = at.of("to");
        int channel = at.of("channel");
        int role = at.of("role");
        int start = at.of("start");
        int end = at.of("end");
        int certainty = at.of("certainty");
        int sources = at.of("sources");
        while (rows.hasNext()) {
            Record row = rows.next();
            links.add(row.get(id).asString(), type(row.get(type)), row.get(from).asInt(), row.get(to).asInt(),
                    shared(row.get(channel)), shared(row.get(role)), span(row.get(start), row.get(end)),
                    certainty(row.get(certainty)), sourceList(row.get(sources)));
        }
        return links.build();
    }

    /** The places of a statement's fields. */
    private record Fields(List<String> keys) {
        int of(String key) {
            int at = keys.indexOf(key);
            if (at < 0) {
                throw new IllegalStateException("the overview's statement returns no " + key + " (it returns " + keys + ")");
            }
            return at;
        }
    }

    /** The seek returns a type as its place among the constants, the expansion by its relationship type's name. */
    private LinkType type(Value type) {
        return type.type().equals(INTEGER) ? TYPES[type.asInt()] : type(type.asString());
    }

    private LinkType type(String relationshipType) {
        LinkType type = types.get(relationshipType);
        if (type == null) {
            type = LinkType.fromRelationshipType(relationshipType).orElseThrow(
                    () -> new IllegalStateException("the overview read a relationship of type " + relationshipType + ", which is not ours"));
            types.put(relationshipType, type);
        }
        return type;
    }

    /** Looked up by its start, then its end: no key is made per row. */
    private TimeSpan span(Value start, Value end) {
        String from = start.asString(null);
        String to = end.asString(null);
        if (from == null && to == null) {
            return TimeSpan.UNDATED;
        }
        return spans.computeIfAbsent(from, f -> new HashMap<>()).computeIfAbsent(to, t -> new TimeSpan(date(from), date(t)));
    }

    private PartialDate date(String text) {
        return text == null ? null : dates.computeIfAbsent(text, t -> PartialDate.parse(t).orElse(null));
    }

    /** A loop over the few codes: {@code Certainty.fromCode} copies the constants and wraps the answer, for every row. */
    private static Certainty certainty(Value code) {
        String text = code.asString(null);
        if (text != null) {
            for (Certainty certainty : CERTAINTIES) {
                if (certainty.code().equals(text)) {
                    return certainty;
                }
            }
        }
        return Certainty.ATTESTED;
    }

    /** Each source once, in order; one list for all the links that cite the same sources. */
    private List<String> sourceList(Value sources) {
        if (sources.isNull() || sources.isEmpty()) {
            return List.of();
        }
        if (sources.size() == 1) {
            // One source: found by its id, with no list made for the row.
            return sourceList(sources.get(0).asString());
        }
        List<String> cited = sources.asList(Value::asString);
        return sourceLists.computeIfAbsent(cited, c -> {
            List<String> distinct = c.stream().distinct().toList();
            return distinct.size() == 1 ? sourceList(distinct.get(0)) : List.copyOf(distinct.stream().map(this::shared).toList());
        });
    }

    private List<String> sourceList(String source) {
        return singleSources.computeIfAbsent(source, s -> List.of(shared(s)));
    }

    /** Texts that many elements repeat (a channel's id, a role, a category) held once. */
    private String shared(Value text) {
        return text.isNull() ? null : shared(text.asString());
    }

    private String shared(String text) {
        return texts.computeIfAbsent(text, t -> t);
    }
}
