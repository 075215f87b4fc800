package org.backchannel.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditViewModelTest {

    private static Dataset dataset;
    private final Exploration exploration = new Exploration();
    private EditViewModel edit;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = BundledDataset.load();
    }

    @BeforeEach
    void loadEverything() {
        edit = new EditViewModel(exploration);
        exploration.load(LoadedGraph.of(dataset.nodes(), dataset.links()));
    }

    private String name(String id) {
        return exploration.graph().node(id).map(GraphNode::name).orElseThrow();
    }

    @Test
    void theUndoAndRedoItemsSayWhichStepTheyTakeBackOrBringAgain() {
        assertThat(edit.undoTextProperty().get()).isEqualTo("Undo");
        assertThat(edit.canUndoProperty().get()).isFalse();
        String first = dataset.nodes().get(0).id();
        exploration.selectOnly(Set.of(first));

        edit.hideSelection();
        assertThat(edit.undoTextProperty().get()).isEqualTo("Undo hide " + name(first));
        assertThat(edit.hiddenCountProperty().get()).isEqualTo(1);

        edit.undo();
        assertThat(edit.undoTextProperty().get()).isEqualTo("Undo");
        assertThat(edit.redoTextProperty().get()).isEqualTo("Redo hide " + name(first));
        assertThat(edit.canRedoProperty().get()).isTrue();
        assertThat(edit.hiddenCountProperty().get()).isZero();
    }

    @Test
    void theHistoryListsEveryStepAfterTheStartAndGoesBackToAnyOfThem() {
        List<String> ids = dataset.nodes().stream().map(GraphNode::id).limit(3).toList();
        ExplorationSnapshot start = exploration.snapshot();
        exploration.selectOnly(Set.of(ids.get(0)));
        edit.removeSelection();
        exploration.selectOnly(Set.of(ids.get(1)));
        edit.togglePinSelection();
        exploration.selectOnly(Set.of(ids.get(2)));
        edit.keepOnlySelection();

        assertThat(edit.getSteps()).containsExactly(EditViewModel.START, "remove " + name(ids.get(0)) + " from the scene",
                "pin " + name(ids.get(1)), "keep only " + name(ids.get(2)));
        assertThat(edit.positionProperty().get()).isEqualTo(3);

        edit.goTo(1);
        assertThat(edit.positionProperty().get()).isEqualTo(1);
        assertThat(exploration.inScene(ids.get(0))).isFalse();
        assertThat(exploration.drawing().isPinned(ids.get(1))).isFalse();
        assertThat(exploration.visible().nodeIds()).hasSize(dataset.nodes().size() - 1);

        edit.goTo(0);
        // The selection is how the analyst looks, not a step: clicks made it, so only a click clears it.
        exploration.clearSelection();
        assertThat(exploration.snapshot()).isEqualTo(start);
        assertThat(edit.getSteps()).hasSize(4);
    }

    @Test
    void hiddenNodesComeBackInOneStep() {
        List<String> ids = dataset.nodes().stream().map(GraphNode::id).limit(2).toList();
        exploration.selectOnly(ids);
        edit.hideSelection();
        assertThat(edit.hiddenCountProperty().get()).isEqualTo(2);
        assertThat(edit.anySelectedProperty().get()).isFalse();

        assertThat(edit.getHidden()).extracting(EditViewModel.HiddenNode::name).containsExactly(name(ids.get(0)), name(ids.get(1)));

        edit.show(edit.getHidden().get(0));
        assertThat(exploration.hidden()).containsExactly(ids.get(1));
        assertThat(edit.undoTextProperty().get()).isEqualTo("Undo show " + name(ids.get(0)) + " again");

        edit.showHidden();
        assertThat(edit.hiddenCountProperty().get()).isZero();
        assertThat(edit.getHidden()).isEmpty();
    }
}
