package org.backchannel.app.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NamedEra;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;
import org.backchannel.model.YearRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "Edit eras" dialog without a toolkit: its form, its checks and messages, and the steps it records. */
class ErasViewModelTest {

    private final Exploration exploration = new Exploration();
    private final FilterViewModel filters = new FilterViewModel(exploration);
    private final ErasViewModel eras = new ErasViewModel(exploration);

    @BeforeEach
    void loadTwoChannelsOfTheSeventies() {
        exploration.load(LoadedGraph.of(List.of(channel("a", 1965, 1972), channel("b", 1970, 1980)), List.of()));
    }

    @Test
    void addingAnEraFromTheFormIsAStepAndTheFilterPaneOffersIt() {
        fill("Nixon years", "1969", "1974");
        eras.add();

        NamedEra nixon = new NamedEra("Nixon years", 1969, 1974);
        assertThat(eras.getEras()).endsWith(nixon);
        assertThat(eras.pickedProperty().get()).isEqualTo(nixon);
        assertThat(eras.messageProperty().get()).contains("Added Nixon years (1969–1974)");
        assertThat(exploration.history().undoName()).contains("add era Nixon years");
        assertThat(filters.erasProperty().get()).endsWith(nixon);
        assertThat(filters.availableErasProperty().get()).contains(nixon);

        filters.applyEra(nixon);
        assertThat(exploration.filter().years()).isEqualTo(new YearRange(1969, 1974));

        exploration.undo();
        exploration.undo();
        assertThat(eras.getEras()).containsExactlyElementsOf(Eras.DEFAULTS.all());
        assertThat(filters.erasProperty().get()).doesNotContain(nixon);
    }

    @Test
    void theFormSaysWhatIsWrongAsItIsTypedAndAddsNothingThen() {
        int steps = exploration.history().size();

        fill("", "1969", "1974");
        assertThat(eras.messageProperty().get()).isEqualTo("The name is empty.");
        assertThat(eras.problemProperty().get()).isTrue();
        fill("Nixon years", "19x9", "1974");
        assertThat(eras.messageProperty().get()).contains("The first year is not a year");
        fill("Nixon years", "1974", "1969");
        assertThat(eras.messageProperty().get()).contains("ends (1969) before it starts (1974)");
        fill("Nixon years", "1969", "12000");
        assertThat(eras.messageProperty().get()).contains("out of range");
        eras.add();
        fill("détente", "1969", "1974");
        assertThat(eras.problemProperty().get()).as("a taken name needs the list: said when added").isFalse();
        eras.add();
        assertThat(eras.messageProperty().get()).contains("is taken", "Détente");

        assertThat(exploration.history().size()).isEqualTo(steps);
        assertThat(eras.getEras()).containsExactlyElementsOf(Eras.DEFAULTS.all());
    }

    @Test
    void pickingAnEraFillsTheFormAndChangeRenamesItInItsPlace() {
        eras.pickedProperty().set(eras.getEras().get(3));
        assertThat(eras.nameProperty().get()).isEqualTo("Since 2014");
        assertThat(eras.toProperty().get()).as("an open era's last year is blank").isEmpty();

        eras.pickedProperty().set(eras.getEras().get(1));
        fill("Détente proper", "1972", "1975");
        eras.change();

        assertThat(eras.getEras().get(1)).isEqualTo(new NamedEra("Détente proper", 1972, 1975));
        assertThat(exploration.history().undoName()).contains("change era Détente to Détente proper (1972–1975)");
    }

    @Test
    void aBlankLastYearIsAnEraStillGoingOn() {
        fill("Since Crimea", "2014", " ");
        eras.add();
        assertThat(exploration.eras().named("since-crimea")).map(NamedEra::years).contains(new YearRange(2014, PartialDate.MAX_YEAR));
    }

    @Test
    void deleteAndRestoreDefaultsAreStepsAndRestoreIsOffOnlyWhileTheErasAreTheDefaults() {
        assertThat(eras.defaultsProperty().get()).isTrue();
        eras.pickedProperty().set(eras.getEras().get(0));
        eras.delete();
        assertThat(eras.getEras()).hasSize(Eras.DEFAULTS.all().size() - 1);
        assertThat(eras.defaultsProperty().get()).isFalse();
        assertThat(exploration.history().undoName()).contains("delete era Cold War");

        eras.restoreDefaults();
        assertThat(eras.getEras()).containsExactlyElementsOf(Eras.DEFAULTS.all());
        assertThat(exploration.history().undoName()).contains("restore the default eras");
    }

    private void fill(String name, String from, String to) {
        eras.nameProperty().set(name);
        eras.fromProperty().set(from);
        eras.toProperty().set(to);
    }

    private static GraphNode channel(String id, int from, int to) {
        return new GraphNode(id, NodeKind.CHANNEL, id, List.of(), null, ChannelType.BACK_CHANNEL, null, null,
                new TimeSpan(PartialDate.ofYear(from), PartialDate.ofYear(to)), null, List.of());
    }
}
