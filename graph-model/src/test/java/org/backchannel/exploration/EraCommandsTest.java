package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analyst's eras are part of the exploration: each edit is a named step that undoes, and a snapshot keeps them. */
class EraCommandsTest {

    private static final NamedEra NIXON = new NamedEra("Nixon years", 1969, 1974);

    private final StoreStandIn store = new StoreStandIn(TestDatasets.small());
    private final Exploration exploration = new Exploration();
    private final EraCommands eras = exploration.eraCommands();

    @BeforeEach
    void load() {
        exploration.load(store.overview(10));
    }

    @Test
    void theBuiltInErasComeFirst() {
        assertThat(exploration.eras()).isEqualTo(Eras.DEFAULTS);
    }

    @Test
    void addingAnEraIsANamedStepThatUndoesAndRedoes() {
        int[] heard = {0};
        exploration.addListener(event -> heard[0] += event.touches(Aspect.ERAS) ? 1 : 0);

        assertThat(eras.add(NIXON)).isEmpty();

        assertThat(exploration.eras().named("Nixon years")).contains(NIXON);
        assertThat(exploration.history().undoName()).contains("add era Nixon years");
        exploration.undo();
        assertThat(exploration.eras()).isEqualTo(Eras.DEFAULTS);
        exploration.redo();
        assertThat(exploration.eras().all()).endsWith(NIXON);
        assertThat(heard[0]).isEqualTo(3);
    }

    @Test
    void renamingChangingAndDeletingEachNameTheirStep() {
        eras.add(NIXON);
        eras.change("Nixon years", new NamedEra("Nixon administration", 1969, 1974));
        assertThat(exploration.history().undoName()).contains("rename era Nixon years to Nixon administration");
        eras.change("nixon-administration", new NamedEra("Nixon administration", 1969, 1975));
        assertThat(exploration.history().undoName()).contains("change era Nixon administration to 1969–1975");
        eras.delete("Nixon administration");
        assertThat(exploration.history().undoName()).contains("delete era Nixon administration");
        assertThat(exploration.eras().named("Nixon administration")).isEmpty();

        exploration.undo();
        exploration.undo();
        assertThat(exploration.eras().named("Nixon administration")).map(NamedEra::years).contains(new YearRange(1969, 1974));
    }

    @Test
    void anInvalidEditChangesNothingAndSaysWhy() {
        eras.add(NIXON);
        int steps = exploration.history().size();

        assertThat(eras.add(new NamedEra("nixon years", 1969, 1977))).get().asString().contains("is taken");
        assertThat(eras.add(new NamedEra(" ", 1969, 1977))).get().asString().contains("is empty");
        assertThat(eras.change("Nixon years", new NamedEra("Cold War", 1969, 1974))).get().asString().contains("is taken");
        assertThat(eras.change("Ford years", NIXON)).get().asString().contains("No era is called");

        assertThat(exploration.history().size()).isEqualTo(steps);
        assertThat(exploration.eras().all()).endsWith(NIXON);
    }

    @Test
    void restoringTheDefaultsIsOneStepAndEditingAnEraLeavesTheFilterAlone() {
        exploration.commands().apply(new GraphFilter(java.util.Set.of(), NIXON.years()));
        eras.add(NIXON);
        eras.delete("Cold War");
        GraphFilter before = exploration.filter();

        eras.restoreDefaults();

        assertThat(exploration.eras()).isEqualTo(Eras.DEFAULTS);
        assertThat(exploration.history().undoName()).contains("restore the default eras");
        assertThat(exploration.filter()).isEqualTo(before);
        exploration.undo();
        assertThat(exploration.eras().named("Cold War")).isEmpty();
    }

    @Test
    void aSnapshotKeepsTheErasAndRestoringOnePutsThemBackAsAStep() {
        eras.add(NIXON);
        ExplorationSnapshot saved = exploration.snapshot();
        assertThat(saved.eras().all()).endsWith(NIXON);
        assertThat(exploration.freeze().snapshot().eras()).isEqualTo(saved.eras());

        Exploration other = new Exploration();
        other.load(store.overview(10));
        other.commands().restore("open session", saved);
        assertThat(other.eras()).isEqualTo(saved.eras());
        other.undo();
        assertThat(other.eras()).isEqualTo(Eras.DEFAULTS);
    }
}
