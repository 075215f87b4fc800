package org.backchannel.app.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.backchannel.app.MainWindow;
import org.backchannel.app.testing.EmbeddedWindow;
import org.backchannel.app.channels.ChannelLine;
import org.backchannel.app.outcomes.StepLine;
import org.backchannel.app.path.PathMode;
import org.backchannel.app.path.PathStep;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.measures.NodeMeasures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The answer panels in the real window, on Monocle with an embedded Neo4j: each driven once from where
 * an analyst starts it (a node's menu, the path pickers, the measures tab), checked against what the
 * article says.
 */
class AnswerPanelsIT extends FxRobot {

    private static final String BACK_CHANNEL = "kissinger-dobrynin-back-channel";
    private static final String HOTLINE = "washington-moscow-hotline";
    private static final String DE_ESCALATION = "cienfuegos-base-abandoned-1970";

    @TempDir
    static Path home;

    private static MainWindow window;

    @BeforeAll
    static void openTheWindow() throws Exception {
        // A fresh store is created and the article imported first: minutes on a loaded machine.
        window = EmbeddedWindow.open(home, Duration.ofSeconds(300));
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        EmbeddedWindow.close(window);
    }

    @BeforeEach
    void settled() throws Exception {
        interact(() -> exploration().clearSelection());
        waitUntil(() -> window.view().canvas().settled());
    }

    @Test
    void aChannelsMenuSetsTheBackChannelBesideTheHotlineAndARowSelectsItInTheGraph() throws Exception {
        rightClickOn(screenPoint(BACK_CHANNEL));
        clickOn("#menu-channels");
        TableView<ChannelLine> table = lookup("#channels-table").queryTableView();
        waitUntil(() -> table.getItems().size() >= 2);
        assertThat(table.getItems()).extracting(ChannelLine::channelId).contains(BACK_CHANNEL, HOTLINE);

        ChannelLine backChannel = table.getItems().stream().filter(c -> c.channelId().equals(BACK_CHANNEL)).findFirst().orElseThrow();
        // Rows are made at the next layout pulse, and only for what the table's height shows.
        interact(() -> table.scrollTo(backChannel));
        waitUntil(() -> lookup(n -> n instanceof TableRow<?> r && r.getItem() == backChannel).tryQuery().isPresent());
        clickOn(lookup(n -> n instanceof TableRow<?> r && r.getItem() == backChannel).queryAs(javafx.scene.Node.class));
        waitUntil(() -> exploration().selection().contains(BACK_CHANNEL));
        assertThat(exploration().highlights().of(HighlightSource.PARALLEL_CHANNELS)).contains(BACK_CHANNEL);

        ListView<?> flags = lookup("#channels-flags").queryListView();
        clickOn(lookup("#channels-flags .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        ListView<String> evidence = lookup("#channels-evidence").queryListView();
        waitUntil(() -> !evidence.getItems().isEmpty());
        assertThat(flags.getItems()).isNotEmpty();
        assertThat(evidence.getItems()).anySatisfy(line -> assertThat(line).contains("“"));
    }

    @Test
    void anOutcomesMenuListsTheChainThroughTheBackChannelAndHighlightsIt() throws Exception {
        rightClickOn(screenPoint(DE_ESCALATION));
        clickOn("#menu-explain");
        TableView<StepLine> steps = lookup("#chains-steps").queryTableView();
        waitUntil(() -> !steps.getItems().isEmpty());
        assertThat(lookup("#chains-list").queryListView().getItems()).isNotEmpty();
        assertThat(exploration().highlights().of(HighlightSource.OUTCOME_CHAINS)).contains(DE_ESCALATION);

        interact(() -> window.panes().chains().getChains().stream()
                .filter(c -> c.steps().get(0).nodeId().equals(BACK_CHANNEL)).findFirst()
                .ifPresent(c -> lookup("#chains-list").queryListView().getSelectionModel().select(c)));
        waitUntil(() -> steps.getItems().get(0).nodeId().equals(BACK_CHANNEL));
        assertThat(steps.getItems().get(0).evidenceText()).contains("led to", "“");
    }

    @Test
    void namesTypedInThePathPickersFindBidensMessageToPutinInTimeAndTheMeasuresRankTheScene() throws Exception {
        clickOn("Who reached whom");
        clickOn("#path-from-name").write("Joe Biden").type(KeyCode.ENTER);
        clickOn("#path-to-name").write("Vladimir Putin").type(KeyCode.ENTER);
        ChoiceBox<PathMode> mode = lookup("#path-mode").queryAs(ChoiceBox.class);
        interact(() -> mode.setValue(PathMode.IN_TIME_EARLIEST));
        clickOn("#find-path");
        TableView<PathStep> steps = lookup("#path-steps").queryTableView();
        waitUntil(() -> !steps.getItems().isEmpty());
        assertThat(steps.getItems()).extracting(PathStep::to).contains("William Burns");
        assertThat(steps.getItems()).anySatisfy(step -> assertThat(step.when()).startsWith("2021-11"));

        clickOn("Measures");
        clickOn("#measures-compute");
        TableView<NodeMeasures> measures = lookup("#measures-table").queryTableView();
        waitUntil(() -> !measures.getItems().isEmpty());
        assertThat(measures.getItems()).hasSize(exploration().visible().nodeIds().size());
        clickOn("PageRank");
        clickOn("PageRank");
        waitUntil(() -> measures.getItems().get(0).pageRank() >= measures.getItems().get(1).pageRank());
    }

    private static Exploration exploration() {
        return window.panes().exploration();
    }

    private Point2D screenPoint(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.view().canvas().localToScreen(window.view().canvas().screenPointOf(id))).get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
