package org.backchannel.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.testing.OpenedPanes;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.GraphNode;
import org.backchannel.session.Note.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotesViewModelTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
    private Exploration exploration;
    private NotesViewModel notes;
    private GraphNode someone;

    @BeforeEach
    void openTheBundledDataset() throws Exception {
        ExplorerPanes panes = OpenedPanes.of(BundledDataset.load());
        exploration = panes.exploration();
        notes = new NotesViewModel(exploration, clock);
        someone = exploration.graph().nodes().iterator().next();
    }

    @Test
    void withNothingSelectedTheNoteIsTheSessionsAndWithANodeItIsThatNodes() {
        assertThat(notes.headingProperty().get()).isEqualTo("Your note on this session");
        exploration.select(someone.id(), false);
        assertThat(notes.headingProperty().get()).isEqualTo("Your note on " + someone.name());
    }

    @Test
    void savingTheDraftWritesTheNoteAsAStepAndSelectingAnotherNodeShowsItsOwn() {
        exploration.select(someone.id(), false);
        notes.draftProperty().set("Met twice");
        notes.save();
        assertThat(exploration.notes().onNode(someone.id())).isPresent();
        assertThat(exploration.history().undoName()).contains("note on " + someone.name());
        assertThat(notes.hasNoteProperty().get()).isTrue();

        exploration.clearSelection();
        assertThat(notes.draftProperty().get()).isEmpty();
        exploration.select(someone.id(), false);
        assertThat(notes.draftProperty().get()).isEqualTo("Met twice");

        notes.delete();
        assertThat(exploration.notes().on(Target.NODE, someone.id())).isEmpty();
        assertThat(notes.savedProperty().get()).isEmpty();
    }

    @Test
    void aPickedExchangeHasItsOwnNoteUntilANodeIsSelected() {
        String link = exploration.graph().links().iterator().next().id();
        exploration.pick(link);
        assertThat(notes.headingProperty().get()).isEqualTo("Your note on this exchange");
        notes.draftProperty().set("Check the memoir");
        notes.save();
        assertThat(exploration.notes().on(Target.LINK, link)).isPresent();

        exploration.select(someone.id(), false);
        assertThat(notes.headingProperty().get()).isEqualTo("Your note on " + someone.name());
    }
}
