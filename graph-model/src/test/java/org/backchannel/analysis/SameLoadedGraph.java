package org.backchannel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkOutlines;
import org.backchannel.model.YearRange;

/** Compares two loaded graphs down to the arrays filters run over, and feeds links as the store's rows do. */
public final class SameLoadedGraph {

    private SameLoadedGraph() {
    }

    /** The same nodes and links in the same order, found by the same ids, with the same years, channels and adjacency. */
    public static void assertSame(LoadedGraph actual, LoadedGraph expected) {
        assertThat(actual.nodesSoFar()).containsExactlyElementsOf(expected.nodesSoFar());
        assertThat(actual.linksSoFar()).containsExactlyElementsOf(expected.linksSoFar());
        for (GraphNode node : expected.nodesSoFar()) {
            assertThat(actual.node(node.id())).contains(node);
            assertThat(actual.linksOf(node.id())).containsExactlyElementsOf(expected.linksOf(node.id()));
        }
        expected.linksSoFar().forEach(link -> assertThat(actual.link(link.id())).contains(link));
        GraphIndex a = actual.index();
        GraphIndex e = expected.index();
        assertThat(a.nodeChannelType).as("node channel types").containsExactly(e.nodeChannelType);
        assertThat(years(a.nodeYears)).as("nodes' years").containsExactlyElementsOf(years(e.nodeYears));
        assertThat(a.linkFrom).as("links' sources").containsExactly(e.linkFrom);
        assertThat(a.linkTo).as("links' targets").containsExactly(e.linkTo);
        assertThat(a.linkChannel).as("links' channels").containsExactly(e.linkChannel);
        assertThat(a.linkCarriedType).as("links' carried channel types").containsExactly(e.linkCarriedType);
        assertThat(years(a.linkYears)).as("links' years").containsExactlyElementsOf(years(e.linkYears));
        assertThat(a.adjacentStart).containsExactly(e.adjacentStart);
        assertThat(a.adjacentLinks).containsExactly(e.adjacentLinks);
    }

    private static List<YearRange> years(YearPairs pairs) {
        List<YearRange> years = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            years.add(pairs.years(i));
        }
        return years;
    }

    /** Outline links fed one at a time with their ends as places of {@code nodes}, as the overview's rows feed them. */
    public static LinkOutlines fed(List<GraphNode> nodes, List<GraphLink> links) {
        List<String> ids = nodes.stream().map(GraphNode::id).toList();
        LinkOutlines.Builder fed = new LinkOutlines.Builder(ids);
        for (GraphLink link : links) {
            fed.add(link.id(), link.type(), ids.indexOf(link.fromId()), ids.indexOf(link.toId()), link.channelId(), link.role(),
                    link.span(), link.certainty(), link.sourceIds());
        }
        return fed.build();
    }

    /** The same links as records in a plain list: what {@link LoadedGraph#of} built from before the columns. */
    public static List<GraphLink> asRecords(List<GraphLink> links) {
        return new ArrayList<>(links);
    }

    /** What the overview reads of a node: no description, no citations. */
    public static GraphNode outline(GraphNode node) {
        return new GraphNode(node.id(), node.kind(), node.name(), node.aliases(), node.category(), node.channelType(), node.secrecy(),
                null, node.span(), node.certainty(), List.of());
    }

    /** What the overview reads of a link: no description, citations or other type. */
    public static GraphLink outline(GraphLink link) {
        return new GraphLink(link.id(), link.type(), link.fromId(), link.toId(), link.channelId(), link.role(), null, link.span(),
                link.certainty(), List.of(), null, link.sourceIds());
    }
}
