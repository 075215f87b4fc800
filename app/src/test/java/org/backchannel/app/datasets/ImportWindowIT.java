package org.backchannel.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import javafx.event.Event;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.backchannel.app.MainWindow;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.dataset.Sheet;
import org.backchannel.dataset.SheetReader;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.DatasetInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing from the window, on Monocle with an embedded Neo4j that holds a small dataset of its
 * own: the bundled example sheet goes through the mapping dialog and its nodes join the scene; a
 * bad sheet shows its problems with their places and changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportWindowIT extends FxRobot {

    private static final String NOTES = """
            {"format": "backchannel-dataset/2", "id": "ann-notes", "title": "Ann's interview notes",
             "sources": [{"id": "ann-interview", "kind": "common-knowledge", "title": "Interview with Ann, 2026"}],
             "nodes": [
               {"id": "ann-archer", "kind": "actor", "category": "person", "name": "Ann Archer",
                "citations": [{"source": "ann-interview", "quote": "I carried the letters."}]},
               {"id": "ann-letters", "kind": "channel", "channelType": "back-channel", "secrecy": "secret", "name": "Ann's letters",
                "citations": [{"source": "ann-interview", "quote": "I carried the letters."}]},
               {"id": "henry-kissinger", "kind": "actor", "category": "person", "name": "Henry Kissinger",
                "citations": [{"source": "ann-interview", "quote": "Kissinger asked me to go."}]}],
             "links": [
               {"id": "ann-kissinger", "type": "spoke-with", "from": "ann-archer", "to": "henry-kissinger", "channel": "ann-letters",
                "date": "1971", "citations": [{"source": "ann-interview", "quote": "We spoke in 1971."}]}]}
            """;

    @TempDir
    static Path home;

    private static MainWindow window;
    private static Stage stage;

    @BeforeAll
    static void openTheWindowOnAStoreHoldingAnnsNotes() throws Exception {
        Path notesFile = home.resolve("notes.json");
        Files.writeString(notesFile, NOTES);
        Dataset notes = new DatasetReader().read(notesFile);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, () -> {
                ConnectedStore store = ConnectedStore.embedded(home.resolve("neo4j"));
                // Not empty, so the window does not seed it with the article: the example sheet's nodes are new to it.
                store.store().importDataset(notes);
                return store;
            }, home);
            stage.show();
            window.open();
        });
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> window.explorer().graphProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(window::close);
        }
        // The bad sheet's mapping dialog stays open, as it should; a window left showing would take the keys of later tests.
        FxToolkit.cleanupStages();
    }

    @Test
    @Order(1)
    void theExampleSheetGoesThroughTheMappingDialogAndItsNodesJoinTheScene() throws Exception {
        Path sheet = ExampleSheet.copyTo(Files.createDirectories(home.resolve("example")));
        Dataset expected = new SheetReader().read(sheet, sheet.resolveSibling(ExampleSheet.MAPPING));
        List<String> ids = expected.nodes().stream().map(GraphNode::id).toList();
        assertThat(ids).anyMatch(id -> !window.panes().exploration().inScene(id));

        interact(() -> window.imports().open(sheet));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !lookup("#import-sheet").queryAs(Button.class).isDisabled());
        assertThat(lookup("#sheet-preview").<List<String>>queryTableView().getItems())
                .hasSize(Math.min(MappingViewModel.PREVIEW_ROWS, Sheet.read(sheet).rowCount()));
        clickOn("#import-sheet");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.importer().succeededProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ids).allMatch(window.panes().exploration()::inScene);
        assertThat(window.explorer().visibleProperty().get().nodeIds()).containsAll(ids);
        assertThat(window.panes().exploration().history().undoName()).contains("show the imported \u201c" + expected.title() + "\u201d");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.datasets().getDatasets().size() == 2);
        clickOn("Datasets");
        TableView<DatasetInfo> datasets = lookup("#datasets").queryTableView();
        assertThat(datasets.getItems()).extracting(DatasetInfo::id).contains("ann-notes", expected.id());
    }

    @Test
    @Order(2)
    void aBadSheetDroppedOntoTheWindowShowsItsProblemsWithTheirPlacesAndChangesNothing() throws Exception {
        Path folder = Files.createDirectories(home.resolve("bad"));
        Path example = ExampleSheet.copyTo(folder);
        Path sheet = folder.resolve("bad-exchanges.csv");
        List<String> lines = Files.readAllLines(example);
        Files.write(sheet, List.of(lines.get(0), lines.get(1).replace(",back-channel,", ",carrier-pigeon,")));
        Files.copy(folder.resolve(ExampleSheet.MAPPING), folder.resolve("bad-exchanges.mapping.json"));
        int stepsBefore = window.panes().exploration().history().size();
        int nodesBefore = window.explorer().graphProperty().get().nodeCount();
        String digestBefore = window.explorer().store().contentDigest();

        // A sheet dropped goes through the mapping dialog as one opened from the menu (see drop for how it is dropped).
        drop(sheet);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#import-problems").queryTableView().getItems().size() > 0);

        List<ProblemRow> problems = lookup("#import-problems").<ProblemRow>queryTableView().getItems();
        int column = List.of(lines.get(0).split(",")).indexOf("Channel type") + 1;
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.place()).isEqualTo(sheet + ":2:" + column);
            assertThat(p.where()).contains("row 2", "\"Channel type\"");
            assertThat(p.message()).contains("carrier-pigeon");
        });
        assertThat(lookup("#import-sheet").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(window.panes().exploration().history().size()).isEqualTo(stepsBefore);
        assertThat(window.explorer().graphProperty().get().nodeCount()).isEqualTo(nodesBefore);
        assertThat(window.explorer().store().contentDigest()).isEqualTo(digestBefore);
    }

    /**
     * Drag and drop is not driven here through the mouse: Monocle's headless glass has no drag source outside
     * the application to drop a file from. The window's own drop handler is given a real drop event instead,
     * fired at its scene through the public {@link Event#fireEvent}, whose dragboard (made by JavaFX's own
     * helper over a local clipboard, as the toolkit makes one for a drop) holds the file as a file manager puts it.
     */
    @Test
    @Order(3)
    void aDatasetFileDroppedOntoTheWindowIsImportedAndItsNodesJoinTheScene() throws Exception {
        Path file = home.resolve("dropped-notes.json");
        Files.writeString(file, NOTES.replace("ann-", "bea-").replace("Ann", "Bea"));
        Dataset dropped = new DatasetReader().read(file);

        drop(file);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.importer().succeededProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dropped.nodes()).extracting(GraphNode::id).allMatch(window.panes().exploration()::inScene);
        assertThat(window.panes().exploration().history().undoName()).contains("show the imported \u201c" + dropped.title() + "\u201d");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.datasets().getDatasets().stream()
                .anyMatch(d -> d.id().equals(dropped.id())));
    }

    /** Drops a file onto the window's scene, as a file manager does (see the test above for why not through the mouse). */
    private void drop(Path file) {
        ClipboardContent content = new ClipboardContent();
        content.putFiles(List.of(file.toFile()));
        interact(() -> {
            // A clipboard is made on the FX thread only.
            Dragboard dragboard = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
            dragboard.setContent(content);
            Event.fireEvent(stage.getScene(), new DragEvent(DragEvent.DRAG_DROPPED, dragboard, 400, 300, 400, 300,
                    TransferMode.COPY, null, stage.getScene(), null));
        });
    }
}
