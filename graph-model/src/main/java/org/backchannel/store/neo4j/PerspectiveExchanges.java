package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.Exchange;
import org.backchannel.store.ExchangeQuery;
import org.backchannel.store.GraphFilter;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Who spoke to whom through a perspective: exchange relationships and exchange nodes alike, read
 * bounded and then filtered on the client, since the store's dates are in whatever form the
 * perspective names, which Cypher cannot compare.
 */
final class PerspectiveExchanges {

    private final PerspectiveQueries queries;
    private final PerspectiveRows rows;

    PerspectiveExchanges(PerspectiveQueries queries, PerspectiveRows rows) {
        this.queries = queries;
        this.rows = rows;
    }

    List<Exchange> exchanges(TransactionContext tx, ExchangeQuery query) {
        List<String> ids = query.actorIds().isEmpty() ? null : List.copyOf(query.actorIds());
        boolean between = query.mode() == ExchangeQuery.Mode.BETWEEN;
        Map<String, GraphNode> nodes = new HashMap<>();
        List<GraphLink> links = read(tx, ids, between, query.limit(), nodes);
        Map<String, GraphNode> channels = new HashMap<>();
        rows.channels(links).forEach(c -> channels.put(c.id(), c));
        return links.stream()
                .filter(l -> ids == null || (between ? ids.contains(l.fromId()) && ids.contains(l.toId()) : ids.contains(l.fromId()) || ids.contains(l.toId())))
                .filter(l -> passes(l, query.filter()))
                .sorted(Comparator.comparing((GraphLink l) -> l.span().start(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(GraphLink::id))
                .limit(query.limit())
                .map(l -> new Exchange(nodes.get(l.fromId()), nodes.get(l.toId()), l.channelId() == null ? null : channels.get(l.channelId()), l))
                .toList();
    }

    /**
     * The exchanges of these actors (all when {@code ids} is null), at most {@code limit} relationships
     * and {@code limit} exchange nodes, as links; their ends go into {@code nodes}.
     */
    List<GraphLink> read(TransactionContext tx, List<String> ids, boolean between, int limit, Map<String, GraphNode> nodes) {
        List<GraphLink> read = new ArrayList<>();
        if (queries.exchangeRelationships != null) {
            Map<String, Object> params = new HashMap<>();
            params.put("ids", ids);
            params.put("between", between);
            params.put("limit", limit);
            for (Record row : tx.run(queries.exchangeRelationships, params).list()) {
                read.add(rows.link(row, nodes));
            }
        }
        String byNode = ids == null ? queries.exchangeNodesAll : queries.exchangeNodesInvolving;
        if (byNode != null) {
            Map<String, Object> params = new HashMap<>();
            params.put("ids", ids == null ? List.of() : ids);
            params.put("limit", limit);
            params.put("parties", PerspectiveQueries.PARTIES_PER_EXCHANGE);
            for (Record row : tx.run(byNode, params).list()) {
                read.addAll(rows.exchange(row, nodes));
            }
        }
        return read;
    }

    /** Channel types restrict only what has one, years only what is dated, as {@link BrowseQueries#filter} does in the store. */
    boolean passes(GraphLink link, GraphFilter filter) {
        if (filter.restrictsChannelTypes() && link.channelId() != null) {
            GraphNode channel = rows.channel(link.channelId());
            if (channel.channelType() != null && !filter.channelTypes().contains(channel.channelType())) {
                return false;
            }
        }
        return filter.years() == null || link.span().years().map(y -> y.overlaps(filter.years())).orElse(true);
    }
}
