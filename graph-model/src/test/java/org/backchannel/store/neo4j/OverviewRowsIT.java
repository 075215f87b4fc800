package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.SameLoadedGraph;
import org.backchannel.model.Dataset;
import org.backchannel.model.EraDerivation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkOutlines;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.SharedEmbeddedStore;
import org.backchannel.store.Subgraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overview's rows decoded into outlines: every field as the dataset wrote it, and each value that
 * many elements share (a span, a source list, a channel's id) handed over as one object.
 */
class OverviewRowsIT {

    private static Dataset data;
    private static Subgraph overview;

    @BeforeAll
    static void importAndReadTheOverview() {
        SharedEmbeddedStore.empty();
        data = RandomStores.dataset("Shared values", 5, 200, 1_500);
        SharedEmbeddedStore.store().importDataset(data);
        // Large enough that neither the node limit nor the link limit (a multiple of it) leaves anything out.
        int cap = Math.max(data.nodes().size(), data.links().size() / OverviewQuery.LINKS_PER_NODE + 1);
        overview = SharedEmbeddedStore.store().overview(GraphFilter.ALL, cap);
    }

    @AfterAll
    static void leaveTheStoreEmptyForTheOtherTests() {
        SharedEmbeddedStore.empty();
    }

    @Test
    void everyNodeAndLinkComesBackAsTheDatasetWroteItWithoutDescriptionOrCitations() {
        Map<String, GraphNode> nodes = data.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));
        Map<String, GraphLink> links = data.links().stream().collect(Collectors.toMap(GraphLink::id, Function.identity()));

        assertThat(overview.nodes()).hasSameSizeAs(data.nodes()).allSatisfy(node -> assertThat(node).isEqualTo(SameLoadedGraph.outline(nodes.get(node.id()))));
        assertThat(overview.links()).hasSameSizeAs(data.links()).allSatisfy(link -> assertThat(link).isEqualTo(SameLoadedGraph.outline(links.get(link.id()))));
    }

    @Test
    void theGraphBuiltFromTheFedColumnsIsTheOneTheirRecordsBuild() {
        assertThat(overview.links()).as("the rows are fed into columns").isInstanceOf(LinkOutlines.class);

        LoadedGraph fromColumns = LoadedGraph.of(overview.nodes(), overview.links());

        SameLoadedGraph.assertSame(fromColumns, LoadedGraph.of(overview.nodes(), SameLoadedGraph.asRecords(overview.links())));
        EraDerivation years = EraDerivation.of(data.nodes(), data.links());
        data.nodes().forEach(n -> assertThat(fromColumns.nodeYears(n.id())).as(n.id()).isEqualTo(years.nodeYears(n.id())));
        data.links().forEach(l -> assertThat(fromColumns.linkYears(l.id())).as(l.id()).isEqualTo(years.linkYears(l.id())));
    }

    @Test
    void equalSpansSourceListsAndChannelsAreOneObjectEach() {
        List<GraphLink> links = overview.links();

        assertOneObjectPerValue(links.stream().collect(Collectors.groupingBy(GraphLink::span)).values(), GraphLink::span, links);
        assertOneObjectPerValue(links.stream().collect(Collectors.groupingBy(GraphLink::sourceIds)).values(), GraphLink::sourceIds, links);
        assertOneObjectPerValue(links.stream().filter(l -> l.channelId() != null).collect(Collectors.groupingBy(GraphLink::channelId)).values(),
                GraphLink::channelId, links);
    }

    private static void assertOneObjectPerValue(Collection<List<GraphLink>> groups, Function<GraphLink, Object> value, List<GraphLink> links) {
        assertThat(groups).as("links share values, or this test shows nothing").hasSizeLessThan(links.size());
        assertThat(groups).allSatisfy(group -> assertThat(group).allMatch(link -> value.apply(link) == value.apply(group.get(0))));
    }
}
