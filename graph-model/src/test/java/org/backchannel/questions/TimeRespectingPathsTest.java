package org.backchannel.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.questions.SmallGraphs.actor;
import static org.backchannel.questions.SmallGraphs.event;
import static org.backchannel.questions.SmallGraphs.link;
import static org.backchannel.questions.SmallGraphs.spoke;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.YearRange;
import org.backchannel.questions.TimeRespectingPaths.Goal;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;

class TimeRespectingPathsTest {

    private static final List<GraphNode> PEOPLE = List.of(actor("a"), actor("b"), actor("c"), actor("d"));

    @Test
    void aStepThatCertainlyCameBeforeTheOneBeforeItBreaksThePath() {
        LoadedGraph graph = LoadedGraph.of(PEOPLE, List.of(
                spoke("ab", "a", "b", null, "1972", "1972"),
                spoke("bc", "b", "c", null, "1970", "1970")));
        assertThat(TimeRespectingPaths.find(graph, GraphFilter.ALL, "a", "c", Goal.EARLIEST_ARRIVAL, 5)).isEmpty();
        assertThat(TimeRespectingPaths.find(graph, GraphFilter.ALL, "c", "a", Goal.EARLIEST_ARRIVAL, 5)).isPresent();
    }

    @Test
    void aYearAndAMonthOfItOverlapSoTheStepMayFollowAndIsMarkedUncertain() {
        LoadedGraph graph = LoadedGraph.of(PEOPLE, List.of(
                spoke("ab", "a", "b", null, "1970-10", "1970-10"),
                spoke("bc", "b", "c", null, "1970", "1970")));
        TimedPath path = TimeRespectingPaths.find(graph, GraphFilter.ALL, "a", "c", Goal.EARLIEST_ARRIVAL, 5).orElseThrow();
        assertThat(path.steps()).extracting(s -> s.link().id()).containsExactly("ab", "bc");
        assertThat(path.steps().get(0).orderUncertain()).isFalse();
        assertThat(path.steps().get(1).orderUncertain()).isTrue();
        assertThat(path.earliestArrival()).isEqualTo(LocalDate.of(1970, 10, 1));
    }

    @Test
    void aLaterDayCertainlyFollowsAndIsNotMarked() {
        LoadedGraph graph = LoadedGraph.of(PEOPLE, List.of(
                spoke("ab", "a", "b", null, "2021-11", "2021-11"),
                spoke("bc", "b", "c", null, "2021-12-02", "2021-12-02")));
        TimedPath path = TimeRespectingPaths.find(graph, GraphFilter.ALL, "a", "c", Goal.FEWEST_HOPS, 5).orElseThrow();
        assertThat(path.orderUncertain()).isFalse();
        assertThat(path.earliestArrival()).isEqualTo(LocalDate.of(2021, 12, 2));
    }

    @Test
    void earliestArrivalTakesTheLongerWayWhenItArrivesSoonerAndFewestHopsTheShorter() {
        LoadedGraph graph = LoadedGraph.of(PEOPLE, List.of(
                spoke("ad", "a", "d", null, "1990", "1990"),
                spoke("ab", "a", "b", null, "1980", "1980"),
                spoke("bc", "b", "c", null, "1981", "1981"),
                spoke("cd", "c", "d", null, "1982", "1982")));
        TimedPath early = TimeRespectingPaths.find(graph, GraphFilter.ALL, "a", "d", Goal.EARLIEST_ARRIVAL, 5).orElseThrow();
        TimedPath short_ = TimeRespectingPaths.find(graph, GraphFilter.ALL, "a", "d", Goal.FEWEST_HOPS, 5).orElseThrow();
        assertThat(early.steps()).extracting(s -> s.link().id()).containsExactly("ab", "bc", "cd");
        assertThat(early.earliestArrival()).isEqualTo(LocalDate.of(1982, 1, 1));
        assertThat(short_.steps()).extracting(s -> s.link().id()).containsExactly("ad");
        assertThat(TimeRespectingPaths.find(graph, GraphFilter.ALL, "a", "d", Goal.EARLIEST_ARRIVAL, 2).orElseThrow()
                .steps()).extracting(s -> s.link().id()).containsExactly("ad");
    }

    @Test
    void tiesGoToTheLinkLoadedFirstEveryTime() {
        LoadedGraph graph = LoadedGraph.of(PEOPLE, List.of(
                spoke("ab", "a", "b", null, "2000", "2000"),
                spoke("ac", "a", "c", null, "2000", "2000"),
                spoke("bd", "b", "d", null, "2001", "2001"),
                spoke("cd", "c", "d", null, "2001", "2001")));
        for (int run = 0; run < 3; run++) {
            assertThat(TimeRespectingPaths.find(graph, GraphFilter.ALL, "a", "d", Goal.EARLIEST_ARRIVAL, 5).orElseThrow()
                    .steps()).extracting(s -> s.link().id()).containsExactly("ab", "bd");
        }
    }

    @Test
    void takingPartInTheSameDatedEventCarriesTheMessageAndUndatedExchangesDoNot() {
        LoadedGraph graph = LoadedGraph.of(List.of(actor("a"), actor("b"), actor("c"), event("summit", "1985-11", "1985-11")),
                List.of(spoke("ab-undated", "a", "b", null, null, null),
                        link("a-summit", LinkType.TOOK_PART_IN, "a", "summit"),
                        link("b-summit", LinkType.TOOK_PART_IN, "b", "summit")));
        TimedPath path = TimeRespectingPaths.find(graph, GraphFilter.ALL, "a", "b", Goal.FEWEST_HOPS, 5).orElseThrow();
        assertThat(path.steps()).extracting(s -> s.to().id()).containsExactly("summit", "b");
        assertThat(path.steps().get(1).orderUncertain()).isTrue();
    }

    @Test
    void theEraFilterKeepsOnlyStepsOfTheEra() {
        LoadedGraph graph = LoadedGraph.of(PEOPLE, List.of(
                spoke("ab", "a", "b", null, "1970", "1970"),
                spoke("bc", "b", "c", null, "1990", "1990")));
        GraphFilter seventies = new GraphFilter(Set.of(), new YearRange(1969, 1979));
        assertThat(TimeRespectingPaths.find(graph, seventies, "a", "c", Goal.EARLIEST_ARRIVAL, 5)).isEmpty();
        assertThat(TimeRespectingPaths.find(graph, GraphFilter.ALL, "a", "c", Goal.EARLIEST_ARRIVAL, 5)).isPresent();
    }
}
