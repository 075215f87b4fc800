package org.backchannel.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.Dataset;
import org.backchannel.store.DatasetInfo;
import org.backchannel.store.GraphStore;
import org.junit.jupiter.api.Test;

/** The Datasets tab without a toolkit: the store's datasets listed, one removed after a confirmation that says what goes, taking its elements out of the scene and the history. */
class DatasetsViewModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private final Exploration exploration = new Exploration();

    private static ImportTarget embedded(GraphStore store) {
        return new ImportTarget() {
            @Override
            public GraphStore store() {
                return store;
            }

            @Override
            public boolean ownStore() {
                return true;
            }

            @Override
            public String describe() {
                return "the embedded store";
            }
        };
    }

    @Test
    void theDatasetsAreListedAndOneIsRemovedLeavingTheSceneAndTheHistoryWithoutItsElements() throws Exception {
        Dataset article = BundledDataset.load();
        TwoDatasetStore store = new TwoDatasetStore(article);
        exploration.load(LoadedGraph.of(article.nodes(), article.links()).indexed(), article.sources());
        String someone = article.nodes().get(0).id();
        exploration.commands().hide(List.of(someone));
        DatasetsViewModel viewModel = new DatasetsViewModel(tasks, () -> embedded(store), exploration);

        viewModel.refresh();
        assertThat(viewModel.getDatasets()).extracting(DatasetInfo::id).containsExactly(article.id());
        DatasetInfo listed = viewModel.getDatasets().get(0);
        assertThat(listed.nodes()).isEqualTo(article.nodes().size());
        assertThat(viewModel.confirmation(listed)).get().asString()
                .contains(article.title(), "at most " + article.nodes().size() + " nodes", "all or nothing", "undo history");

        viewModel.remove(listed);

        assertThat(viewModel.getDatasets()).isEmpty();
        assertThat(exploration.graph().nodeCount()).isZero();
        assertThat(exploration.history().canUndo()).as("the hide step was only about what left").isFalse();
        assertThat(exploration.sources()).isEmpty();
        assertThat(viewModel.messageProperty().get()).contains("Removed " + article.title(), article.nodes().size() + " nodes",
                "The scene lost " + article.nodes().size() + " nodes and " + article.links().size() + " links",
                "1 step(s) only about what left were dropped");
    }
}
