package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.Subgraph;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExplorationTest {

    private final StoreStandIn store = new StoreStandIn(TestDatasets.small());
    private final Exploration exploration = new Exploration();
    private final List<ExplorationEvent> events = new ArrayList<>();

    @BeforeEach
    void startWithAliceAlone() {
        exploration.load(store.overview(1));
        exploration.addListener(events::add);
    }

    @Test
    void anExpansionIsANamedStepThatUndoesAndRedoesWithoutAskingTheStoreAgain() {
        Subgraph around = store.neighbours("alice", 50);
        int added = exploration.commands().expand("alice", around);
        int loaded = exploration.graph().nodeCount();
        int asked = store.questions();

        assertThat(added).isEqualTo(around.nodes().size());
        assertThat(exploration.visible().nodeIds()).hasSize(1 + added);
        assertThat(exploration.history().undoName()).contains("expand " + store.name("alice"));

        exploration.undo();
        assertThat(exploration.visible().nodeIds()).containsExactly("alice");
        assertThat(exploration.visible().linkIds()).isEmpty();
        assertThat(exploration.history().redoName()).contains("expand " + store.name("alice"));

        exploration.redo();
        assertThat(exploration.visible().nodeIds()).hasSize(1 + added);
        assertThat(exploration.visible().linkIds()).containsAll(around.links().stream().map(l -> l.id()).toList());
        assertThat(exploration.graph().nodeCount()).isEqualTo(loaded);
        assertThat(store.questions()).isEqualTo(asked);
    }

    @Test
    void anExpansionWithALimitSaysHowManyLinksWereNotLoadedUntilItIsUndone() {
        Subgraph some = store.neighbours("alice", 1);
        exploration.commands().expand("alice", some);
        assertThat(exploration.notLoaded()).containsEntry("alice", some.available() - 1);
        exploration.undo();
        assertThat(exploration.notLoaded()).isEmpty();
    }

    @Test
    void undoPutsBackThePositionsTheLayoutChangedAfterTheStep() {
        exploration.commands().place("alice", new Point(3, 4));
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        // The layout the expansion started moves everything, Alice included.
        List<String> ids = List.copyOf(exploration.visible().nodeIds());
        double[] xs = new double[ids.size()];
        double[] ys = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            xs[i] = 100 + i;
            ys[i] = -i;
        }
        exploration.commands().place(ids, xs, ys);

        exploration.undo();
        assertThat(exploration.drawing().positions()).containsOnlyKeys("alice").containsEntry("alice", new Point(3, 4));
        exploration.redo();
        assertThat(exploration.drawing().positions()).hasSize(ids.size());
        assertThat(exploration.drawing().position(ids.get(1))).contains(new Point(101, -1));
    }

    @Test
    void hiddenNodesStayInTheSceneUndrawnAndUnselectedUntilShown() {
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        exploration.select("boris", false);
        exploration.commands().hide(Set.of("boris"));

        assertThat(exploration.inScene("boris")).isTrue();
        assertThat(exploration.hidden()).containsExactly("boris");
        assertThat(exploration.visible().nodeIds()).doesNotContain("boris");
        assertThat(exploration.visible().linkIds()).doesNotContain("alice-boris");
        assertThat(exploration.selection()).isEmpty();
        assertThat(exploration.history().undoName()).contains("hide " + store.name("boris"));

        exploration.commands().show(exploration.hidden());
        assertThat(exploration.visible().nodeIds()).contains("boris");
        exploration.undo();
        exploration.undo();
        assertThat(exploration.hidden()).isEmpty();
        assertThat(exploration.selection()).containsExactly("boris");
    }

    @Test
    void removingTakesNodesTheirLinksPositionsAndPinsOutAndUndoPutsThemAllBack() {
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        exploration.commands().move("boris", 7, 8);
        ExplorationSnapshot before = exploration.snapshot();

        exploration.commands().remove(List.of("boris"));
        assertThat(exploration.inScene("boris")).isFalse();
        assertThat(exploration.graph().node("boris")).isPresent();
        assertThat(exploration.snapshot().sceneLinkIds()).noneMatch(id -> id.contains("boris"));
        assertThat(exploration.drawing().position("boris")).isEmpty();
        assertThat(exploration.drawing().isPinned("boris")).isFalse();

        exploration.undo();
        assertThat(exploration.snapshot()).isEqualTo(before);
    }

    @Test
    void keepOnlyRemovesEveryOtherSceneNode() {
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        exploration.commands().keepOnly(Set.of("alice", "boris"));
        assertThat(exploration.visible().nodeIds()).containsExactlyInAnyOrder("alice", "boris");
        assertThat(exploration.visible().linkIds()).containsExactly("alice-boris");
        assertThat(exploration.history().undoName()).contains("keep only 2 nodes");
    }

    @Test
    void aFilterIsSetInOneStepWithOneEvent() {
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        events.clear();
        GraphFilter era = new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1979));

        exploration.commands().apply(era);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).touches(Aspect.FILTER)).isTrue();
        assertThat(events.get(0).wantsLayout()).isTrue();
        assertThat(exploration.filter()).isEqualTo(era);
        assertThat(exploration.history().undoName()).contains("filter " + ChannelType.BACK_CHANNEL.displayName() + "; 1969–1979");
    }

    @Test
    void theTicksOfASweepThroughTimeAreOneStep() {
        int steps = exploration.history().size();
        for (int year = 1960; year < 1980; year++) {
            exploration.commands().applySweeping(new GraphFilter(Set.of(), new YearRange(year, year + 10)));
        }
        assertThat(exploration.history().size()).isEqualTo(steps + 1);
        exploration.undo();
        assertThat(exploration.filter()).isEqualTo(GraphFilter.ALL);
    }

    @Test
    void theMovesOfOneDragAreOneStepThatPins() {
        exploration.commands().move("alice", 1, 1);
        exploration.commands().move("alice", 2, 2);
        exploration.commands().move("alice", 3, 3);
        assertThat(exploration.history().names()).containsExactly("move " + store.name("alice"));
        assertThat(exploration.drawing().isPinned("alice")).isTrue();
        exploration.undo();
        assertThat(exploration.drawing().position("alice")).isEmpty();
        assertThat(exploration.drawing().isPinned("alice")).isFalse();
    }

    @Test
    void anUndoIsOneEventThatAsksForNoLayout() {
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        events.clear();
        exploration.undo();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.cause()).isEqualTo(Cause.UNDO);
            assertThat(event.changesVisible()).isTrue();
            assertThat(event.wantsLayout()).isFalse();
        });
    }

    @Test
    void goingBackToAStepUndoesEverythingAfterItAndANewStepDropsTheRedos() {
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        exploration.commands().hide(Set.of("boris"));
        exploration.commands().switchLayout(LayoutMode.TIMELINE);
        assertThat(exploration.history().names()).hasSize(3);

        exploration.goTo(1);
        assertThat(exploration.hidden()).isEmpty();
        assertThat(exploration.layoutMode()).isEqualTo(LayoutMode.FORCE);
        assertThat(exploration.history().position()).isEqualTo(1);

        exploration.goTo(3);
        assertThat(exploration.layoutMode()).isEqualTo(LayoutMode.TIMELINE);

        exploration.goTo(1);
        exploration.commands().setPinned("alice", true);
        assertThat(exploration.history().names()).hasSize(2).last().isEqualTo("pin " + store.name("alice"));
        assertThat(exploration.history().canRedo()).isFalse();
    }

    @Test
    void aLayoutRunIsAStepThatOwnsTheMovesItMakes() {
        exploration.commands().place("alice", new Point(0, 0));
        exploration.commands().runLayout();
        assertThat(events.get(events.size() - 1).wantsLayout()).isTrue();
        exploration.commands().place(List.of("alice"), new double[] {5}, new double[] {6});
        exploration.undo();
        assertThat(exploration.drawing().position("alice")).contains(new Point(0, 0));
    }

    @Test
    void aSnapshotRestoredIsOneStepAndAnUndoReturnsToWhereItWas() {
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        exploration.commands().move("clara", 1, 2);
        exploration.focusOn("boris");
        ExplorationSnapshot saved = exploration.snapshot();
        exploration.commands().keepOnly(Set.of("alice"));
        exploration.commands().apply(new GraphFilter(Set.of(), new YearRange(2020, 2022)));
        ExplorationSnapshot later = exploration.snapshot();

        assertThat(exploration.commands().notLoadedFrom(saved)).isEmpty();
        exploration.commands().restore("open session", saved);
        assertThat(exploration.snapshot()).isEqualTo(saved);
        assertThat(exploration.history().undoName()).contains("open session");
        exploration.undo();
        assertThat(exploration.snapshot()).isEqualTo(later);
    }

    @Test
    void highlightsKeepTheirSourcesApart() {
        exploration.highlight(HighlightSource.PATH, Set.of("alice"));
        exploration.highlight(HighlightSource.HOVER, Set.of("boris"));
        assertThat(exploration.highlights().shown()).containsExactly("boris");
        exploration.highlight(HighlightSource.HOVER, Set.of());
        assertThat(exploration.highlights().shown()).containsExactly("alice");
        assertThat(exploration.history().size()).isZero();
    }
}
