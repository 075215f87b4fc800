package org.backchannel.store.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.Citation;
import org.backchannel.model.Era;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Source;
import org.backchannel.model.TimeSpan;
import org.backchannel.model.YearRange;

/**
 * How domain objects become Neo4j properties. Citations are stored as three parallel lists on the
 * element they support, because a relationship cannot point at a citation node; derived years and
 * eras are stored so that era filters run in the store, on an index.
 *
 * <p>Public for the bench module's bulk loader, which writes stores too large for one transaction and must
 * write exactly what {@link DatasetWriter} writes.
 */
public final class ElementProperties {

    static final String ALIAS_SEPARATOR = " | ";

    private ElementProperties() {
    }

    public static Map<String, Object> of(GraphNode node, Optional<YearRange> years) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", node.id());
        p.put("kind", node.kind().code());
        p.put("name", node.name());
        p.put("aliases", node.aliases());
        p.put("aliasesText", String.join(ALIAS_SEPARATOR, node.aliases()));
        putIfPresent(p, "category", node.category());
        putIfPresent(p, "channelType", node.channelType() == null ? null : node.channelType().code());
        putIfPresent(p, "secrecy", node.secrecy() == null ? null : node.secrecy().code());
        putIfPresent(p, "description", node.description());
        putCommon(p, node.span(), years, node.certainty().code(), node.citations());
        return p;
    }

    /** @param channel the channel of a spoke-with link, whose type and secrecy the link carries for filtering */
    public static Map<String, Object> of(GraphLink link, Optional<GraphNode> channel, Optional<YearRange> years) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", link.id());
        putIfPresent(p, "channel", link.channelId());
        channel.ifPresent(c -> {
            p.put("channelType", c.channelType().code());
            p.put("secrecy", c.secrecy().code());
        });
        putIfPresent(p, "role", link.role());
        putIfPresent(p, "description", link.description());
        putCommon(p, link.span(), years, link.certainty().code(), link.citations());
        return p;
    }

    /** The channel whose type and secrecy a link carries: the one it went through, or the one it joins. */
    public static Optional<GraphNode> channelOf(GraphLink link, Map<String, GraphNode> nodesById) {
        return Optional.ofNullable(link.channelId()).map(nodesById::get)
                .or(() -> link.type() == LinkType.PARTICIPATES_IN ? Optional.of(nodesById.get(link.toId())) : Optional.empty());
    }

    public static Map<String, Object> of(Source source) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", source.id());
        p.put("kind", source.kind().code());
        p.put("title", source.title());
        putIfPresent(p, "author", source.author());
        putIfPresent(p, "publisher", source.publisher());
        putIfPresent(p, "date", source.date() == null ? null : source.date().toString());
        putIfPresent(p, "url", source.url());
        putIfPresent(p, "note", source.note());
        return p;
    }

    private static void putCommon(Map<String, Object> p, TimeSpan span, Optional<YearRange> years, String certainty,
                                  List<Citation> citations) {
        putIfPresent(p, "start", dateText(span.start()));
        putIfPresent(p, "end", dateText(span.end()));
        years.ifPresent(y -> {
            p.put("startYear", (long) y.from());
            p.put("endYear", (long) y.to());
            p.put("eras", Era.of(y).stream().map(Era::code).toList());
        });
        p.put("certainty", certainty);
        p.put("citationSources", citations.stream().map(Citation::sourceId).toList());
        p.put("citationQuotes", citations.stream().map(Citation::quote).toList());
        // Neo4j lists cannot hold null: an absent note is stored as "".
        p.put("citationNotes", citations.stream().map(c -> c.note() == null ? "" : c.note()).toList());
    }

    private static String dateText(PartialDate date) {
        return date == null ? null : date.toString();
    }

    private static void putIfPresent(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
