package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.backchannel.session.Note;
import org.backchannel.session.Note.Target;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotesTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-01-06T09:00:00Z");

    private final StoreStandIn store = new StoreStandIn(TestDatasets.small());
    private final Exploration exploration = new Exploration();

    @BeforeEach
    void startWithAliceAndHerNeighbours() {
        exploration.load(store.overview(1));
        exploration.commands().expand("alice", store.neighbours("alice", 50));
    }

    @Test
    void aNoteOnANodeIsANamedStepThatUndoes() {
        exploration.noteCommands().write(Target.NODE, "alice", "Met twice in Vienna", MONDAY);

        assertThat(exploration.notes().onNode("alice")).map(Note::text).contains("Met twice in Vienna");
        assertThat(exploration.history().undoName()).contains("note on " + store.name("alice"));
        exploration.undo();
        assertThat(exploration.notes().onNode("alice")).isEmpty();
        exploration.redo();
        assertThat(exploration.notes().all()).hasSize(1);
    }

    @Test
    void editingKeepsWhenTheNoteWasCreatedAndBlankTextDeletesIt() {
        exploration.noteCommands().write(Target.NODE, "alice", "first", MONDAY);
        exploration.noteCommands().write(Target.NODE, "alice", "second", TUESDAY);

        Note edited = exploration.notes().onNode("alice").orElseThrow();
        assertThat(edited.created()).isEqualTo(MONDAY);
        assertThat(edited.modified()).isEqualTo(TUESDAY);
        assertThat(exploration.history().undoName()).contains("edit the note on " + store.name("alice"));

        exploration.noteCommands().write(Target.NODE, "alice", "  ", TUESDAY);
        assertThat(exploration.notes().all()).isEmpty();
        assertThat(exploration.history().undoName()).contains("delete the note on " + store.name("alice"));
    }

    @Test
    void aNoteOnTheSessionNamesNoElementAndTheSearchFindsNodesByTheirNote() {
        exploration.noteCommands().write(Target.SESSION, null, "Why Vienna?", MONDAY);
        exploration.noteCommands().write(Target.NODE, "alice", "Talked about VIENNA", MONDAY);

        assertThat(exploration.notes().on(Target.SESSION, null)).map(Note::text).contains("Why Vienna?");
        assertThat(exploration.notes().nodesWhoseNoteContains("vienna")).containsExactly("alice");
        assertThat(exploration.notes().nodesWhoseNoteContains("Berlin")).isEmpty();
    }

    @Test
    void notesTravelWithTheSnapshotAndComeBackWhenItIsRestored() {
        exploration.noteCommands().write(Target.NODE, "alice", "kept", MONDAY);
        ExplorationSnapshot saved = exploration.snapshot();
        exploration.noteCommands().delete(Target.NODE, "alice");
        exploration.noteCommands().write(Target.SESSION, null, "later", TUESDAY);

        exploration.commands().restore("open session", saved);
        assertThat(exploration.notes().all()).containsExactlyElementsOf(saved.notes());
        exploration.undo();
        assertThat(exploration.notes().on(Target.SESSION, null)).map(Note::text).contains("later");
    }
}
