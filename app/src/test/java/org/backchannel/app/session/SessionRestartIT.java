package org.backchannel.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backchannel.app.MainWindow;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.exploration.Point;
import org.backchannel.model.ChannelType;
import org.backchannel.session.Note;
import org.backchannel.session.Session;
import org.backchannel.session.SessionFiles;
import org.backchannel.session.SessionFilter;
import org.backchannel.session.SessionLayout;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.ConnectedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window and opening it again on the same home, on Monocle with an embedded Neo4j: the
 * saved picture is drawn and marked before the store answers, then the same scene comes back where it
 * was, with the analyst's note under the evidence; a session of another store opens with a warning.
 */
class SessionRestartIT extends FxRobot {

    private static final String KISSINGER = "henry-kissinger";
    private static final String DOBRYNIN = "anatoly-dobrynin";
    /** The file keeps positions to a hundredth of a world unit. */
    private static final double TOLERANCE = 0.01;

    /** One store for the class: no test changes its data, and creating and seeding one costs a minute on a loaded machine. */
    @TempDir
    static Path storeHome;

    /** Each test's own home for its sessions, so that one test's last session never opens in another. */
    @TempDir
    Path home;

    private MainWindow window;

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(window::close);
        }
    }

    @Test
    void theSameHomeReopensTheSameSceneAndNotes() throws Exception {
        openTheWindow();
        clickOn(screenPoint(DOBRYNIN));
        waitUntil(() -> exploration().selection().contains(DOBRYNIN));
        type(KeyCode.H);
        waitUntil(() -> exploration().hidden().contains(DOBRYNIN));
        clickOn(screenPoint(KISSINGER));
        waitUntil(() -> exploration().selection().contains(KISSINGER));
        clickOn("#note-text").write("Met Dobrynin in the map room");
        clickOn("#note-save");
        waitUntil(() -> exploration().notes().onNode(KISSINGER).isPresent());
        waitUntil(() -> window.view().canvas().settled());
        ExplorationSnapshot before = WaitForAsyncUtils.asyncFx(exploration()::snapshot).get();
        FxToolkit.setupFixture(window::close);
        assertThat(Files.isRegularFile(SessionFiles.lastSession(home))).as("saved on exit").isTrue();

        // The store is held back: the picture must be drawn and marked before it answers.
        CountDownLatch storeMayStart = new CountDownLatch(1);
        openTheWindow(storeMayStart);
        waitUntil(() -> window.sessions().previewingProperty().get());
        assertThat(lookup("#preview-banner").query().isVisible()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Bounds canvasWhilePreviewing = inScene(window.view().canvas());
        assertThat(inScene(lookup("#preview-banner").query()).getMinY()).as("the banner is under the canvas, so the legend "
                + "drawn in the canvas is never under it").isGreaterThanOrEqualTo(canvasWhilePreviewing.getMaxY());
        assertThat(lookup("#preview-state").queryAs(Label.class).getText()).startsWith("The store is starting");
        assertThat(lookup("#clear-filters").query().isDisabled()).as("the filters wait for the store").isTrue();
        assertThat(lookup("#year-range").queryAs(Label.class).getText()).as("the picture has no dates: no years are claimed").isEmpty();
        assertThat(lookup("#years").query().isVisible()).as("nor the slider's placeholder years").isFalse();
        assertThat(lookup("#filters-picture-note").query().isVisible()).isTrue();
        assertThat(lookup("#type-back-channel").queryAs(CheckBox.class).getText()).as("the picture's count would change when the store "
                + "answers: none is shown").isEqualTo(ChannelType.BACK_CHANNEL.displayName());
        ExplorationSnapshot drawn = WaitForAsyncUtils.asyncFx(exploration()::snapshot).get();
        assertThat(drawn.sceneNodeIds()).as("what was drawn, the hidden node left out").isEqualTo(without(before.sceneNodeIds(), DOBRYNIN));
        assertThat(drawn.positions()).isEqualTo(only(before.positions(), drawn.sceneNodeIds()));
        assertThat(window.view().canvas().screenPointOf(KISSINGER)).as("drawn on the canvas").isNotNull();
        storeMayStart.countDown();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.explorer().store() != null && !window.sessions().previewingProperty().get());
        assertThat(lookup("#preview-banner").query().isVisible()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inScene(window.view().canvas())).as("the banner took no room from the canvas: the saved view is "
                + "shown whole, as large as when it was saved").isEqualTo(canvasWhilePreviewing);
        // The filter pane adapts to the store's graph as the exploration reopens, just after the picture gives way.
        waitUntil(() -> lookup("#year-range").queryAs(Label.class).getText().matches("\\d+ – \\d+"));
        assertThat(lookup("#filters-picture-note").query().isVisible()).isFalse();
        assertThat(lookup("#type-back-channel").queryAs(CheckBox.class).getText()).as("the store's count")
                .matches(ChannelType.BACK_CHANNEL.displayName() + " \\(\\d+\\)");
        ExplorationSnapshot after = WaitForAsyncUtils.asyncFx(exploration()::snapshot).get();
        assertThat(after.sceneNodeIds()).isEqualTo(before.sceneNodeIds());
        assertThat(after.sceneLinkIds()).isEqualTo(before.sceneLinkIds());
        assertThat(after.hidden()).containsExactly(DOBRYNIN);
        assertThat(after.selection()).containsExactly(KISSINGER);
        before.positions().forEach((id, at) -> {
            Point now = after.positions().get(id);
            assertThat(Math.hypot(now.x() - at.x(), now.y() - at.y())).as("%s stays where it was", id).isLessThan(TOLERANCE);
        });
        assertThat(exploration().notes().onNode(KISSINGER)).map(Note::text).contains("Met Dobrynin in the map room");
        assertThat(lookup("#note-text").queryAs(TextArea.class).getText()).isEqualTo("Met Dobrynin in the map room");
        assertThat(lookup("#session-notice-text").queryAs(Label.class).getText()).startsWith("Reopened your last session");
        assertThat(inScene(lookup("#session-notice").query()).getMinY()).as("the line is under the graph, never over it or its legend")
                .isGreaterThanOrEqualTo(inScene(window.view().canvas()).getMaxY());
    }

    @Test
    void aSessionOfAnotherStoreOpensWithAWarningThatNamesBothStoresAndWhatIsMissing() throws Exception {
        openTheWindow();
        ExplorationSnapshot now = WaitForAsyncUtils.asyncFx(exploration()::snapshot).get();
        StoreIdentity elsewhere = new StoreIdentity("bolt://archive.example:7687", "neo4j", "sha256:other");
        List<String> nodes = new ArrayList<>(new TreeSet<>(now.sceneNodeIds()));
        nodes.add("no-such-node");
        Path foreign = home.resolve("foreign.backchannel");
        new SessionFiles().save(new Session(Instant.now(), elsewhere, new Session.Scene(nodes, List.of()), Map.of(), Set.of(),
                Set.of(DOBRYNIN), SessionFilter.NONE, Set.of(), null, SessionLayout.FORCE, null, List.of()), foreign);

        interact(() -> window.sessions().open(foreign));
        waitUntil(() -> exploration().hidden().contains(DOBRYNIN));
        waitUntil(() -> lookup("#session-notice").query().isVisible());
        assertThat(lookup("#session-notice-text").queryAs(Label.class).getText())
                .contains("This session was saved on " + elsewhere.describe())
                .contains("1 node of the session is not in the store: no-such-node");
    }

    private void openTheWindow() throws Exception {
        openTheWindow(new CountDownLatch(0));
        waitForTheStore();
    }

    /** Opens the window; the embedded store starts once {@code storeMayStart} is released. */
    private void openTheWindow(CountDownLatch storeMayStart) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, () -> {
                try {
                    storeMayStart.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ConnectedStore.embedded(storeHome.resolve("neo4j"));
            }, home);
            stage.show();
            window.open();
        });
    }

    private void waitForTheStore() throws Exception {
        // The store's identity (its content digest) comes after its graph: a session file opens once it is known.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.explorer().store() != null && window.explorer().graphProperty().get() != null
                && window.store().identity() != null);
        waitUntil(() -> window.view().canvas().settled());
    }

    private static Set<String> without(Set<String> ids, String left) {
        Set<String> rest = new java.util.HashSet<>(ids);
        rest.remove(left);
        return rest;
    }

    private static Map<String, Point> only(Map<String, Point> positions, Set<String> ids) {
        Map<String, Point> kept = new java.util.HashMap<>(positions);
        kept.keySet().retainAll(ids);
        return kept;
    }

    private Exploration exploration() {
        return window.panes().exploration();
    }

    private Point2D screenPoint(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.view().canvas().localToScreen(window.view().canvas().screenPointOf(id))).get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
