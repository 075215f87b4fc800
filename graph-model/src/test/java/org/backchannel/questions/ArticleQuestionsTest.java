package org.backchannel.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.questions.TimeRespectingPaths.Goal;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

/** The facts the article states, asked of the bundled dataset as the questions would ask a scene of it. */
class ArticleQuestionsTest {

    private static final Dataset ARTICLE = TestDatasets.bundled();
    private static final LoadedGraph GRAPH = LoadedGraph.of(ARTICLE.nodes(), ARTICLE.links());

    @Test
    void bidensMessageReachesPutinThroughBurnssNovember2021Visit() {
        TimedPath path = TimeRespectingPaths.find(GRAPH, GraphFilter.ALL, "joe-biden", "vladimir-putin",
                Goal.EARLIEST_ARRIVAL, 10).orElseThrow();
        assertThat(path.steps()).extracting(s -> s.to().id()).containsExactly("william-burns", "vladimir-putin");
        TimedStep visit = path.steps().get(1);
        assertThat(visit.link().span().toString()).startsWith("2021-11");
        assertThat(visit.link().citations()).extracting(Citation::quote)
                .anySatisfy(q -> assertThat(q).contains("visited Moscow on 2–3 November 2021"));
        assertThat(visit.orderUncertain()).as("both exchanges are dated only to November 2021").isTrue();
    }
}
