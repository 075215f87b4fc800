package org.backchannel.app.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.Eras;
import org.backchannel.model.GraphNode;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.Subgraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilterViewModelTest {

    private static Dataset dataset;
    private final Exploration exploration = new Exploration();
    private FilterViewModel filters;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = BundledDataset.load();
    }

    @BeforeEach
    void adaptToTheBundledDataset() {
        filters = new FilterViewModel(exploration);
        filters.adaptTo(LoadedGraph.of(dataset.nodes(), dataset.links()));
    }

    @Test
    void theYearBoundsRunFromTheEarliestDatedYearToTheLatestYearSomethingBeginsOrEnds() {
        assertThat(filters.minYearProperty().get()).isEqualTo(1962);
        assertThat(filters.maxYearProperty().get()).isGreaterThan(2000).isLessThanOrEqualTo(2022);
        assertThat(filters.fromYearProperty().get()).isEqualTo(1962);
        assertThat(filters.toYearProperty().get()).isEqualTo(filters.maxYearProperty().get());
    }

    @Test
    void aSessionReopenedAfterItsPictureKeepsItsFilterWhileTheSliderMovesToTheStoresYears() {
        Exploration explored = new Exploration();
        explored.load(LoadedGraph.of(dataset.nodes(), dataset.links()));
        ExplorationSnapshot loaded = explored.snapshot();
        // As while the last session's picture shows: the pane has no years yet, its bounds are the defaults.
        FilterViewModel pane = new FilterViewModel(explored);
        // What the era slider does: a bound moved past a thumb drags it along, and the thumb writes its year back.
        pane.minYearProperty().addListener((obs, old, min) -> pane.fromYearProperty().set(Math.max(pane.fromYearProperty().get(), min.intValue())));
        pane.maxYearProperty().addListener((obs, old, max) -> pane.toYearProperty().set(Math.min(pane.toYearProperty().get(), max.intValue())));
        GraphFilter saved = new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1979));

        explored.storeChanges().reopen(LoadedGraph.of(dataset.nodes(), dataset.links()), dataset.sources(), new ExplorationSnapshot(
                loaded.sceneNodeIds(), loaded.sceneLinkIds(), loaded.positions(), loaded.pinned(), loaded.hidden(), saved,
                loaded.selection(), loaded.focus(), loaded.layoutMode(), loaded.notLoaded(), loaded.notes(),
                loaded.nodeEncoding(), loaded.eras()));

        assertThat(explored.filter()).as("the bounds moving is not the analyst's command").isEqualTo(saved);
        assertThat(pane.getChannelTypes()).containsExactly(ChannelType.BACK_CHANNEL);
        assertThat(pane.fromYearProperty().get()).isEqualTo(1969);
        assertThat(pane.toYearProperty().get()).isEqualTo(1979);
    }

    @Test
    void nodesAnImportBringsInWidenTheRangeToTheirYearsAndAnUnfilteredRangeFollows() {
        LoadedGraph whole = LoadedGraph.of(dataset.nodes(), dataset.links());
        int earliest = dataset.nodes().stream().flatMap(n -> whole.nodeYears(n.id()).stream()).mapToInt(YearRange::from).min().orElseThrow();
        Set<String> earlier = dataset.nodes().stream().filter(n -> whole.nodeYears(n.id()).map(y -> y.from() == earliest).orElse(false))
                .map(GraphNode::id).collect(Collectors.toSet());
        List<GraphNode> before = dataset.nodes().stream().filter(n -> !earlier.contains(n.id())).toList();
        Exploration explored = new Exploration();
        FilterViewModel slider = new FilterViewModel(explored);
        explored.load(LoadedGraph.of(before, dataset.links().stream()
                .filter(l -> !earlier.contains(l.fromId()) && !earlier.contains(l.toId())).toList()));
        assertThat(slider.minYearProperty().get()).as("nothing loaded is as early yet").isGreaterThan(earliest);

        explored.commands().showImported("Earlier contacts", new Subgraph(
                dataset.nodes().stream().filter(n -> earlier.contains(n.id())).toList(), dataset.links(), false, earlier.size()));

        assertThat(slider.minYearProperty().get()).isEqualTo(earliest);
        assertThat(slider.fromYearProperty().get()).isEqualTo(earliest);
        assertThat(explored.filter()).isEqualTo(GraphFilter.ALL);
    }

    @Test
    void aRemovedDatasetsChannelsLeaveTheCounts() {
        Exploration explored = new Exploration();
        FilterViewModel pane = new FilterViewModel(explored);
        explored.load(LoadedGraph.of(dataset.nodes(), dataset.links()));
        assertThat(pane.channelCountsProperty().get()).containsKey(ChannelType.BACK_CHANNEL);
        // What the store still holds once the dataset that gave the back channels is removed.
        List<GraphNode> kept = dataset.nodes().stream().filter(n -> n.channelType() != ChannelType.BACK_CHANNEL).toList();
        Set<String> keptIds = kept.stream().map(GraphNode::id).collect(Collectors.toSet());

        explored.storeChanges().forgetRemoved(new Subgraph(kept, dataset.links().stream()
                .filter(l -> keptIds.contains(l.fromId()) && keptIds.contains(l.toId())).toList(), false, kept.size()), true);

        assertThat(pane.channelCountsProperty().get()).isEqualTo(kept.stream().map(GraphNode::channelType).filter(Objects::nonNull)
                .collect(Collectors.toMap(Function.identity(), type -> 1, Integer::sum))).doesNotContainKey(ChannelType.BACK_CHANNEL);
    }

    @Test
    void aReImportThatChangesALoadedChannelsTypeMovesItsCount() {
        Exploration explored = new Exploration();
        FilterViewModel pane = new FilterViewModel(explored);
        explored.load(LoadedGraph.of(dataset.nodes(), dataset.links()));
        Map<ChannelType, Integer> before = Map.copyOf(pane.channelCountsProperty().get());
        GraphNode channel = dataset.nodes().stream().filter(n -> n.channelType() == ChannelType.BACK_CHANNEL).findFirst().orElseThrow();
        GraphNode revised = new GraphNode(channel.id(), channel.kind(), channel.name(), channel.aliases(), channel.category(),
                ChannelType.CIVIL_SOCIETY, channel.secrecy(), channel.description(), channel.span(), channel.certainty(), channel.citations());

        explored.commands().showImported("Revised", new Subgraph(List.of(revised), List.of(), false, 1));

        Map<ChannelType, Integer> after = pane.channelCountsProperty().get();
        assertThat(after.getOrDefault(ChannelType.BACK_CHANNEL, 0)).isEqualTo(before.get(ChannelType.BACK_CHANNEL) - 1);
        assertThat(after.getOrDefault(ChannelType.CIVIL_SOCIETY, 0)).isEqualTo(before.getOrDefault(ChannelType.CIVIL_SOCIETY, 0) + 1);
        assertThat(explored.graph().node(channel.id())).contains(revised);
    }

    @Test
    void channelCountsSayHowManyLoadedChannelsThereAreOfEachType() {
        Map<ChannelType, Integer> expected = dataset.nodes().stream().map(GraphNode::channelType).filter(Objects::nonNull)
                .collect(Collectors.toMap(Function.identity(), type -> 1, Integer::sum));

        assertThat(filters.channelCountsProperty().get()).isEqualTo(expected).containsEntry(ChannelType.BACK_CHANNEL, 3)
                .doesNotContainKey(ChannelType.CIVIL_SOCIETY);
    }

    @Test
    void everyTypeAndTheWholeRangeMeanNoFilterAtAll() {
        assertThat(filters.getChannelTypes()).containsExactlyInAnyOrder(ChannelType.values());
        assertThat(filters.filterProperty().get()).isEqualTo(GraphFilter.ALL);
        assertThat(filters.describe()).isEmpty();
    }

    @Test
    void uncheckingATypeRestrictsTheFilterToTheOthers() {
        filters.getChannelTypes().remove(ChannelType.INTELLIGENCE);

        GraphFilter filter = filters.filterProperty().get();
        assertThat(filter.restrictsChannelTypes()).isTrue();
        assertThat(filter.channelTypes()).hasSize(ChannelType.values().length - 1).doesNotContain(ChannelType.INTELLIGENCE);
        assertThat(filter.years()).isNull();
    }

    @Test
    void anEraPresetIsOneFilterChangeAndOneStepAndItsUndoShowsOnTheControls() {
        List<ExplorationEvent> events = new ArrayList<>();
        exploration.addListener(events::add);

        filters.applyEra(Eras.DEFAULTS.named("detente").orElseThrow());

        assertThat(events).filteredOn(e -> e.touches(Aspect.FILTER)).hasSize(1);
        assertThat(exploration.history().names()).containsExactly("filter 1969–1979");
        exploration.undo();
        assertThat(filters.filterProperty().get()).isEqualTo(GraphFilter.ALL);
        assertThat(filters.fromYearProperty().get()).isEqualTo(filters.minYearProperty().get());
        assertThat(filters.toYearProperty().get()).isEqualTo(filters.maxYearProperty().get());
    }

    @Test
    void eachTickOfThePlayButtonIsOneChangeAndTheWholeSweepOneStep() {
        filters.togglePlay();
        List<ExplorationEvent> events = new ArrayList<>();
        exploration.addListener(events::add);
        for (int i = 0; i < 5; i++) {
            filters.advance();
        }
        assertThat(events).filteredOn(e -> e.touches(Aspect.FILTER)).hasSize(5);
        assertThat(exploration.history().names()).containsExactly("play through the years");
    }

    @Test
    void anEraPresetSetsItsYearsAsTheRange() {
        filters.applyEra(Eras.DEFAULTS.named("detente").orElseThrow());

        assertThat(filters.fromYearProperty().get()).isEqualTo(1969);
        assertThat(filters.toYearProperty().get()).isEqualTo(1979);
        assertThat(filters.filterProperty().get()).isEqualTo(new GraphFilter(Set.of(), new YearRange(1969, 1979)));
    }

    @Test
    void anOpenEndedEraStopsAtTheLatestLoadedYear() {
        filters.applyEra(Eras.DEFAULTS.named("since-2014").orElseThrow());

        assertThat(filters.fromYearProperty().get()).isEqualTo(2014);
        assertThat(filters.toYearProperty().get()).isEqualTo(filters.maxYearProperty().get());
    }

    @Test
    void clearSelectsEveryTypeAndTheWholeRangeAgainAndStopsPlaying() {
        filters.getChannelTypes().retainAll(Set.of(ChannelType.BACK_CHANNEL));
        filters.applyEra(Eras.DEFAULTS.named("detente").orElseThrow());
        filters.playingProperty().set(true);

        filters.clear();

        assertThat(filters.getChannelTypes()).containsExactlyInAnyOrder(ChannelType.values());
        assertThat(filters.fromYearProperty().get()).isEqualTo(filters.minYearProperty().get());
        assertThat(filters.toYearProperty().get()).isEqualTo(filters.maxYearProperty().get());
        assertThat(filters.playingProperty().get()).isFalse();
        assertThat(filters.filterProperty().get()).isEqualTo(GraphFilter.ALL);
    }

    @Test
    void advanceMovesTheWindowOneYearLaterKeepingItsWidth() {
        filters.fromYearProperty().set(1970);
        filters.toYearProperty().set(1980);

        filters.advance();

        assertThat(filters.fromYearProperty().get()).isEqualTo(1971);
        assertThat(filters.toYearProperty().get()).isEqualTo(1981);
        assertThat(filters.filterProperty().get().years()).isEqualTo(new YearRange(1971, 1981));
    }

    @Test
    void advanceStopsPlayingOnceTheWindowReachesTheEnd() {
        int max = filters.maxYearProperty().get();
        filters.fromYearProperty().set(max - 5);
        filters.toYearProperty().set(max - 1);
        filters.playingProperty().set(true);

        filters.advance();
        assertThat(filters.toYearProperty().get()).isEqualTo(max);
        assertThat(filters.playingProperty().get()).isTrue();

        filters.advance();
        assertThat(filters.fromYearProperty().get()).isEqualTo(max - 4);
        assertThat(filters.toYearProperty().get()).isEqualTo(max);
        assertThat(filters.playingProperty().get()).isFalse();
    }

    @Test
    void playingFromTheEndRestartsWithATenYearWindowAtTheStart() {
        filters.togglePlay();

        assertThat(filters.playingProperty().get()).isTrue();
        assertThat(filters.fromYearProperty().get()).isEqualTo(1962);
        assertThat(filters.toYearProperty().get()).isEqualTo(1972);
    }

    @Test
    void playingFromTheMiddleKeepsTheChosenWindowAndToggleAgainPauses() {
        filters.applyEra(Eras.DEFAULTS.named("detente").orElseThrow());

        filters.togglePlay();
        assertThat(filters.playingProperty().get()).isTrue();
        assertThat(filters.filterProperty().get().years()).isEqualTo(new YearRange(1969, 1979));

        filters.togglePlay();
        assertThat(filters.playingProperty().get()).isFalse();
        assertThat(filters.filterProperty().get().years()).isEqualTo(new YearRange(1969, 1979));
    }

    @Test
    void describeNamesTheChosenTypesInVocabularyOrderAndTheYears() {
        filters.getChannelTypes().retainAll(EnumSet.of(ChannelType.INTELLIGENCE, ChannelType.BACK_CHANNEL));
        filters.applyEra(Eras.DEFAULTS.named("detente").orElseThrow());

        assertThat(filters.describe()).isEqualTo("Back channel, Intelligence; 1969–1979");
    }

    @Test
    void describeShowsOnlyTheYearsWhenEveryTypeIsChosen() {
        filters.applyEra(Eras.DEFAULTS.named("detente").orElseThrow());

        assertThat(filters.describe()).isEqualTo("1969–1979");
    }

    @Test
    void theLastSelectedChannelTypeCannotBeUnchecked() {
        filters.getChannelTypes().retainAll(java.util.Set.of(org.backchannel.model.ChannelType.BACK_CHANNEL));
        filters.getChannelTypes().remove(org.backchannel.model.ChannelType.BACK_CHANNEL);
        assertThat(filters.getChannelTypes()).containsExactly(org.backchannel.model.ChannelType.BACK_CHANNEL);
        assertThat(filters.filterProperty().get().channelTypes()).containsExactly(org.backchannel.model.ChannelType.BACK_CHANNEL);
    }

    @Test
    void anEraNothingLoadedFallsInIsNotOfferedAndCannotTurnTheFilterOff() {
        org.backchannel.model.Dataset recent = dataset;
        LoadedGraph lateOnly = LoadedGraph.of(recent.nodes().stream()
                .filter(n -> n.span().start() != null && n.span().start().year() >= 2021 && n.span().end() != null).toList(), java.util.List.of());
        FilterViewModel late = new FilterViewModel(new Exploration());
        late.adaptTo(lateOnly);
        assertThat(late.availableErasProperty().get()).containsExactly(Eras.DEFAULTS.named("since-2014").orElseThrow());
        late.applyEra(Eras.DEFAULTS.named("detente").orElseThrow());
        assertThat(late.fromYearProperty().get()).isLessThanOrEqualTo(late.toYearProperty().get());
        assertThat(late.filterProperty().get()).isEqualTo(org.backchannel.store.GraphFilter.ALL);
    }

    @Test
    void aStoreWithoutDatesHasTheEraFilterOffWithTheReasonUntilItIsWithdrawn() {
        assertThat(filters.applies().erasApplyProperty().get()).isTrue();

        filters.applies().explainUndated("The era filter is off: the perspective names no date property for this store");

        assertThat(filters.applies().erasApplyProperty().get()).isFalse();
        assertThat(filters.applies().undatedReasonProperty().get()).contains("no date property");

        filters.applies().explainUndated("");

        assertThat(filters.applies().erasApplyProperty().get()).isTrue();
    }
}
