package org.backchannel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkOutlines;
import org.backchannel.model.LinkType;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

/**
 * The graph built straight from links fed in as columns is the one built from their records: same nodes and links,
 * ids, years, channels and adjacency. Over the bundled article's outlines, which have channels, undated links that
 * take their channel's or an end's years, and nodes dated only through their links.
 */
class LoadedGraphFromOutlinesTest {

    private final Dataset article = TestDatasets.bundled();
    private final List<GraphNode> nodes = article.nodes().stream().map(SameLoadedGraph::outline).toList();
    private final List<GraphLink> links = article.links().stream().map(SameLoadedGraph::outline).toList();

    @Test
    void linksFedAsColumnsBuildTheGraphTheirRecordsBuild() {
        LinkOutlines fed = SameLoadedGraph.fed(nodes, links);

        assertThat(LoadedGraph.ofOutlines(nodes, fed)).as("built from the columns").isNotNull();
        SameLoadedGraph.assertSame(LoadedGraph.of(nodes, fed), LoadedGraph.of(nodes, SameLoadedGraph.asRecords(links)));
    }

    @Test
    void eachFedLinkReadsBackAsItsRecord() {
        assertThat(SameLoadedGraph.fed(nodes, links)).containsExactlyElementsOf(links);
    }

    @Test
    void aChannelThatIsNotLoadedIsKeptByNameAndCarriesNoType() {
        List<GraphNode> withoutChannels = nodes.stream().filter(n -> n.channelType() == null).toList();
        List<GraphLink> among = links.stream().filter(l -> bothIn(withoutChannels, l)).toList();
        assertThat(among).as("some links among them name a channel, or this test shows nothing")
                .anyMatch(l -> l.channelId() != null);

        LoadedGraph fromColumns = LoadedGraph.of(withoutChannels, SameLoadedGraph.fed(withoutChannels, among));

        SameLoadedGraph.assertSame(fromColumns, LoadedGraph.of(withoutChannels, SameLoadedGraph.asRecords(among)));
    }

    @Test
    void aLinkIdFedTwiceKeepsTheFirstAsAnExpansionWould() {
        List<GraphLink> twice = new ArrayList<>(links);
        GraphLink first = links.get(0);
        twice.add(new GraphLink(first.id(), LinkType.AFFILIATED_WITH, first.toId(), first.fromId(), null, null, null, null, null,
                List.of()));
        LinkOutlines fed = SameLoadedGraph.fed(nodes, twice);

        assertThat(LoadedGraph.ofOutlines(nodes, fed)).isNull();
        LoadedGraph graph = LoadedGraph.of(nodes, fed);
        SameLoadedGraph.assertSame(graph, LoadedGraph.of(nodes, SameLoadedGraph.asRecords(twice)));
        assertThat(graph.link(first.id())).contains(first);
    }

    @Test
    void endsThatPointIntoOtherNodesAreLookedUpByIdInstead() {
        List<GraphNode> reversed = new ArrayList<>(nodes);
        java.util.Collections.reverse(reversed);
        LinkOutlines fed = SameLoadedGraph.fed(nodes, links);

        assertThat(LoadedGraph.ofOutlines(reversed, fed)).isNull();
        SameLoadedGraph.assertSame(LoadedGraph.of(reversed, fed), LoadedGraph.of(reversed, SameLoadedGraph.asRecords(links)));
    }

    @Test
    void anEndOutsideTheNodesIsRefusedAsItIsFed() {
        LinkOutlines.Builder fed = new LinkOutlines.Builder(List.of("a", "b"));

        assertThatThrownBy(() -> fed.add("l", LinkType.SPOKE_WITH, 0, 2, null, null, null, null, List.of()))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(fed.size()).isZero();
    }

    private static boolean bothIn(List<GraphNode> nodes, GraphLink link) {
        return nodes.stream().anyMatch(n -> n.id().equals(link.fromId())) && nodes.stream().anyMatch(n -> n.id().equals(link.toId()));
    }
}
