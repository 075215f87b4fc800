package org.backchannel.app.console;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The query console: a statement with Run and Stop and what happened on the left, the rows on the right. */
public final class QueryConsoleView extends BorderPane {

    public QueryConsoleView(QueryConsoleViewModel console) {
        TextArea statement = new TextArea();
        statement.setId("console-statement");
        statement.setPromptText("MATCH (a:Entity)-[r:SPOKE_WITH]->(b:Entity) RETURN a.name, b.name, r.start ORDER BY r.start");
        statement.setPrefRowCount(4);
        statement.setWrapText(true);
        statement.textProperty().bindBidirectional(console.statementProperty());
        statement.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                console.run();
                e.consume();
            }
        });

        Button run = new Button("Run");
        run.setId("console-run");
        run.setTooltip(new Tooltip("Run the statement (Ctrl+Enter). Only statements that read are run."));
        run.setOnAction(e -> console.run());
        run.disableProperty().bind(console.busyProperty());
        Button stop = new Button("Stop");
        stop.setId("console-stop");
        stop.setOnAction(e -> console.cancel());
        stop.disableProperty().bind(console.busyProperty().not());
        Label message = new Label();
        message.setId("console-message");
        message.setWrapText(true);
        message.textProperty().bind(console.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        // A long refusal wraps; the buttons keep their words.
        run.setMinWidth(Region.USE_PREF_SIZE);
        stop.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, run, stop, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<List<String>> table = new TableView<>(console.getRows());
        table.setId("console-rows");
        table.setPlaceholder(new Label("Read-only Cypher: the rows of the answer appear here."));
        console.getColumns().addListener((ListChangeListener<String>) c -> rebuildColumns(table, console.getColumns()));

        // Side by side: the pane below the graph is wide and low, and the rows need its height.
        VBox left = new VBox(6, statement, actions);
        left.setStyle("-fx-padding: 6;");
        VBox.setVgrow(statement, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, table);
        split.setDividerPositions(0.38);
        setCenter(split);
    }

    private static void rebuildColumns(TableView<List<String>> table, List<String> names) {
        table.getColumns().clear();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index)));
            column.setPrefWidth(Math.max(120, 700.0 / names.size()));
            table.getColumns().add(column);
        }
    }
}
