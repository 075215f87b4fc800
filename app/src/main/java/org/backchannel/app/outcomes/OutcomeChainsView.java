package org.backchannel.app.outcomes;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backchannel.app.TableColumns;
import org.backchannel.app.answers.AnswerCells;

/** How it came about: the chains (ranked) on the left, the picked one step by step with dates and quotes on the right. */
public final class OutcomeChainsView extends VBox {

    public OutcomeChainsView(OutcomeChainsViewModel viewModel) {
        super(6);
        getStyleClass().add("answer-pane");
        getStylesheets().add(AnswerCells.stylesheet());

        Label title = new Label();
        title.setId("chains-title");
        title.getStyleClass().add("answer-title");
        title.textProperty().bind(viewModel.titleProperty());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> viewModel.clear());
        Label message = new Label();
        message.setId("chains-message");
        message.textProperty().bind(viewModel.messageProperty());

        ListView<ChainLine> chains = AnswerCells.wrappingList(ChainLine::label);
        chains.setId("chains-list");
        chains.setItems(viewModel.getChains());
        chains.setPlaceholder(AnswerCells.placeholder("Right-click an outcome: How it came about; or an actor or channel: Outcomes it contributed to."));
        chains.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.showChain(now));

        TableView<StepLine> steps = new TableView<>(viewModel.getSteps());
        steps.setId("chains-steps");
        steps.getColumns().add(TableColumns.of("#", StepLine::number, 34));
        steps.getColumns().add(TableColumns.of("Step", StepLine::name, 200));
        steps.getColumns().add(TableColumns.of("Kind", StepLine::kind, 70));
        steps.getColumns().add(TableColumns.of("When", StepLine::when, 110));
        steps.getColumns().add(AnswerCells.wrapping("Took part", StepLine::takingPart, 200));
        steps.getColumns().add(AnswerCells.wrapping("Exchanges, led-to and quotes", StepLine::evidenceText, 560));
        steps.setPlaceholder(new Label("Pick a chain to read it step by step."));
        // The columns share the width, so that the evidence wraps in view instead of running off to the right.
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.showStep(now));

        SplitPane answer = new SplitPane(chains, steps);
        answer.setDividerPositions(0.3);
        VBox.setVgrow(answer, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, title, clear), message, answer);
    }
}
