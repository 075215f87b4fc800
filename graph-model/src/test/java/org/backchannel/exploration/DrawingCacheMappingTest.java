package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.YearRange;
import org.backchannel.session.DrawingCache;
import org.backchannel.session.DrawingCacheFile;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

/** The picture of what is drawn, saved and drawn again before the store answers. */
class DrawingCacheMappingTest {

    private final StoreStandIn store = new StoreStandIn(TestDatasets.small());

    @Test
    void thePictureDrawsWhatWasDrawnWhereItWasWithTheSameNamesAndKindsAndNothingElse() throws Exception {
        Exploration exploration = new Exploration();
        exploration.load(store.overview(3));
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        List<String> ids = exploration.visible().nodeIds().stream().sorted().toList();
        exploration.commands().place(ids, ids.stream().mapToDouble(id -> id.length() * 10).toArray(),
                ids.stream().mapToDouble(id -> -id.hashCode() % 100).toArray());
        exploration.commands().move("alice", 5, 6);
        String hidden = ids.stream().filter(id -> !id.equals("alice")).findFirst().orElseThrow();
        exploration.commands().hide(List.of(hidden));
        exploration.select("alice", false);
        ExplorationSnapshot snapshot = exploration.snapshot();
        Viewpoint looking = new Viewpoint(1, 2, 0.5);

        DrawingCache cache = DrawingCacheMapping.toCache(DrawingCacheMapping.drawn(exploration), snapshot, looking);
        DrawingCache read = throughTheFile(cache);
        Exploration early = new Exploration();
        early.storeChanges().showPicture(read);

        assertThat(early.visible()).isEqualTo(exploration.visible());
        assertThat(early.visible().nodeIds()).doesNotContain(hidden);
        assertThat(early.drawing().positions()).isEqualTo(only(snapshot.positions(), exploration.visible().nodeIds()));
        assertThat(early.drawing().pinned()).containsExactly("alice");
        assertThat(early.selection()).containsExactly("alice");
        assertThat(early.filter()).isEqualTo(GraphFilter.ALL);
        LoadedGraph live = exploration.graph();
        for (GraphNode node : early.graph().nodes()) {
            GraphNode was = live.node(node.id()).orElseThrow();
            assertThat(List.of(node.kind(), node.name())).isEqualTo(List.of(was.kind(), was.name()));
            assertThat(node.channelType()).isEqualTo(was.channelType());
        }
        early.graph().links().forEach(link -> assertThat(live.link(link.id())).hasValueSatisfying(was -> {
            assertThat(List.of(link.type(), link.fromId(), link.toId())).isEqualTo(List.of(was.type(), was.fromId(), was.toId()));
            // A channel that is not drawn is not kept: the picture could not colour the link with it.
            assertThat(link.channelId()).isEqualTo(early.visible().nodeIds().contains(was.channelId()) ? was.channelId() : null);
        }));
        assertThat(DrawingCacheMapping.viewpointOf(read)).isEqualTo(looking);
    }

    @Test
    void aFilteredPictureSaysItsFilterAndDrawsWhatPassedItWithoutTheDatesItWouldNeed() throws Exception {
        Exploration exploration = new Exploration();
        exploration.load(store.overview(50));
        int year = exploration.graph().links().stream().flatMap(l -> l.span().years().stream()).findFirst().orElseThrow().from();
        GraphFilter era = new GraphFilter(Set.of(), new YearRange(year, year));
        exploration.commands().apply(era);
        List<String> ids = exploration.visible().nodeIds().stream().sorted().toList();
        exploration.commands().place(ids, ids.stream().mapToDouble(String::length).toArray(), new double[ids.size()]);
        assertThat(exploration.visible().nodeIds()).as("the era leaves something out").isNotEmpty()
                .hasSizeLessThan(exploration.graph().nodeCount());

        Exploration early = new Exploration();
        early.storeChanges().showPicture(throughTheFile(
                DrawingCacheMapping.toCache(DrawingCacheMapping.drawn(exploration), exploration.snapshot(), null)));

        assertThat(early.filter()).isEqualTo(era);
        assertThat(early.visible()).as("nothing in the picture is dated, yet all of it passed the era").isEqualTo(exploration.visible());
        early.storeChanges().reopen(store.overview(50), List.of(), exploration.snapshot());
        assertThat(early.visible()).as("the store's graph is filtered again").isEqualTo(exploration.visible());
    }

    @Test
    void aMeetingIsDrawnMutualFromThePictureAsFromTheStore() throws Exception {
        GraphNode a = new GraphNode("a", NodeKind.ACTOR, "A", List.of(), "person", null, null, null, null, null, List.of());
        GraphNode b = new GraphNode("b", NodeKind.ACTOR, "B", List.of(), "person", null, null, null, null, null, List.of());
        GraphLink met = new GraphLink("met", LinkType.SPOKE_WITH, "a", "b", null, null, null, null, null, List.of(), null, List.of(), true);
        GraphLink sent = new GraphLink("sent", LinkType.SPOKE_WITH, "b", "a", null, null, null, null, null, List.of());
        Exploration exploration = new Exploration();
        exploration.load(LoadedGraph.of(List.of(a, b), List.of(met, sent)));
        exploration.commands().place(List.of("a", "b"), new double[] {0, 10}, new double[] {0, 0});

        DrawingCache read = throughTheFile(
                DrawingCacheMapping.toCache(DrawingCacheMapping.drawn(exploration), exploration.snapshot(), null));
        LoadedGraph early = DrawingCacheMapping.graphOf(read);

        assertThat(early.link("met")).hasValueSatisfying(link -> assertThat(link.mutual()).isTrue());
        assertThat(early.link("sent")).hasValueSatisfying(link -> assertThat(link.mutual()).isFalse());
    }

    @Test
    void aFrozenExplorationGivesTheSnapshotAndDrawnElementsOfItsMomentWhateverHappensAfter() {
        Exploration exploration = new Exploration();
        exploration.load(store.overview(3));
        List<String> ids = exploration.visible().nodeIds().stream().sorted().toList();
        exploration.commands().move(ids.get(0), 1, 2);
        exploration.commands().hide(List.of(ids.get(1)));
        ExplorationSnapshot then = exploration.snapshot();
        DrawingCacheMapping.Drawn drawnThen = DrawingCacheMapping.drawn(exploration);

        FrozenExploration frozen = exploration.freeze();
        exploration.commands().expand("alice", store.neighbours("alice", 50));
        exploration.commands().move(ids.get(0), 7, 7);
        exploration.commands().remove(List.of(ids.get(2)));

        assertThat(frozen.snapshot()).isEqualTo(then);
        assertThat(frozen.drawn().nodes()).containsExactlyInAnyOrderElementsOf(drawnThen.nodes());
        assertThat(frozen.drawn().links()).containsExactlyInAnyOrderElementsOf(drawnThen.links());
        assertThat(exploration.freeze().snapshot()).isEqualTo(exploration.snapshot());
    }

    @Test
    void aReadOnlyExplorationRecordsNoCommandAndUndoesNothing() {
        Exploration exploration = new Exploration();
        exploration.load(store.overview(3));
        String first = exploration.visible().nodeIds().iterator().next();
        exploration.commands().move(first, 1, 1);
        ExplorationSnapshot before = exploration.snapshot();
        exploration.storeChanges().setReadOnly(true);

        exploration.commands().hide(List.of(first));
        exploration.commands().move(first, 9, 9);
        exploration.commands().apply(new GraphFilter(Set.of(), new org.backchannel.model.YearRange(1970, 1971)));
        exploration.undo();

        assertThat(exploration.snapshot()).isEqualTo(before);
        assertThat(exploration.history().size()).isEqualTo(1);
        exploration.storeChanges().setReadOnly(false);
        exploration.undo();
        assertThat(exploration.drawing().position(first)).isEmpty();
    }

    @Test
    void reopeningStartsTheHistoryWithTheSavedStateAndTellsViewsNotToLayOut() {
        Exploration exploration = new Exploration();
        exploration.load(store.overview(3));
        exploration.commands().move(exploration.visible().nodeIds().iterator().next(), 4, 4);
        ExplorationSnapshot saved = exploration.snapshot();
        Exploration reopened = new Exploration();
        List<ExplorationEvent> heard = new java.util.ArrayList<>();
        reopened.addListener(heard::add);

        reopened.storeChanges().reopen(store.overview(3), List.of(), saved);

        assertThat(reopened.snapshot()).isEqualTo(saved);
        assertThat(reopened.history().size()).isZero();
        assertThat(heard).singleElement().satisfies(event -> {
            assertThat(event.cause()).isEqualTo(ExplorationEvent.Cause.REOPENED);
            assertThat(event.startsOver()).isTrue();
            assertThat(event.wantsLayout()).isFalse();
        });
    }

    /** The cache as the next launch reads it: written to its bytes and read back. */
    private static DrawingCache throughTheFile(DrawingCache cache) throws Exception {
        DrawingCacheFile file = new DrawingCacheFile();
        return file.read("picture", file.toBytes(cache));
    }

    private static Map<String, Point> only(Map<String, Point> positions, Set<String> ids) {
        return positions.entrySet().stream().filter(e -> ids.contains(e.getKey())).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
