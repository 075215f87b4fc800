package org.backchannel.interchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backchannel.model.Citation;
import org.backchannel.model.CodedValue;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.PartialDate;

/**
 * The attributes of nodes and links in every graph file, defined once so that GraphML, GEXF and CSV
 * say the same things under the same names: kinds, channel types, secrecy, dates as written in the
 * dataset (a partial date stays partial: {@code 1970}, {@code 2021-11}), and the first quote with its
 * source. Names avoid {@code type} and {@code label}, which GEXF and Gephi reserve.
 */
final class Columns {

    /** Between the items of a list in one cell: aliases, sources, datasets. */
    private static final String SEPARATOR = "; ";

    private final GraphFileScene scene;
    private final Map<String, GraphNode> nodesById;

    Columns(GraphFileScene scene) {
        this.scene = scene;
        this.nodesById = scene.nodesById();
    }

    List<Column<GraphNode>> nodeColumns() {
        return List.of(
                new Column<>("kind", n -> n.isForeign() ? "other" : n.kind().code()),
                new Column<>("category", GraphNode::category),
                new Column<>("channel_type", n -> code(n.channelType())),
                new Column<>("secrecy", n -> code(n.secrecy())),
                new Column<>("start", n -> date(n.span().start())),
                new Column<>("end", n -> date(n.span().end())),
                new Column<>("certainty", n -> code(n.certainty())),
                new Column<>("aliases", n -> String.join(SEPARATOR, n.aliases())),
                new Column<>("quote", n -> firstQuote(scene.citationsOf(n))),
                new Column<>("sources", n -> sources(scene.citationsOf(n))),
                new Column<>("datasets", n -> datasets(scene.citationsOf(n))));
    }

    List<Column<GraphLink>> linkColumns() {
        return List.of(
                new Column<>("link_type", GraphLink::typeName),
                new Column<>("channel", GraphLink::channelId),
                new Column<>("channel_name", l -> channel(l).map(GraphNode::name).orElse(null)),
                new Column<>("channel_type", l -> channel(l).map(c -> code(c.channelType())).orElse(null)),
                new Column<>("secrecy", l -> channel(l).map(c -> code(c.secrecy())).orElse(null)),
                new Column<>("role", GraphLink::role),
                new Column<>("start", l -> date(l.span().start())),
                new Column<>("end", l -> date(l.span().end())),
                new Column<>("certainty", l -> code(l.certainty())),
                new Column<>("quote", l -> firstQuote(scene.citationsOf(l))),
                new Column<>("sources", l -> sources(scene.citationsOf(l))),
                new Column<>("datasets", l -> datasets(scene.citationsOf(l))));
    }

    /**
     * The channel a link goes through: an exchange's own channel, or the channel someone takes part in.
     * Other links to a channel (a scholar who studied it) are not through it and name none.
     */
    private Optional<GraphNode> channel(GraphLink link) {
        if (link.channelId() != null) {
            return Optional.ofNullable(nodesById.get(link.channelId()));
        }
        return link.type() == LinkType.PARTICIPATES_IN ? Optional.ofNullable(nodesById.get(link.toId())) : Optional.empty();
    }

    private static String code(CodedValue value) {
        return value == null ? null : value.code();
    }

    private static String date(PartialDate date) {
        return date == null ? null : date.toString();
    }

    private static String firstQuote(List<Citation> citations) {
        return citations.isEmpty() ? null : citations.get(0).quote();
    }

    private static String sources(List<Citation> citations) {
        return citations.stream().map(Citation::sourceId).distinct().collect(Collectors.joining(SEPARATOR));
    }

    private static String datasets(List<Citation> citations) {
        return citations.stream().map(Citation::datasetId).filter(d -> d != null).distinct().collect(Collectors.joining(SEPARATOR));
    }
}
