package org.backchannel.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.InMemoryGraphStore;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.exploration.Viewpoint;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.session.Note;
import org.backchannel.session.Note.Target;
import org.backchannel.session.Session;
import org.backchannel.session.SessionFiles;
import org.backchannel.session.SessionReader;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
    private static final StoreIdentity EMBEDDED = new StoreIdentity(StoreIdentity.EMBEDDED, "neo4j", "sha256:same");
    private static Dataset dataset;

    @TempDir
    Path home;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = BundledDataset.load();
    }

    /** A window over a store: its panes, its session view-model, its tasks. */
    private final class Window {
        final SameThreadTasks tasks = new SameThreadTasks();
        final ExplorerPanes panes = new ExplorerPanes(tasks);
        final SessionViewModel sessions = new SessionViewModel(panes.exploration(), panes.explorer().health(), tasks,
                SessionFiles.lastSession(home), CLOCK);

        /** Launched, as the main window does: the last session's picture and file are read while the store starts. */
        Window() {
            panes.explorer().useOverviewWith(sessions::useOverview);
            sessions.readLast(() -> { });
        }

        Window(GraphStore store, StoreIdentity identity) {
            this();
            storeAnswers(store, identity);
        }

        void storeAnswers(GraphStore store, StoreIdentity identity) {
            sessions.storeOpened(store, identity);
            panes.explorer().open(store);
            tasks.runScheduled();
        }

        Exploration exploration() {
            return panes.exploration();
        }
    }

    @Test
    void workSavedAfterTheDelayIsReopenedNextTimeAsOneStepWithItsNotesAndCamera() {
        Window first = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        String someone = first.exploration().visible().nodeIds().iterator().next();
        first.exploration().commands().move(someone, 12.5, -7);
        first.exploration().commands().hide(List.of(other(first.exploration(), someone)));
        first.exploration().noteCommands().write(Target.NODE, someone, "Met twice in Vienna", CLOCK.instant());
        first.exploration().recordViewpoint(new Viewpoint(1, 2, 0.5));
        assertThat(first.tasks.pendingDelays()).containsExactly(SessionViewModel.AUTOSAVE_DELAY);
        first.tasks.runScheduled();
        assertThat(Files.isRegularFile(SessionFiles.lastSession(home))).isTrue();
        ExplorationSnapshot saved = first.exploration().snapshot();

        Window second = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        ExplorationSnapshot reopened = second.exploration().snapshot();
        assertThat(reopened.sceneNodeIds()).isEqualTo(saved.sceneNodeIds());
        assertThat(reopened.hidden()).isEqualTo(saved.hidden());
        assertThat(reopened.positions()).isEqualTo(saved.positions());
        assertThat(second.exploration().notes().onNode(someone)).map(Note::text).contains("Met twice in Vienna");
        assertThat(second.exploration().viewpoint()).isEqualTo(new Viewpoint(1, 2, 0.5));
        assertThat(second.exploration().history().size()).as("the history starts with the reopened session").isZero();
        assertThat(second.sessions.noticeProperty().get()).startsWith("Reopened your last session");
        assertThat(second.tasks.pendingDelays()).as("restoring is not a change to save").isEmpty();
    }

    @Test
    void theReopenedLineGoesAtTheAnalystsFirstChangeButNotWhenANodeIsSelected() {
        Window first = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        String someone = first.exploration().visible().nodeIds().iterator().next();
        first.exploration().commands().move(someone, 12.5, -7);
        first.tasks.runScheduled();

        Window second = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        assertThat(second.sessions.noticeProperty().get()).startsWith("Reopened your last session");
        second.exploration().select(someone, false);
        assertThat(second.sessions.noticeProperty().get()).as("looking is not a change").startsWith("Reopened your last session");

        second.exploration().commands().hide(List.of(other(second.exploration(), someone)));

        assertThat(second.sessions.noticeProperty().get()).isEmpty();
    }

    @Test
    void theSessionReopensBeforeTheStoresDigestIsReadAndIsSavedOnlyOnceItIs() {
        Window first = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        String someone = first.exploration().visible().nodeIds().iterator().next();
        first.exploration().commands().move(someone, 12.5, -7);
        first.tasks.runScheduled();
        ExplorationSnapshot saved = first.exploration().snapshot();

        // As the main window wires it: the store's place is known when it opens, its digest (the whole store read) later.
        Window second = new Window(new InMemoryGraphStore(dataset), placeOf(EMBEDDED));
        assertThat(second.sessions.previewingProperty().get()).as("the overview did not wait for the digest").isFalse();
        assertThat(second.exploration().snapshot().positions()).isEqualTo(saved.positions());
        assertThat(second.sessions.noticeProperty().get()).startsWith("Reopened your last session").doesNotContain("changed");
        second.exploration().commands().move(someone, 1, 1);
        assertThat(second.tasks.pendingDelays()).as("a session records the digest: nothing is saved before it is read").isEmpty();

        second.sessions.identified(EMBEDDED);
        second.exploration().commands().move(someone, 2, 2);
        assertThat(second.tasks.pendingDelays()).containsExactly(SessionViewModel.AUTOSAVE_DELAY);
        assertThat(second.sessions.noticeProperty().get()).doesNotContain("changed");
    }

    @Test
    void aDigestReadAfterTheSessionReopenedSaysTheStoresDataChangedSince() {
        Window first = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        first.exploration().commands().hide(List.of(first.exploration().visible().nodeIds().iterator().next()));
        first.tasks.runScheduled();

        Window second = new Window(new InMemoryGraphStore(dataset), placeOf(EMBEDDED));
        StoreIdentity changed = new StoreIdentity(EMBEDDED.uri(), EMBEDDED.database(), "sha256:other");
        second.sessions.identified(changed);

        assertThat(second.exploration().hidden()).as("the session is reopened").hasSize(1);
        assertThat(second.sessions.noticeProperty().get()).startsWith("Reopened your last session")
                .endsWith("The data in " + changed.describe() + " has changed since this session was saved.");
    }

    /** The store as the main window knows it when it opens: its address and database, its digest not read yet. */
    private static StoreIdentity placeOf(StoreIdentity identity) {
        return new StoreIdentity(identity.uri(), identity.database(), "");
    }

    @Test
    void theLastPictureIsDrawnReadOnlyBeforeTheStoreAnswersThenCheckedAgainstItWithoutMovingWhatWasPlaced() {
        GraphLink later = dataset.links().get(0);
        Window first = new Window(new InMemoryGraphStore(without(dataset, later.id(), null)), EMBEDDED);
        List<String> ids = first.exploration().visible().nodeIds().stream().sorted().toList();
        double[] xs = new double[ids.size()];
        double[] ys = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            xs[i] = i * 10;
            ys[i] = -i * 5;
        }
        first.exploration().commands().place(ids, xs, ys);
        String pinned = ids.get(0);
        first.exploration().commands().move(pinned, 123, 456);
        first.tasks.runScheduled();
        ExplorationSnapshot saved = first.exploration().snapshot();

        Window second = new Window();
        assertThat(second.sessions.previewingProperty().get()).isTrue();
        assertThat(second.exploration().storeChanges().isReadOnly()).isTrue();
        assertThat(second.exploration().visible().nodeIds()).isEqualTo(first.exploration().visible().nodeIds());
        assertThat(second.exploration().visible().linkIds()).isEqualTo(first.exploration().visible().linkIds());
        assertThat(second.exploration().snapshot().positions()).isEqualTo(saved.positions());
        second.exploration().commands().hide(List.of(pinned));
        assertThat(second.exploration().hidden()).as("read-only until the store answers").isEmpty();

        String renamed = ids.get(1);
        String gone = ids.stream().filter(id -> !id.equals(renamed) && !id.equals(pinned) && !id.equals(later.fromId())
                && !id.equals(later.toId())).findFirst().orElseThrow();
        second.storeAnswers(new InMemoryGraphStore(renaming(without(dataset, null, gone), renamed, "Someone else")), EMBEDDED);
        assertThat(second.sessions.previewingProperty().get()).isFalse();
        assertThat(second.exploration().storeChanges().isReadOnly()).isFalse();
        ExplorationSnapshot live = second.exploration().snapshot();
        saved.positions().forEach((id, at) -> {
            if (!id.equals(gone)) {
                assertThat(live.positions().get(id)).as("%s stays where it was", id).isEqualTo(at);
            }
        });
        assertThat(live.pinned()).contains(pinned);
        assertThat(live.sceneLinkIds()).as("a link new since is drawn").contains(later.id());
        String oldName = dataset.nodes().stream().filter(n -> n.id().equals(renamed)).findFirst().orElseThrow().name();
        assertThat(second.sessions.noticeProperty().get())
                .contains("1 node of the session is not in the store: " + gone)
                .contains("1 node changed since: " + oldName + ", now Someone else")
                .contains("1 link between the session's nodes is new since, and drawn: " + later.id());
    }

    @Test
    void aChangeWhoseAutosaveIsStillBeingWrittenAtExitIsSavedOnExit() {
        Window first = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        String someone = first.exploration().visible().nodeIds().iterator().next();
        first.exploration().commands().move(someone, 31.5, -4);
        ExplorationSnapshot moved = first.exploration().snapshot();
        first.tasks.holdRuns();
        first.tasks.runScheduled();
        // The autosave's write is in flight (at 100,000 nodes it takes seconds) when the window closes; closing
        // the tasks then interrupts it, so the exit must write the session itself.
        first.sessions.close();

        Window second = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        assertThat(second.exploration().snapshot().positions()).isEqualTo(moved.positions());
    }

    @Test
    void aViewMovedAloneIsSavedOnExitAndAnUnmovedOneIsNotWrittenAgain() throws Exception {
        Window first = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        first.exploration().commands().move(first.exploration().visible().nodeIds().iterator().next(), 3, 4);
        first.exploration().recordViewpoint(new Viewpoint(1, 2, 0.5));
        first.tasks.runScheduled();
        first.sessions.close();
        Path file = SessionFiles.lastSession(home);
        FileTime written = Files.getLastModifiedTime(file);

        // Fit, pan or zoom, then quit: the canvas records the view on each frame, which is not a step of the history.
        Window second = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        second.sessions.close();
        assertThat(Files.getLastModifiedTime(file)).as("nothing changed, nothing written").isEqualTo(written);
        second.exploration().recordViewpoint(new Viewpoint(-40, 15, 2));
        assertThat(second.tasks.pendingDelays()).isEmpty();
        second.sessions.close();

        Window third = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        assertThat(third.exploration().viewpoint()).isEqualTo(new Viewpoint(-40, 15, 2));
    }

    @Test
    void theSessionOfAnotherStoreIsNotReopenedAndTheWindowSaysSo() {
        Window first = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        String someone = first.exploration().visible().nodeIds().iterator().next();
        first.exploration().commands().hide(List.of(someone));
        first.sessions.close();

        StoreIdentity server = new StoreIdentity("bolt://archive.example:7687", "neo4j", "sha256:same");
        Window second = new Window(new InMemoryGraphStore(dataset), server);
        assertThat(second.exploration().hidden()).isEmpty();
        assertThat(second.sessions.noticeProperty().get()).contains("was not reopened on " + server.describe());
    }

    @Test
    void sceneNodesTheOverviewLeftOutAreAskedOfTheStoreAndThoseItNoLongerHasAreListed() {
        Window first = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        Set<String> scene = first.exploration().snapshot().sceneNodeIds();
        first.exploration().commands().move(scene.iterator().next(), 1, 1);
        first.sessions.close();
        String leftOut = scene.stream().sorted().findFirst().orElseThrow();
        String gone = scene.stream().sorted().skip(1).findFirst().orElseThrow();
        Dataset without = new Dataset(dataset.format(), dataset.title(), dataset.description(), dataset.sources(),
                dataset.nodes().stream().filter(n -> !n.id().equals(gone)).toList(),
                dataset.links().stream().filter(l -> !l.fromId().equals(gone) && !l.toId().equals(gone)).toList());

        Window second = new Window(new InMemoryGraphStore(without, id -> !id.equals(leftOut)), EMBEDDED);
        assertThat(second.exploration().inScene(leftOut)).as("asked of the store").isTrue();
        assertThat(second.exploration().inScene(gone)).isFalse();
        assertThat(second.sessions.noticeProperty().get()).contains("1 node of the session is not in the store: " + gone);
    }

    @Test
    void aSessionSavedAsAFileOpensAsOneStepAndOneOfAnotherStoreSaysSoAndListsWhatIsMissing() throws Exception {
        Window first = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        String someone = first.exploration().visible().nodeIds().iterator().next();
        first.exploration().commands().hide(List.of(someone));
        Path named = home.resolve("mine.backchannel");
        first.sessions.saveAs(named);
        assertThat(first.sessions.noticeProperty().get()).isEqualTo("Saved the session to " + named + ".");
        Session saved = new SessionReader().read(named);
        Session elsewhere = new Session(saved.savedAt(), new StoreIdentity("bolt://archive.example:7687", "neo4j", "sha256:other"),
                new Session.Scene(concat(saved.scene().nodeIds(), "no-such-node"), saved.scene().linkIds()), saved.positions(),
                saved.pinned(), saved.hidden(), saved.filter(), saved.selection(), saved.focus(), saved.layout(), saved.camera(),
                saved.notes());
        Path foreign = home.resolve("foreign.backchannel");
        new SessionFiles().save(elsewhere, foreign);

        Window second = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        second.sessions.open(foreign);
        assertThat(second.exploration().hidden()).containsExactly(someone);
        assertThat(second.exploration().history().undoName()).contains("open session foreign.backchannel");
        assertThat(second.sessions.noticeProperty().get())
                .contains("This session was saved on bolt://archive.example:7687 (database neo4j) and is opened on " + EMBEDDED.describe())
                .contains("1 node of the session is not in the store: no-such-node");
        second.exploration().undo();
        assertThat(second.exploration().hidden()).isEmpty();
    }

    @Test
    void aBadFileChangesNothingAndTheNoticeNamesFileLineAndColumn() throws Exception {
        Window window = new Window(new InMemoryGraphStore(dataset), EMBEDDED);
        Path bad = home.resolve("bad.backchannel");
        Files.writeString(bad, "{\"format\": \"backchannel-session/1\",\n  \"savedAt\": 12\n}\n");
        ExplorationSnapshot before = window.exploration().snapshot();

        window.sessions.open(bad);
        assertThat(window.exploration().snapshot()).isEqualTo(before);
        assertThat(window.sessions.noticeProperty().get()).contains("bad.backchannel").containsPattern(":\\d+:\\d+");
    }

    /** The dataset without a link and without a node (and its links); either may be null. */
    private static Dataset without(Dataset from, String linkId, String nodeId) {
        return new Dataset(from.format(), from.title(), from.description(), from.sources(),
                from.nodes().stream().filter(n -> !n.id().equals(nodeId)).toList(),
                from.links().stream().filter(l -> !l.id().equals(linkId) && !l.fromId().equals(nodeId) && !l.toId().equals(nodeId)
                        && (nodeId == null || !nodeId.equals(l.channelId()))).toList());
    }

    private static Dataset renaming(Dataset from, String nodeId, String name) {
        return new Dataset(from.format(), from.title(), from.description(), from.sources(), from.nodes().stream()
                .map(n -> !n.id().equals(nodeId) ? n : new GraphNode(n.id(), n.kind(), name, n.aliases(), n.category(), n.channelType(),
                        n.secrecy(), n.description(), n.span(), n.certainty(), n.citations(), n.otherProperties()))
                .toList(), from.links());
    }

    private static List<String> concat(List<String> ids, String more) {
        List<String> all = new java.util.ArrayList<>(ids);
        all.add(more);
        return all;
    }

    private static String other(Exploration exploration, String than) {
        return exploration.visible().nodeIds().stream().filter(id -> !id.equals(than)).findFirst().orElseThrow();
    }
}
