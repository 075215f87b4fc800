package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.Subgraph;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

/** A dataset removed from the store takes its elements out of the scene and of the history; the other steps stay undoable. */
class StoreRemovalTest {

    private final StoreStandIn store = new StoreStandIn(TestDatasets.small());
    private final Exploration exploration = new Exploration();

    @Test
    void whatLeftTheStoreLeavesTheSceneAndTheStepsOnlyAboutItWhileTheOtherStepsStillUndoAndRedo() {
        exploration.load(store.overview(Integer.MAX_VALUE));
        LoadedGraph loaded = exploration.graph();
        GraphNode gone = loaded.nodes().stream().filter(n -> !loaded.linksOf(n.id()).isEmpty()).findFirst().orElseThrow();
        String kept = loaded.nodes().stream().map(GraphNode::id).filter(id -> !id.equals(gone.id())).findFirst().orElseThrow();
        List<GraphLink> goneLinks = loaded.linksOf(gone.id());
        exploration.commands().move(kept, 10, 20);
        exploration.commands().hide(List.of(gone.id()));
        exploration.commands().move(gone.id(), 5, 5);
        exploration.commands().remove(List.of(gone.id(), kept));
        List<String> steps = exploration.history().names();
        Subgraph present = new Subgraph(loaded.nodes().stream().filter(n -> n != gone).toList(),
                loaded.links().stream().filter(l -> !goneLinks.contains(l)).toList(), false, loaded.nodeCount() - 1);

        Forgotten forgotten = exploration.storeChanges().forgetRemoved(present, true);

        assertThat(forgotten).isEqualTo(new Forgotten(1, goneLinks.size(), 2));
        assertThat(exploration.history().names()).containsExactly(steps.get(0), steps.get(3));
        assertThat(exploration.history().position()).isEqualTo(2);
        assertThat(exploration.graph().node(gone.id())).isEmpty();
        assertThat(exploration.graph().linkCount()).isEqualTo(loaded.linkCount() - goneLinks.size());
        assertThat(exploration.drawing().position(gone.id())).isEmpty();

        exploration.undo();
        assertThat(exploration.inScene(kept)).isTrue();
        assertThat(exploration.inScene(gone.id())).isFalse();
        exploration.undo();
        assertThat(exploration.drawing().position(kept)).isEmpty();
        assertThat(exploration.history().canUndo()).isFalse();
        exploration.redo();
        assertThat(exploration.drawing().position(kept)).contains(new Point(10, 20));
        exploration.redo();
        assertThat(exploration.inScene(kept)).isFalse();
        assertThat(exploration.visible().nodeIds()).doesNotContain(gone.id());
    }
}
