package org.backchannel.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphStore;
import org.backchannel.store.ImportRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing from the window without a toolkit: what joins the scene, as one step; what a refusal lists; what a guest is asked. */
class ImportViewModelTest {

    private static final String NOTES = """
            {"format": "backchannel-dataset/2", "id": "ann-notes", "title": "Ann's interview notes",
             "sources": [{"id": "ann-interview", "kind": "common-knowledge", "title": "Interview with Ann, 2026"}],
             "nodes": [
               {"id": "ann-archer", "kind": "actor", "category": "person", "name": "Ann Archer",
                "citations": [{"source": "ann-interview", "quote": "I carried the letters."}]},
               {"id": "henry-kissinger", "kind": "actor", "category": "person", "name": "Henry Kissinger",
                "citations": [{"source": "ann-interview", "quote": "Kissinger asked me to go."}]},
               {"id": "ann-letters", "kind": "channel", "channelType": "back-channel", "secrecy": "secret", "name": "Ann's letters",
                "citations": [{"source": "ann-interview", "quote": "I carried the letters."}]}],
             "links": [
               {"id": "ann-kissinger", "type": "spoke-with", "from": "ann-archer", "to": "henry-kissinger", "channel": "ann-letters",
                "date": "1971",
                "citations": [{"source": "ann-interview", "quote": "We spoke in 1971."}]}]}
            """;

    @TempDir
    Path dir;

    private final SameThreadTasks tasks = new SameThreadTasks();
    private final Exploration exploration = new Exploration();
    private TwoDatasetStore store;
    private boolean own = true;
    private int storeChanges;
    private ImportViewModel importer;

    @BeforeEach
    void showTheArticle() throws Exception {
        Dataset article = BundledDataset.load();
        store = new TwoDatasetStore(article);
        exploration.load(LoadedGraph.of(article.nodes(), article.links()).indexed(), article.sources());
        importer = new ImportViewModel(exploration, tasks, () -> target(store), () -> storeChanges++);
    }

    private ImportTarget target(GraphStore graphStore) {
        return new ImportTarget() {
            @Override
            public GraphStore store() {
                return graphStore;
            }

            @Override
            public boolean ownStore() {
                return own;
            }

            @Override
            public String describe() {
                return own ? "the embedded store" : "Neo4j at bolt://guest.example:7687";
            }
        };
    }

    private Path notes(String json) throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aDatasetFileJoinsTheSceneAsOneStepThatUndoTakesOutAgain() throws Exception {
        Path file = notes(NOTES);
        Dataset notes = new DatasetReader().read(file);
        Set<String> newIds = notes.nodes().stream().map(GraphNode::id).filter(id -> !exploration.inScene(id)).collect(Collectors.toSet());

        importer.importFile(file);
        tasks.runScheduled();

        assertThat(importer.succeededProperty().get()).isTrue();
        assertThat(importer.getProblems()).isEmpty();
        assertThat(newIds).isNotEmpty().allMatch(exploration::inScene);
        assertThat(exploration.selection()).as("selected, to be seen").isEqualTo(newIds);
        assertThat(exploration.history().undoName()).contains("show the imported \u201c" + notes.title() + "\u201d");
        assertThat(exploration.sources()).extracting(s -> s.id()).contains(notes.sources().get(0).id());
        assertThat(importer.messageProperty().get()).contains(newIds.size() + " nodes new to the scene");
        assertThat(storeChanges).isEqualTo(1);

        exploration.undo();
        assertThat(newIds).noneMatch(exploration::inScene);
        assertThat(exploration.inScene("henry-kissinger")).as("already in the scene before the import").isTrue();
    }

    @Test
    void aBadFileListsItsProblemsWithTheirPlacesAndNeverReachesTheStore() throws Exception {
        Path file = notes(NOTES.replace("\"date\": \"1971\"", "\"date\": \"1971-13\""));
        int stepsBefore = exploration.history().size();

        importer.importFile(file);

        assertThat(importer.succeededProperty().get()).isFalse();
        assertThat(importer.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.place()).startsWith(file + ":");
            assertThat(p.where()).contains("/links/0/date");
        });
        assertThat(importer.messageProperty().get()).contains("the store is unchanged");
        assertThat(store.imports()).isZero();
        assertThat(exploration.history().size()).isEqualTo(stepsBefore);
    }

    @Test
    void aStoreRefusalListsEachConflictAndChangesNothingInTheScene() throws Exception {
        store.refuseWith(new ImportRefusedException("Dataset ann-notes was not imported; the store is unchanged.",
                List.of("notes.json:5:16 gives henry-kissinger the name \"H. Kissinger\"; back-channel-to-moscow.json:12:9 says \"Henry Kissinger\"")));

        importer.importFile(notes(NOTES));

        assertThat(importer.getProblems()).extracting(ProblemRow::message).singleElement().asString()
                .contains("notes.json:5:16", "back-channel-to-moscow.json:12:9");
        assertThat(exploration.inScene("ann-archer")).isFalse();
        assertThat(storeChanges).isZero();
    }

    @Test
    void onlyAGuestsStoreIsAskedAboutFirstNamingWhoseItIs() {
        assertThat(importer.confirmation("notes.json")).isEmpty();

        own = false;

        assertThat(importer.confirmation("notes.json")).get().asString()
                .contains("notes.json", "bolt://guest.example:7687", "not Backchannel's own store");
    }
}
