package org.backchannel.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.backchannel.app.MainWindow;
import org.backchannel.app.testing.EmbeddedWindow;
import org.backchannel.app.graph.GraphCanvas;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.model.Eras;
import org.backchannel.model.YearRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Undo and redo in the real window, on Monocle with an embedded Neo4j: the keys, the Edit menu
 * whose items name the step, the history list and the node menu. Each test starts from the
 * opened store's overview, which going back to the first row of the history gives.
 */
class UndoIT extends FxRobot {

    private static final String KISSINGER = "henry-kissinger";
    private static final String DOBRYNIN = "anatoly-dobrynin";

    @TempDir
    static Path home;

    private static MainWindow window;

    @BeforeAll
    static void openTheWindow() throws Exception {
        window = EmbeddedWindow.open(home, Duration.ofSeconds(120));
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        EmbeddedWindow.close(window);
    }

    @BeforeEach
    void backToTheOverview() throws Exception {
        interact(() -> {
            exploration().goTo(0);
            exploration().clearSelection();
        });
        waitUntil(() -> canvas().settled());
    }

    @Test
    void hidingIsUndoneWithCtrlZRedoneWithCtrlShiftZAndTheHiddenButtonBringsItBack() throws Exception {
        clickOnNode(DOBRYNIN);
        waitUntil(() -> exploration().selection().contains(DOBRYNIN));

        type(KeyCode.H);
        waitUntil(() -> exploration().hidden().contains(DOBRYNIN));
        assertThat(exploration().visible().nodeIds()).doesNotContain(DOBRYNIN);
        assertThat(exploration().highlights().of(HighlightSource.HOVER)).as("no highlight left around the hidden node").isEmpty();
        assertThat(lookup("#hidden-nodes").queryAs(MenuButton.class).getText()).isEqualTo("hidden: 1");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> exploration().hidden().isEmpty());
        assertThat(exploration().visible().nodeIds()).contains(DOBRYNIN);

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> exploration().hidden().contains(DOBRYNIN));

        clickOn("#hidden-nodes");
        clickOn("Show all");
        waitUntil(() -> exploration().hidden().isEmpty());
        assertThat(window.panes().edit().undoTextProperty().get()).isEqualTo("Undo show Anatoly Dobrynin again");
    }

    @Test
    void anExpansionIsUndoneFromTheEditMenuToTheSamePositionsAndRedoneWithCtrlY() throws Exception {
        clickOnNode(DOBRYNIN);
        type(KeyCode.DELETE);
        waitUntil(() -> !exploration().inScene(DOBRYNIN));
        waitUntil(() -> canvas().settled());
        ExplorationSnapshot beforeExpanding = exploration().snapshot();

        doubleClickOn(screenPoint(KISSINGER));
        waitUntil(() -> exploration().inScene(DOBRYNIN));
        assertThat(window.panes().edit().undoTextProperty().get()).isEqualTo("Undo expand Henry Kissinger");

        clickOn("#edit-menu");
        clickOn("Undo expand Henry Kissinger");
        waitUntil(() -> !exploration().inScene(DOBRYNIN));
        ExplorationSnapshot undone = exploration().snapshot();
        assertThat(undone.sceneNodeIds()).isEqualTo(beforeExpanding.sceneNodeIds());
        assertThat(undone.sceneLinkIds()).isEqualTo(beforeExpanding.sceneLinkIds());
        assertThat(undone.positions()).as("undo puts every node back where it was").isEqualTo(beforeExpanding.positions());

        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> exploration().inScene(DOBRYNIN));
    }

    @Test
    void theNodeMenuHidesALayoutRunIsAStepAndTheHistoryListGoesBackToTheStart() throws Exception {
        rightClickOn(screenPoint(KISSINGER));
        clickOn("Hide");
        waitUntil(() -> exploration().hidden().contains(KISSINGER));
        clickOn("#run-layout");
        waitUntil(() -> exploration().history().undoName().orElse("").equals("run the layout"));

        clickOn("History");
        clickOn(EditViewModel.START);
        waitUntil(() -> exploration().history().position() == 0);
        assertThat(exploration().hidden()).isEmpty();
        assertThat(window.panes().edit().redoTextProperty().get()).isEqualTo("Redo hide Henry Kissinger");
    }

    @Test
    void anEraAddedInTheDialogIsOfferedByTheFilterPaneFiltersTheGraphAndIsUndoneLikeAnyStep() throws Exception {
        clickOn("#edit-eras");
        clickOn("#era-name").write("Nixon years");
        clickOn("#era-from").write("1969");
        clickOn("#era-to").write("1974");
        clickOn("#era-add");
        waitUntil(() -> exploration().eras().named("Nixon years").isPresent());
        clickOn("Close");
        waitUntil(() -> lookup("#era-add").tryQuery().isEmpty());

        clickOn("#era-nixon-years");
        waitUntil(() -> new YearRange(1969, 1974).equals(exploration().filter().years()));
        assertThat(lookup("#year-range").queryLabeled().getText()).isEqualTo("1969 – 1974");
        assertThat(exploration().visible().nodeIds()).as("what the era leaves out is not drawn")
                .hasSizeLessThan(exploration().snapshot().sceneNodeIds().size());

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> exploration().filter().years() == null);
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> lookup("#era-nixon-years").tryQuery().isEmpty());
        assertThat(exploration().eras()).isEqualTo(Eras.DEFAULTS);
    }

    private static Exploration exploration() {
        return window.panes().exploration();
    }

    private static GraphCanvas canvas() {
        return window.view().canvas();
    }

    private void clickOnNode(String id) throws Exception {
        clickOn(screenPoint(id));
    }

    private Point2D screenPoint(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().localToScreen(canvas().screenPointOf(id))).get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
