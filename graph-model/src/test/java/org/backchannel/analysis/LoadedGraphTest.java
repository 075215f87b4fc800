package org.backchannel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Dataset;
import org.backchannel.model.EraDerivation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

/** The loaded graph held as lists and arrays answers as the maps it replaced did. */
class LoadedGraphTest {

    private final Dataset small = TestDatasets.small();

    @Test
    void findsEveryNodeAndLinkByIdAndEachNodesLinksInLoadOrder() {
        LoadedGraph graph = LoadedGraph.of(small.nodes(), small.links());

        for (GraphNode node : small.nodes()) {
            assertThat(graph.node(node.id())).contains(node);
            List<GraphLink> expected = small.links().stream()
                    .filter(l -> l.fromId().equals(node.id()) || l.toId().equals(node.id())).toList();
            assertThat(graph.linksOf(node.id())).containsExactlyElementsOf(expected);
        }
        small.links().forEach(l -> assertThat(graph.link(l.id())).contains(l));
        assertThat(graph.node("nobody")).isEmpty();
        assertThat(graph.link("nothing")).isEmpty();
        assertThat(graph.linksOf("nobody")).isEmpty();
    }

    @Test
    void yearsAreTheDerivedOnes() {
        LoadedGraph graph = LoadedGraph.of(small.nodes(), small.links());
        EraDerivation derived = EraDerivation.of(small.nodes(), small.links());

        small.nodes().forEach(n -> assertThat(graph.nodeYears(n.id())).isEqualTo(derived.nodeYears(n.id())));
        small.links().forEach(l -> assertThat(graph.linkYears(l.id())).isEqualTo(derived.linkYears(l.id())));
    }

    @Test
    void anExpansionAddsOnlyWhatIsNewAndAttachesTheLinksItWasWaitingFor() {
        int half = small.nodes().size() / 2;
        LoadedGraph graph = LoadedGraph.of(small.nodes().subList(0, half), small.links());
        List<GraphLink> earlier = graph.linksSoFar();
        List<GraphNode> again = new ArrayList<>(small.nodes());
        again.add(small.nodes().get(0));

        int added = graph.add(again, small.links());

        assertThat(added).isEqualTo(small.nodes().size() - half);
        assertThat(graph.nodesSoFar()).containsExactlyInAnyOrderElementsOf(small.nodes());
        assertThat(graph.linksSoFar()).containsExactlyInAnyOrderElementsOf(small.links());
        assertThat(earlier).hasSizeLessThan(small.links().size()).isNotSameAs(graph.linksSoFar());
        assertThat(graph.add(small.nodes(), small.links())).isZero();
        assertThat(graph.linkCount()).isEqualTo(small.links().size());
    }

    @Test
    void aLinkReadsBackWholeWhetherItsChannelIsLoadedOrNot() {
        GraphNode a = node("a");
        GraphNode b = node("b");
        GraphNode line = node("line");
        GraphLink through = new GraphLink("through", LinkType.SPOKE_WITH, "a", "b", "line", "envoy", null, null, null, List.of());
        GraphLink elsewhere = new GraphLink("elsewhere", LinkType.SPOKE_WITH, "b", "a", "unloaded", null, null, null, null, List.of());
        GraphLink described = new GraphLink("described", LinkType.SPOKE_WITH, "a", "b", null, null, "a long talk", null, null, List.of());
        GraphLink meeting = new GraphLink("meeting", LinkType.SPOKE_WITH, "a", "b", null, null, null, null, null, List.of(), null, List.of(), true);

        LoadedGraph graph = LoadedGraph.of(List.of(a, b, line), List.of(through, elsewhere, described, meeting));

        assertThat(graph.linksSoFar()).containsExactly(through, elsewhere, described, meeting);
        assertThat(graph.link("meeting")).get().extracting(GraphLink::mutual).isEqualTo(true);
        assertThat(graph.link("described")).get().isSameAs(described);
    }

    private static GraphNode node(String id) {
        return new GraphNode(id, NodeKind.ACTOR, id, List.of(), "person", null, null, null, null, null, List.of());
    }
}
