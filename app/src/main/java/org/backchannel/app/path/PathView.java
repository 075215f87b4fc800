package org.backchannel.app.path;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backchannel.app.TableColumns;
import org.backchannel.app.answers.AnswerCells;
import org.backchannel.app.search.SearchField;
import org.backchannel.model.GraphNode;
import org.backchannel.store.PathQuery;

/**
 * Who reached whom: pick two nodes by name (in the store too, when the scene holds only part of it) or
 * from the selection, swap them, choose shortest (any link or exchanges only) or in time (earliest
 * arrival or fewest hops), read the path hop by hop with dates and quotes.
 */
public final class PathView extends VBox {

    /** @param selected the single selected node, or null */
    public PathView(PathViewModel viewModel, Supplier<GraphNode> selected) {
        super(6);
        getStyleClass().add("path-pane");

        Button from = new Button("From: selection");
        from.setId("path-from");
        from.setTooltip(new Tooltip("Use the selected node as the start"));
        from.setOnAction(e -> viewModel.fromProperty().set(selected.get()));
        Button to = new Button("To: selection");
        to.setId("path-to");
        to.setOnAction(e -> viewModel.toProperty().set(selected.get()));
        Label ends = new Label();
        ends.textProperty().bind(Bindings.createStringBinding(() -> name(viewModel.fromProperty().get()) + "  →  "
                + name(viewModel.toProperty().get()), viewModel.fromProperty(), viewModel.toProperty()));
        Spinner<Integer> hops = new Spinner<>(1, PathQuery.MAX_HOPS, viewModel.maxHopsProperty().get());
        hops.setPrefWidth(70);
        hops.valueProperty().addListener((obs, old, now) -> viewModel.maxHopsProperty().set(now));
        CheckBox all = new CheckBox("All shortest");
        all.selectedProperty().bindBidirectional(viewModel.allShortestProperty());
        all.disableProperty().bind(viewModel.modeProperty().isNotEqualTo(PathMode.SHORTEST_ANY_LINK));
        ChoiceBox<PathMode> mode = new ChoiceBox<>(FXCollections.observableArrayList(PathMode.values()));
        mode.setId("path-mode");
        mode.valueProperty().bindBidirectional(viewModel.modeProperty());
        mode.setTooltip(new Tooltip("Shortest along any link (the store), along exchanges only, or in time:"
                + " every exchange no earlier than the one before (the scene)"));
        Button swap = new Button("⇄");
        swap.setId("path-swap");
        swap.setTooltip(new Tooltip("Swap from and to"));
        swap.setOnAction(e -> viewModel.swap());
        Button find = new Button("Find path");
        find.setId("find-path");
        find.setDefaultButton(false);
        find.disableProperty().bind(viewModel.busyProperty());
        find.setOnAction(e -> viewModel.find());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> viewModel.clear());
        SearchField fromName = new SearchField(viewModel.fromSearch(), "path-from-name", "From: search names");
        SearchField toName = new SearchField(viewModel.toSearch(), "path-to-name", "To: search names");
        fromName.setPrefColumnCount(14);
        toName.setPrefColumnCount(14);
        HBox pickers = new HBox(6, fromName, from, swap, toName, to);
        pickers.setAlignment(Pos.CENTER_LEFT);
        HBox controls = new HBox(6, mode, new Label("max hops"), hops, all, find, clear);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("path-message");
        message.textProperty().bind(viewModel.messageProperty());

        TableView<PathStep> steps = new TableView<>(viewModel.getSteps());
        steps.setId("path-steps");
        steps.getColumns().add(TableColumns.of("#", PathStep::hop, 40));
        steps.getColumns().add(TableColumns.of("From", PathStep::from, 180));
        steps.getColumns().add(AnswerCells.wrapping("How", PathStep::how, 220));
        steps.getColumns().add(TableColumns.of("To", PathStep::to, 180));
        steps.getColumns().add(TableColumns.of("When", PathStep::when, 140));
        steps.getColumns().add(AnswerCells.wrapping("Order", PathStep::order, 160));
        steps.getColumns().add(AnswerCells.wrapping("Quote", PathStep::quote, 420));
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        steps.setPlaceholder(new Label("Type a name in From and To, or select a node and press From or To; then Find path."));
        VBox.setVgrow(steps, Priority.ALWAYS);
        getChildren().addAll(new HBox(12, ends), pickers, controls, message, steps);
    }

    private static String name(GraphNode node) {
        return node == null ? "?" : node.name();
    }
}
