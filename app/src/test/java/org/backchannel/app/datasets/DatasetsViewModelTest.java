package org.backchannel.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.app.BundledDataset;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.model.Dataset;
import org.backchannel.store.DatasetInfo;
import org.backchannel.store.GraphStore;
import org.junit.jupiter.api.Test;

/** The Datasets tab without a toolkit: the store's datasets listed, one removed after a confirmation that says what goes. */
class DatasetsViewModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private int reloads;

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
    void theDatasetsAreListedAndOneIsRemovedThenTheSceneIsReadAgain() throws Exception {
        Dataset article = BundledDataset.load();
        TwoDatasetStore store = new TwoDatasetStore(article);
        DatasetsViewModel viewModel = new DatasetsViewModel(tasks, () -> embedded(store), () -> reloads++);

        viewModel.refresh();
        assertThat(viewModel.getDatasets()).extracting(DatasetInfo::id).containsExactly(article.id());
        DatasetInfo listed = viewModel.getDatasets().get(0);
        assertThat(listed.nodes()).isEqualTo(article.nodes().size());
        assertThat(viewModel.confirmation(listed)).get().asString()
                .contains(article.title(), "at most " + article.nodes().size() + " nodes", "all or nothing");

        viewModel.remove(listed);

        assertThat(viewModel.getDatasets()).isEmpty();
        assertThat(reloads).isEqualTo(1);
        assertThat(viewModel.messageProperty().get()).contains("Removed " + article.title(), article.nodes().size() + " nodes");
    }
}
