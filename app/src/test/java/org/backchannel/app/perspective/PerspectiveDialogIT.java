package org.backchannel.app.perspective;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveFile;
import org.backchannel.perspective.PerspectiveProposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The proposal dialog on a real scene: the proposal is shown, Apply hands a correction to the store, a refusal keeps the dialog open saying why. */
@ExtendWith(ApplicationExtension.class)
class PerspectiveDialogIT {

    private final List<Perspective> applied = new ArrayList<>();
    private PerspectiveViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        viewModel = new PerspectiveViewModel(PerspectiveViewModelTest.STORE, PerspectiveProposal.propose(PerspectiveViewModelTest.STORE),
                (p, where) -> {
                    PerspectiveFile.checkAgainst(p, PerspectiveViewModelTest.STORE, where);
                    applied.add(p);
                });
    }

    /** A refused perspective leaves its dialog open; a window left showing would take the keys of the tests after these. */
    @AfterEach
    void closeEveryWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theProposalIsShownAndApplyHandsTheCorrectionToTheStore(FxRobot robot) {
        robot.interact(() -> new PerspectiveDialog(stage).show(viewModel, "bolt://db.example:7687", "neo4j"));
        TableView<?> labels = robot.lookup("#perspective-labels").queryAs(TableView.class);
        assertThat(labels.getItems()).hasSize(PerspectiveViewModelTest.STORE.labels().size());
        robot.interact(() -> viewModel.getLabels().stream().filter(r -> r.getLabel().equals("Encounter")).findFirst().orElseThrow()
                .roleProperty().set(NodeRole.EXCHANGE));
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).labels()).containsEntry("Encounter", NodeRole.EXCHANGE);
        assertThat(robot.lookup("#perspective-labels").tryQuery()).isEmpty();
    }

    @Test
    void aRefusedPerspectiveKeepsTheDialogOpenSayingWhatTheStoreLacks(FxRobot robot) {
        robot.interact(() -> new PerspectiveDialog(stage).show(viewModel, "bolt://db.example:7687", "neo4j"));
        robot.interact(() -> viewModel.getProperties().get(0).keysProperty().set("fullName"));
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(applied).isEmpty();
        assertThat(robot.lookup("#perspective-problems").queryAs(Label.class).getText()).contains("\"fullName\"");
        assertThat(robot.lookup("#perspective-labels").tryQuery()).isPresent();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(w -> ((Stage) w).close()));
    }
}
