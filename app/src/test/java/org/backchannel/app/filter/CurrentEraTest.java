package org.backchannel.app.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.Dataset;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CurrentEraTest {

    private final Exploration exploration = new Exploration();
    private FilterViewModel filters;
    private CurrentEra on;

    @BeforeEach
    void adaptToTheBundledDataset() throws Exception {
        Dataset dataset = BundledDataset.load();
        exploration.load(LoadedGraph.of(dataset.nodes(), dataset.links()));
        filters = new FilterViewModel(exploration);
        filters.adaptTo(exploration.graph());
        on = new CurrentEra(filters);
    }

    @Test
    void noEraIsOnWhileTheRangeCoversEveryLoadedYear() {
        assertThat(on.eraProperty().get()).isNull();
    }

    @Test
    void thePickedEraIsOnAndAnOpenEndedOneToo() {
        NamedEra detente = Eras.DEFAULTS.named("detente").orElseThrow();
        filters.applyEra(detente);
        assertThat(on.eraProperty().get()).isEqualTo(detente);

        NamedEra since2014 = Eras.DEFAULTS.named("since-2014").orElseThrow();
        filters.applyEra(since2014);
        assertThat(on.eraProperty().get()).isEqualTo(since2014);
    }

    @Test
    void movingTheRangeOffTheEraOrUndoingItTurnsItOff() {
        NamedEra detente = Eras.DEFAULTS.named("detente").orElseThrow();
        filters.applyEra(detente);
        filters.toYearProperty().set(detente.years().to() - 1);
        assertThat(on.eraProperty().get()).isNull();

        filters.applyEra(detente);
        exploration.undo();
        assertThat(on.eraProperty().get()).as("the range the undo put back is no era").isNull();
        exploration.redo();
        assertThat(on.eraProperty().get()).isEqualTo(detente);
    }
}
