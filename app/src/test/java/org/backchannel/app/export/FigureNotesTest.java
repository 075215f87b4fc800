package org.backchannel.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.graph.SceneBuilder;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Source;
import org.backchannel.render.Annotation;
import org.backchannel.render.GraphScene;
import org.backchannel.session.Note;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FigureNotesTest {

    private static Dataset dataset;
    private static LoadedGraph graph;
    private static Map<String, Source> sources;
    private static GraphScene scene;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = BundledDataset.load();
        graph = LoadedGraph.of(dataset.nodes(), dataset.links());
        sources = dataset.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Map<String, double[]> positions = new HashMap<>();
        graph.nodes().forEach(n -> positions.put(n.id(), new double[] {0, 0}));
        scene = SceneBuilder.build(graph, VisibleGraph.of(graph, GraphFilter.ALL), positions, Set.of(), Set.of(), Set.of());
    }

    private static List<GraphLink> exchangesByDate() {
        return dataset.links().stream().filter(l -> l.type() == LinkType.SPOKE_WITH)
                .sorted(Comparator.comparing((GraphLink l) -> l.span().start() != null ? l.span().start() : l.span().end(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(GraphLink::id))
                .toList();
    }

    @Test
    void everyExchangeShownIsNumberedByDateWithItsChannelAndFirstQuoteAndItsSource() {
        List<Annotation> notes = FigureNotes.of(scene, graph, List.of(), GraphLink::citations, sources);

        List<GraphLink> exchanges = exchangesByDate();
        assertThat(notes).extracting(Annotation::targetId).containsExactlyElementsOf(exchanges.stream().map(GraphLink::id).toList());
        GraphLink first = exchanges.get(0);
        GraphNode channel = graph.node(first.channelId()).orElseThrow();
        assertThat(notes.get(0).number()).isEqualTo(1);
        assertThat(notes.get(0).text()).startsWith(first.span() + " · " + channel.name() + " · ")
                .contains(" → ", "“" + first.citations().get(0).quote().replaceAll("\\s+", " ").strip() + "”",
                        "(" + FigureNotes.shortReference(sources.get(first.citations().get(0).sourceId()), "") + ")");
        Source cited = sources.get(first.citations().get(0).sourceId());
        if (cited.author() != null) {
            assertThat(FigureNotes.shortReference(cited, "")).startsWith(cited.author().substring(cited.author().lastIndexOf(' ') + 1));
        }
    }

    @Test
    void theAnalystsNotesFollowMarkedAsTheirsAndANoteOnAnExchangeJoinsItsEntry() {
        GraphLink exchange = exchangesByDate().get(0);
        GraphNode someone = graph.node(exchange.fromId()).orElseThrow();
        List<Note> analyst = List.of(Note.onSession("Why  then?", Instant.EPOCH), Note.onNode(someone.id(), "first\nline", Instant.EPOCH),
                Note.onLink(exchange.id(), "check the memoir", Instant.EPOCH), Note.onNode("not-in-the-figure", "gone", Instant.EPOCH));
        int exchanges = exchangesByDate().size();

        List<Annotation> notes = FigureNotes.of(scene, graph, analyst, GraphLink::citations, sources);

        assertThat(notes).hasSize(exchanges + 2);
        assertThat(notes.get(0).text()).endsWith(" Analyst's note: check the memoir");
        assertThat(notes.get(exchanges).text()).isEqualTo("Analyst's note on " + someone.name() + ": first line");
        assertThat(notes.get(exchanges + 1)).extracting(Annotation::number, Annotation::targetId, Annotation::text)
                .containsExactly(exchanges + 2, null, "Analyst's note on the figure: Why then?");
    }

    @Test
    void anExchangeWithoutEvidenceSaysSoRatherThanInventingAQuote() {
        GraphLink exchange = exchangesByDate().get(0);

        String text = FigureNotes.exchangeText(exchange, graph, List.of(), sources);

        assertThat(text).endsWith(": no quote recorded.");
    }
}
