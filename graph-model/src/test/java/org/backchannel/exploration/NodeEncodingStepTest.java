package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.SizeMeasure;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What node sizes and colours mean is a step of the history, part of the snapshot; the measures behind them are not. */
class NodeEncodingStepTest {

    private final StoreStandIn store = new StoreStandIn(TestDatasets.small());
    private final Exploration exploration = new Exploration();
    private final List<ExplorationEvent> events = new ArrayList<>();

    @BeforeEach
    void startWithTheSmallDataset() {
        exploration.load(store.overview(10));
        exploration.addListener(events::add);
    }

    @Test
    void aNewMeasureIsANamedStepThatUndoesAndRedoesAndAsksForNoLayout() {
        exploration.commands().encodeNodes(NodeEncoding.DEFAULT.withSize(SizeMeasure.BETWEENNESS));

        assertThat(exploration.history().undoName()).contains("size nodes by betweenness");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.touches(Aspect.NODE_ENCODING)).isTrue();
            assertThat(e.wantsLayout()).isFalse();
        });
        exploration.commands().encodeNodes(exploration.nodeEncoding().withColour(NodeColouring.COMMUNITY));
        assertThat(exploration.history().undoName()).contains("colour nodes by community");

        exploration.undo();
        assertThat(exploration.nodeEncoding()).isEqualTo(NodeEncoding.DEFAULT.withSize(SizeMeasure.BETWEENNESS));
        exploration.undo();
        assertThat(exploration.nodeEncoding()).isEqualTo(NodeEncoding.DEFAULT);
        exploration.redo();
        assertThat(exploration.nodeEncoding().sizeBy()).isEqualTo(SizeMeasure.BETWEENNESS);
    }

    @Test
    void theSnapshotKeepsItAndARestoredSnapshotPutsItBack() {
        NodeEncoding chosen = new NodeEncoding(SizeMeasure.PAGERANK, NodeColouring.COMMUNITY);
        exploration.commands().encodeNodes(chosen);
        ExplorationSnapshot saved = exploration.snapshot();
        exploration.commands().encodeNodes(NodeEncoding.DEFAULT);

        exploration.commands().restore("open session", saved);

        assertThat(saved.nodeEncoding()).isEqualTo(chosen);
        assertThat(exploration.nodeEncoding()).isEqualTo(chosen);
        assertThat(exploration.freeze().snapshot().nodeEncoding()).isEqualTo(chosen);
    }

    @Test
    void measuresHandedOverAreNotAStepAndANewGraphForgetsThem() {
        int steps = exploration.history().size();

        exploration.useMeasures(List.of(new NodeMeasures("alice", "Alice", 2, 0.5, 0.3, 0)));

        assertThat(exploration.measures()).containsOnlyKeys("alice");
        assertThat(exploration.history().size()).isEqualTo(steps);
        assertThat(events).singleElement().satisfies(e -> assertThat(e.touches(Aspect.MEASURES)).isTrue());
        exploration.load(store.overview(10));
        assertThat(exploration.measures()).isEmpty();
    }
}
