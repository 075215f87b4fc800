package org.backchannel.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.render.Annotation;
import org.backchannel.session.Note;
import org.junit.jupiter.api.Test;

class NoteAnnotationsTest {

    @Test
    void notesOnWhatTheFigureShowsAreNumberedInOrderThenTheSessionsAndOthersAreLeftOut() throws Exception {
        Dataset dataset = BundledDataset.load();
        LoadedGraph graph = LoadedGraph.of(dataset.nodes(), dataset.links());
        GraphLink link = dataset.links().get(0);
        GraphNode from = graph.node(link.fromId()).orElseThrow();
        GraphNode elsewhere = dataset.nodes().stream().filter(n -> !n.id().equals(link.fromId()) && !n.id().equals(link.toId()))
                .findFirst().orElseThrow();
        List<Note> notes = List.of(Note.onSession("Why  then?", Instant.EPOCH), Note.onNode(from.id(), "first\nline", Instant.EPOCH),
                Note.onNode(elsewhere.id(), "not shown", Instant.EPOCH), Note.onLink(link.id(), "the link", Instant.EPOCH));

        List<Annotation> annotations = NoteAnnotations.of(notes, graph, Set.of(link.fromId(), link.toId()), Set.of(link.id()));

        assertThat(annotations).extracting(Annotation::number).containsExactly(1, 2, 3);
        assertThat(annotations.get(0).text()).isEqualTo(from.name() + ": first line");
        assertThat(annotations.get(1).targetId()).isEqualTo(link.id());
        assertThat(annotations.get(2).text()).isEqualTo("Why then?");
        assertThat(annotations.get(2).targetId()).isNull();
    }
}
