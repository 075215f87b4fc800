package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backchannel.model.LinkType;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The links among the overview's nodes found on the {@link LesserDegree} indexes rather than by
 * expanding the nodes. The overview's nodes are the best-connected ones a filter lets through, so
 * each has at least the degree {@code $degree} of the last of them, and so has each end of a link
 * among them: one range seek per relationship type finds every such link, and a check of both ends
 * against the nodes shown drops the others (nodes as connected as the last one that did not fit,
 * or that the filter kept out). On the bench's scale-free million-node store, filtered to back
 * channels in 1969–1977, that reads 49,000 index entries where the expansion followed 378,000
 * relationships to find 8,602 links (docs/decisions/0023-links-among-the-best-connected.md).
 */
public final class LinkSeek {

    private static final Logger LOG = LoggerFactory.getLogger(LinkSeek.class);

    /** About this many of the shown nodes are expanded to estimate what each way would read. */
    public static final int SAMPLE = 100;

    /**
     * What a relationship read by the seek costs against one read by the expansion: the seek finds
     * each through an index entry, reads its record and sorts what it keeps, the expansion walks
     * records it is already on. Three is the ratio seen on the bench's L store, where the seek read 78,051
     * relationships in 700 ms and the expansion 47,503 in 203 ms (docs/benchmarks.md).
     */
    static final int SEEK_COST = 3;

    /**
     * A filter that keeps out most of the best-connected nodes lowers the last shown node's degree
     * until the seek would read the links among this many times as many nodes as are shown: the
     * expansion then, without counting further.
     */
    public static final int MOST_ABOVE_PER_SHOWN = 4;

    /**
     * Each seek binds both ends, so that their element ids come from the relationship's record:
     * {@code elementId(startNode(r))} instead cost four times the seek itself. The lesser degree is
     * taken from the index entry the seek is on, not read again from the relationship's properties
     * for the sort (28,187 property reads of 218,732 on the 1M store's unfiltered overview). The type
     * comes back as its place among {@link LinkType}'s constants, a constant of its branch: no name to
     * send and decode per row.
     */
    private static String seeks(Collection<LinkType> types) {
        return types.stream()
                .map(t -> """
                        MATCH (a)-[r:%s]->(b) WHERE r.%s >= $degree
                          WITH r, r.%2$s AS lesser, $positions[elementId(a)] AS from, $positions[elementId(b)] AS to
                          WHERE from IS NOT NULL AND to IS NOT NULL AND %s
                          RETURN r, lesser, from, to, %d AS type""".formatted(t.relationshipType(), LesserDegree.PROPERTY,
                        BrowseQueries.filter("r"), t.ordinal()))
                .collect(Collectors.joining("\n  UNION ALL\n  "));
    }

    /** The links among the shown nodes whose type is one of these, in the order {@link #LINKS} gives them. */
    private static String links(Collection<LinkType> types) {
        return """
                CALL {
                  %s
                }
                WITH r, from, to, lesser, type
                ORDER BY lesser DESC, from, to, type, elementId(r)
                LIMIT $limit
                RETURN coalesce(r.id, elementId(r)) AS id, type, from, to, r.channel AS channel, r.role AS role,
                       r.start AS start, r.end AS end, r.certainty AS certainty, r.citationSources AS sources, lesser"""
                .formatted(seeks(types));
    }

    /**
     * Both ends are looked up in {@code $positions} (element id to place in the node list) without
     * reading their records; the links between the best-connected nodes come first when there are
     * more than the limit, the places of their ends, then the type and the element id breaking ties,
     * so that the answer does not depend on the order the indexes return them in. Returns the columns
     * of {@link OverviewQuery#LINKS} (the type as a number) and each link's lesser degree.
     */
    public static final String LINKS = links(EnumSet.allOf(LinkType.class));

    /**
     * A few shown nodes expanded as the expansion would: how many relationships they have, how many
     * lead to a shown node and pass the filter (what the expansion keeps), and how many to a node of
     * at least {@code $degree} (what the seek reads); with the number of such nodes, counted on the
     * degree index up to {@code $most}. Public for the bench, which times it beside the overview's other parts.
     */
    public static final String PROBE = """
            CALL { MATCH (n:Entity) WHERE n.degree >= $degree WITH n LIMIT $most RETURN count(n) AS above }
            UNWIND $sample AS key
            MATCH (a:Entity) WHERE elementId(a) = key
            MATCH (a)-[r:%s]->(b)
            RETURN above, count(r) AS expanded,
                   count(CASE WHEN $positions[elementId(b)] IS NOT NULL AND %s THEN 1 END) AS kept,
                   count(CASE WHEN b.degree >= $degree THEN 1 END) AS sought"""
            .formatted(BrowseQueries.OWN_TYPES, BrowseQueries.filter("r"));

    private LinkSeek() {
    }

    /**
     * Whether the seek reads less than expanding the shown nodes would, estimated from a sample of
     * them. The expansion walks the nodes best-connected first and stops at the limit, so where the
     * links among the shown nodes are dense (the best tenth of a store) it stops early; where they are
     * sparse (the best hundredth of a scale-free store) it walks every relationship of every shown
     * node, mostly to nodes outside, while the seek reads only links between well-connected nodes.
     *
     * @param lowest the degree of the last node shown
     */
    static boolean pays(TransactionContext tx, Map<String, Object> linkParameters, List<String> keys, long lowest, long limit) {
        int step = Math.max(1, keys.size() / SAMPLE);
        List<String> sample = new ArrayList<>();
        for (int i = step / 2; i < keys.size(); i += step) {
            sample.add(keys.get(i));
        }
        Map<String, Object> parameters = new HashMap<>(linkParameters);
        parameters.put("degree", lowest);
        long most = (long) MOST_ABOVE_PER_SHOWN * keys.size();
        parameters.put("most", most);
        parameters.put("sample", sample);
        Record probe = tx.run(PROBE, parameters).single();
        long above = probe.get("above").asLong();
        if (above >= most) {
            return false;
        }
        double perSampled = (double) keys.size() / sample.size();
        double expanded = probe.get("expanded").asLong() * perSampled;
        double kept = probe.get("kept").asLong() * perSampled;
        double sought = probe.get("sought").asLong() * perSampled * above / keys.size();
        double expansion = kept == 0 ? expanded : Math.min(expanded, expanded * limit / kept);
        LOG.debug("Links among {} nodes of degree >= {}: the expansion would read about {} relationships, the seek {} ({} nodes above)",
                keys.size(), lowest, Math.round(expansion), Math.round(sought), above);
        return SEEK_COST * sought < expansion;
    }
}
