package org.backchannel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

class VisibleGraphTest {

    private final Dataset small = TestDatasets.small();
    private final LoadedGraph graph = LoadedGraph.of(small.nodes(), small.links());

    @Test
    void withoutAFilterEverythingIsVisible() {
        VisibleGraph all = VisibleGraph.of(graph, GraphFilter.ALL);
        assertThat(all.nodeIds()).hasSize(small.nodes().size());
        assertThat(all.linkIds()).hasSize(small.links().size());
    }

    @Test
    void aChannelTypeFilterHidesOtherChannelsTheirLinksAndNodesLeftAlone() {
        VisibleGraph backChannels = VisibleGraph.of(graph, new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null));
        assertThat(backChannels.nodeIds()).contains("secret-line", "alice", "boris").doesNotContain("hotline", "clara");
        assertThat(backChannels.linkIds()).contains("alice-boris", "alice-in-line").doesNotContain("alice-clara");
    }

    @Test
    void anEraFilterUsesDerivedYearsAndKeepsUndatedThings() {
        VisibleGraph recent = VisibleGraph.of(graph, new GraphFilter(Set.of(), new YearRange(2020, 2022)));
        assertThat(recent.linkIds()).containsExactly("alice-clara");
        assertThat(recent.nodeIds()).contains("alice", "clara", "hotline").doesNotContain("truce", "talks-1970");
    }

    @Test
    void filtersCompose() {
        VisibleGraph none = VisibleGraph.of(graph, new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(2020, 2022)));
        assertThat(none.linkIds()).isEmpty();
        assertThat(none.nodeIds()).doesNotContain("alice", "clara");
    }

    @Test
    void nodesLeftOutTakeTheirLinksAlongAndLinksLeftOutGoAlone() {
        VisibleGraph rest = VisibleGraph.of(graph, GraphFilter.ALL, Set.of("boris"), Set.of("alice-clara"));
        assertThat(rest.nodeIds()).hasSize(small.nodes().size() - 1).doesNotContain("boris").contains("alice", "clara");
        assertThat(rest.linkIds()).doesNotContain("alice-boris", "boris-in-line", "alice-clara").contains("alice-in-line");
        assertThat(VisibleGraph.of(graph, GraphFilter.ALL, Set.of("nobody"), Set.of())).isEqualTo(VisibleGraph.of(graph, GraphFilter.ALL));
    }

    @Test
    void linksWaitUntilBothEndsAreLoaded() {
        LoadedGraph partial = LoadedGraph.of(small.nodes().subList(0, 1), small.links());
        assertThat(partial.linkCount()).isZero();
        partial.add(small.nodes(), java.util.List.of());
        assertThat(partial.linkCount()).isEqualTo(small.links().size());
        assertThat(partial.linksOf("alice")).extracting(l -> LoadedGraph.otherEnd(l, "alice")).contains("boris", "clara");
    }

    @Test
    void theVisibleSetsAreImmutableSetsLikeAnyOtherAndFollowExpansions() {
        LoadedGraph partial = LoadedGraph.of(small.nodes().subList(0, 2), small.links());
        VisibleGraph before = VisibleGraph.of(partial, GraphFilter.ALL);
        partial.add(small.nodes(), java.util.List.of());
        VisibleGraph after = VisibleGraph.of(partial, GraphFilter.ALL);
        VisibleGraph copied = new VisibleGraph(new java.util.HashSet<>(after.nodeIds()), new java.util.HashSet<>(after.linkIds()));

        assertThat(before.nodeIds()).hasSize(2);
        assertThat(after.nodeIds()).hasSize(small.nodes().size());
        assertThat(after).isEqualTo(copied).hasSameHashCodeAs(copied);
        assertThat(after.nodeIds().contains(42)).isFalse();
        assertThat(after.nodeIds()).doesNotContain("nobody");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> after.nodeIds().remove("alice"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNodesDegreeCountsItsVisibleLinksWhetherTheSetsAreTheIndexsOrNot() {
        VisibleGraph rest = VisibleGraph.of(graph, GraphFilter.ALL, Set.of(), Set.of("alice-clara"));
        VisibleGraph copied = new VisibleGraph(new java.util.HashSet<>(rest.nodeIds()), new java.util.HashSet<>(rest.linkIds()));

        for (var node : small.nodes()) {
            long expected = graph.linksOf(node.id()).stream().filter(l -> rest.linkIds().contains(l.id())).count();
            assertThat(rest.degree(graph, node.id())).isEqualTo(expected);
            assertThat(copied.degree(graph, node.id())).isEqualTo(expected);
        }
        assertThat(rest.degree(graph, "nobody")).isZero();
    }
}
