package org.backchannel.bench.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.backchannel.layout.DrawingLayout;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutMetrics;
import org.backchannel.layout.LayoutState;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;
import org.junit.jupiter.api.Test;

class LayoutGraphsTest {

    private static GraphNode actor(String id) {
        return new GraphNode(id, NodeKind.ACTOR, id, List.of(), "person", null, null, null, null, null, List.of());
    }

    private static GraphLink affiliation(String id, String from, String to) {
        return new GraphLink(id, LinkType.AFFILIATED_WITH, from, to, null, null, null, null, null, List.of());
    }

    @Test
    void oneEdgePerLinkedPairInDatasetOrderWithoutSelfLoops() {
        Dataset dataset = new Dataset(Dataset.FORMAT, "t", null, List.of(), List.of(actor("a"), actor("b"), actor("c")),
                List.of(affiliation("1", "a", "b"), affiliation("2", "b", "a"), affiliation("3", "c", "c"), affiliation("4", "c", "a")));

        LayoutGraph graph = LayoutGraphs.of(dataset);

        assertThat(graph.nodeCount()).isEqualTo(3);
        assertThat(graph.edgeCount()).isEqualTo(2);
        assertThat(graph.degree(0)).isEqualTo(2);
        assertThat(graph.degree(1)).isEqualTo(1);
        assertThat(graph.degree(2)).isEqualTo(1);
    }

    @Test
    void everyPeerStartsFromTheSamePositions() {
        LayoutGraph graph = LayoutGraphs.of(SyntheticDataset.generate(SyntheticSize.S, Shape.UNIFORM, 1));
        var start = StartPositions.of(graph.nodeCount());

        for (LayoutPeer peer : List.of(new OurForceAtlas2(), new GephiForceAtlas2())) {
            peer.start(graph, start);
            var copy = new LayoutState(graph.nodeCount());
            peer.positionsInto(copy);
            for (int i = 0; i < graph.nodeCount(); i++) {
                // Gephi keeps positions as floats.
                assertThat(copy.x(i)).as(peer.name()).isCloseTo(start.x(i), within(1e-3));
                assertThat(copy.y(i)).as(peer.name()).isCloseTo(start.y(i), within(1e-3));
            }
        }
    }

    @Test
    void everyPeerShortensEdgesFromARandomStart() {
        LayoutGraph graph = LayoutGraphs.of(SyntheticDataset.generate(SyntheticSize.S, Shape.SCALE_FREE, 1));
        var start = StartPositions.of(graph.nodeCount());
        double before = LayoutMetrics.normalizedEdgeLength(graph, start);

        for (LayoutPeer peer : List.of(new OurForceAtlas2(), new GephiForceAtlas2(), new JGraphTFruchtermanReingold())) {
            peer.start(graph, start);
            // JGraphT lays out afresh in one call and, run long, piles nodes into the corners of its box.
            peer.run(peer.steps() ? 400 : 50);
            var end = new LayoutState(graph.nodeCount());
            peer.positionsInto(end);

            assertThat(LayoutMetrics.normalizedEdgeLength(graph, end)).as(peer.name()).isLessThan(0.8 * before);
        }
    }

    @Test
    void eachPeersStartIsTheSamePictureAtItsOwnScale() {
        LayoutState app = StartPositions.of(500);
        LayoutState paper = StartPositions.of(500, StartPositions.PAPER_SCALING);
        double unit = Math.sqrt(DrawingLayout.SCALING / StartPositions.PAPER_SCALING);

        for (int i = 0; i < 500; i++) {
            assertThat(app.x(i)).isCloseTo(unit * paper.x(i), within(1e-9));
            assertThat(app.y(i)).isCloseTo(unit * paper.y(i), within(1e-9));
        }
    }
}
