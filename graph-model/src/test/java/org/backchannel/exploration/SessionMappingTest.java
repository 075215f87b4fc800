package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.backchannel.session.Note;
import org.backchannel.session.Note.Target;
import org.backchannel.session.Session;
import org.backchannel.session.SessionReader;
import org.backchannel.session.SessionWriter;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

class SessionMappingTest {

    private static final Instant SAVED = Instant.parse("2026-01-05T09:00:00Z");
    private static final StoreIdentity STORE = new StoreIdentity(StoreIdentity.EMBEDDED, "neo4j", "sha256:abc");

    private final StoreStandIn store = new StoreStandIn(TestDatasets.small());

    @Test
    void anExplorationSavedAndReadBackRestoresToTheSameSnapshotAndViewpoint() throws Exception {
        Exploration exploration = new Exploration();
        exploration.load(store.overview(1));
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        String other = exploration.visible().nodeIds().stream().filter(id -> !id.equals("alice")).findFirst().orElseThrow();
        exploration.commands().move("alice", 10, -20);
        exploration.commands().move(other, 3.5, 4.25);
        exploration.commands().setPinned(List.of(other), false);
        exploration.commands().hide(List.of(other));
        exploration.commands().apply(new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1977)));
        exploration.commands().switchLayout(LayoutMode.TIMELINE);
        exploration.noteCommands().write(Target.NODE, "alice", "Met twice", SAVED);
        exploration.noteCommands().write(Target.SESSION, null, "Why Vienna?", SAVED);
        exploration.eraCommands().add(new org.backchannel.model.NamedEra("Nixon years", 1969, 1974));
        exploration.eraCommands().delete("Cold War");
        exploration.select("alice", false);
        ExplorationSnapshot before = exploration.snapshot();
        Viewpoint looking = new Viewpoint(1.5, -2, 0.75);

        Session session = SessionMapping.toSession(before, looking, STORE, SAVED);
        Session read = new SessionReader().read("test.backchannel", new SessionWriter().toBytes(session));

        ExplorationSnapshot after = SessionMapping.toSnapshot(read);
        assertThat(after.sceneNodeIds()).isEqualTo(before.sceneNodeIds());
        assertThat(after.sceneLinkIds()).isEqualTo(before.sceneLinkIds());
        assertThat(after.positions()).isEqualTo(before.positions());
        assertThat(after.pinned()).isEqualTo(before.pinned());
        assertThat(after.hidden()).isEqualTo(before.hidden());
        assertThat(after.filter()).isEqualTo(before.filter());
        assertThat(after.selection()).isEqualTo(before.selection());
        assertThat(after.layoutMode()).isEqualTo(before.layoutMode());
        assertThat(after.notes()).containsExactlyInAnyOrderElementsOf(before.notes());
        assertThat(after.eras()).isEqualTo(before.eras());
        assertThat(SessionMapping.viewpointOf(read)).isEqualTo(looking);

        Exploration reopened = new Exploration();
        reopened.load(store.overview(1));
        reopened.commands().expand("alice", store.neighbours("alice", 50));
        reopened.commands().restore("open session", after);
        assertThat(reopened.snapshot().positions()).isEqualTo(before.positions());
        assertThat(reopened.notes().onNode("alice")).map(Note::text).contains("Met twice");
    }

    @Test
    void severalNotesOnOneElementAreJoinedOldestFirst() {
        Session session = SessionMapping.toSession(new Exploration().snapshot(), null, STORE, SAVED);
        Session withTwo = new Session(SAVED, STORE, session.scene(), session.positions(), Set.of(), Set.of(), session.filter(),
                Set.of(), null, session.layout(), null,
                List.of(Note.onNode("alice", "one", SAVED), Note.onNode("alice", "two", SAVED.plusSeconds(60))));

        List<Note> notes = SessionMapping.toSnapshot(withTwo).notes();
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).text()).isEqualTo("one\n\ntwo");
        assertThat(notes.get(0).modified()).isEqualTo(SAVED.plusSeconds(60));
    }
}
