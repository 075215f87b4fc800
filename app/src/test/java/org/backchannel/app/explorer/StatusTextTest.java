package org.backchannel.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;

class StatusTextTest {

    private final LoadedGraph loaded = LoadedGraph.of(List.of(
            new GraphNode("a", NodeKind.ACTOR, "A", List.of(), "person", null, null, null, null, null, List.of()),
            new GraphNode("b", NodeKind.ACTOR, "B", List.of(), "person", null, null, null, null, null, List.of())), List.of());
    private final VisibleGraph shown = VisibleGraph.of(loaded, GraphFilter.ALL);

    @Test
    void anUncappedGraphSaysNothingOfACap() {
        assertThat(StatusText.of(loaded, shown, "", 0, 0, 2, true)).isEqualTo("Showing 2 of 2 nodes, 0 of 0 links");
    }

    @Test
    void anExactTotalIsGivenAsIs() {
        assertThat(StatusText.of(loaded, shown, "", 0, 2, 1_000_000, true))
                .endsWith(" · capped at 2 of 1000000 nodes: narrow the filters or expand");
    }

    @Test
    void aTotalTheStoreDidNotCountIsGivenAsALowerBound() {
        assertThat(StatusText.of(loaded, shown, "era 1970–1975", 0, 2, 2, false))
                .endsWith(" · filters: era 1970–1975 · capped at 2 of more than 2 nodes: narrow the filters or expand");
    }
}
