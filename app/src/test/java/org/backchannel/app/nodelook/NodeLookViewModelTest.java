package org.backchannel.app.nodelook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.testing.OpenedPanes;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.SessionMapping;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.SizeMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeLookViewModelTest {

    private Exploration exploration;
    private NodeLookViewModel nodeLook;

    @BeforeEach
    void openTheBundledDataset() throws Exception {
        ExplorerPanes panes = OpenedPanes.of(BundledDataset.load());
        exploration = panes.exploration();
        nodeLook = panes.nodeLook();
    }

    @Test
    void sizingByDegreeNeedsNoMeasures() {
        assertThat(nodeLook.getSizeBy()).isEqualTo(SizeMeasure.DEGREE);
        assertThat(exploration.measures()).isEmpty();
    }

    @Test
    void sizingByBetweennessIsAnUndoableStepThatMeasuresWhatIsDrawn() {
        nodeLook.sizeBy(SizeMeasure.BETWEENNESS);

        assertThat(exploration.history().undoName()).hasValue("size nodes by betweenness");
        assertThat(exploration.nodeEncoding().sizeBy()).isEqualTo(SizeMeasure.BETWEENNESS);
        assertThat(exploration.measures().keySet()).isEqualTo(exploration.visible().nodeIds());

        exploration.undo();

        assertThat(nodeLook.getSizeBy()).isEqualTo(SizeMeasure.DEGREE);
        assertThat(exploration.nodeEncoding()).isEqualTo(NodeEncoding.DEFAULT);
    }

    @Test
    void theMeasuresFollowWhatIsDrawn() {
        nodeLook.colourBy(NodeColouring.COMMUNITY);
        String hub = exploration.measures().values().stream().max(java.util.Comparator.comparingInt(NodeMeasures::degree))
                .orElseThrow().nodeId();

        exploration.commands().hide(List.of(hub));

        assertThat(exploration.measures()).doesNotContainKey(hub);
        assertThat(exploration.measures().keySet()).isEqualTo(exploration.visible().nodeIds());
    }

    @Test
    void theChoiceIsKeptWithTheSession() {
        nodeLook.sizeBy(SizeMeasure.PAGERANK);
        nodeLook.colourBy(NodeColouring.COMMUNITY);

        NodeEncoding saved = SessionMapping.toSnapshot(SessionMapping.toSession(exploration.snapshot(), null,
                new org.backchannel.session.StoreIdentity("bolt://x", "neo4j", "abc"), java.time.Instant.EPOCH)).nodeEncoding();

        assertThat(saved).isEqualTo(new NodeEncoding(SizeMeasure.PAGERANK, NodeColouring.COMMUNITY));
    }
}
